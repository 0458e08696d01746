import fs from 'fs';
import os from 'os';
import path from 'path';
import vm from 'vm';
import { readWorkbookFile } from '../../src/io/exceljs-reader';
import { SAMPLE_WORKBOOK } from '../fixtures/registry';
import { buildSimulatorBundle } from './build-browser';

test('the browser bundle installs Office and Excel on window holding the given workbook', async () => {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'excel-sim-'));
  const file = await buildSimulatorBundle(out);
  const workbook = JSON.parse(JSON.stringify(await readWorkbookFile(SAMPLE_WORKBOOK)));
  const window: Record<string, unknown> = { __JUESUAN_SIM__: { workbook, fileName: 'sample.xlsx', excelApi: '1.7' } };
  window.window = window;
  vm.runInNewContext(fs.readFileSync(file, 'utf8'), { window, URL, setTimeout, clearTimeout, console });
  const Excel = window.Excel as typeof globalThis.Excel;
  const Office = window.Office as typeof globalThis.Office;
  expect(Office.context.requirements.isSetSupported('ExcelApi', '1.10')).toBe(false);
  const names = await Excel.run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load('items/name');
    await context.sync();
    return sheets.items.map((s) => s.name);
  });
  expect(names).toEqual(workbook.sheets.map((s: { name: string }) => s.name));
  expect((window.__sim as { syncCount: number }).syncCount).toBe(1);
  fs.rmSync(out, { recursive: true, force: true });
}, 120000);
