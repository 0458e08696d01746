/**
 * Sheets named 1, 3, A1, R1C1: a reference to them must be quoted ('3'!D26) in every formula and link the
 * CLI writes. Was: --fix formula wrote =3!D26 (LibreOffice: Err:509) and 检查结果 linked #1!F37, #R1C1!D13.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { qualified, sheetNameNeedsQuotes } from '../../src/core/model/address';
import { fixturePath } from '../fixtures/registry';
import { sheetsAsCsv } from '../helpers/libreoffice';
import { internalLinks, rewriteParts } from '../helpers/xlsx-parts';
import { runCli } from './cli-helpers';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'juesuan-names-'));
const RENAMED: [string, string][] = [['公开01表', '1'], ['公开02表', 'A1'], ['公开03表', '3'], ['公开05表', 'R1C1']];

describe('sheetNameNeedsQuotes', () => {
  it.each(['1', '3', '2023', '1季度', 'A1', 'xfd3', 'R1C1', 'r', 'C12', 'RC', 'TRUE', 'Sheet 1', "O'Neil", '公开03表', 'a-b'])('%s: quoted', (name) => {
    expect(sheetNameNeedsQuotes(name)).toBe(true);
  });
  it.each(['Sheet1', 'Data', '_x', 'Q1.total', 'ABCD1'])('%s: bare', (name) => {
    expect(sheetNameNeedsQuotes(name)).toBe(false);
  });
  it('doubles a quote inside the name', () => {
    expect(qualified("03'支出", 'D12')).toBe("'03''支出'!D12");
  });
});

describe('check --fix formula on a workbook whose sheets are named 1, A1, 3, R1C1', () => {
  let input: string;
  beforeAll(async () => {
    input = await rewriteParts(fixturePath('inj-total.xlsx'), path.join(tmp, 'numbered.xlsx'), {
      'xl/workbook.xml': (xml) => RENAMED.reduce((x, [from, to]) => x.replace(`name="${from}"`, `name="${to}"`), xml),
    });
  });

  it('the formula into another sheet is quoted and LibreOffice computes it (was: =3!D26, Err:509)', async () => {
    const out = path.join(tmp, 'fixed.xlsx');
    const run = await runCli(['check', input, '--out', out, '--fix', 'formula', '--format', 'json']);
    const across = (JSON.parse(run.stdout).fixed.written as { sheet: string; cell: string; now: string }[]).filter((w) => w.now.includes('!'));
    expect(across.length).toBeGreaterThan(0);
    const sheets = sheetsAsCsv(out);
    for (const w of across) {
      expect(w.now).toMatch(/^='(3|1|A1|R1C1)'!/);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(out);
      const cached = (wb.getWorksheet(w.sheet)!.getCell(w.cell).value as { result: number }).result;
      const cell = wb.getWorksheet(w.sheet)!.getCell(w.cell);
      const shown = sheets.get(w.sheet)!.split('\n')[Number(cell.row) - 1].split(',')[Number(cell.col) - 1];
      expect(Number(shown.replace(/"/g, ''))).toBeCloseTo(cached, 2);
    }
  });

  it('检查结果 links to such sheets quote them', async () => {
    const out = path.join(tmp, 'annotated.xlsx');
    await runCli(['check', input, '--out', out]);
    const links = await internalLinks(out, '检查结果');
    const toRenamed = links.filter((l) => RENAMED.some(([, to]) => l.includes(`${to}'!`) || l.startsWith(`${to}!`) || l.startsWith(`#${to}!`)));
    expect(toRenamed.length).toBeGreaterThan(0);
    for (const l of toRenamed) expect(l).toMatch(/^'(1|A1|3|R1C1)'![A-Z]+\d+$/);
  });
});
