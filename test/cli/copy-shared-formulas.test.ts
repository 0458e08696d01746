/**
 * A total filled right (公开03表 D12 =D13+D17+D26+D31 dragged to F12) is stored as one shared formula.
 * --fix writing D12 must leave E12 and F12 their own formulas: was, --fix formula made them copies of the
 * new D12 (LibreOffice showed 0) and --fix value crashed, leaving a 0-byte copy and stopping the batch.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { fixturePath } from '../fixtures/registry';
import { sheetsAsCsv } from '../helpers/libreoffice';
import { rewriteParts } from '../helpers/xlsx-parts';
import { runCli } from './cli-helpers';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'juesuan-shared-'));
let input: string;

beforeAll(async () => {
  // sheet3.xml is 公开03表; its row 12 holds the printed values only.
  input = await rewriteParts(fixturePath('inj-total.xlsx'), path.join(tmp, 'filled-right.xlsx'), {
    'xl/worksheets/sheet3.xml': (xml) =>
      xml
        .replace('<c r="D12" s="1"><v>', '<c r="D12" s="1"><f t="shared" ref="D12:F12" si="0">D13+D17+D26+D31</f><v>')
        .replace('<c r="E12" s="1"><v>', '<c r="E12" s="1"><f t="shared" si="0"/><v>')
        .replace('<c r="F12" s="1"><v>', '<c r="F12" s="1"><f t="shared" si="0"/><v>'),
  });
});

async function row12(file: string): Promise<unknown[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.getWorksheet('公开03表')!;
  return ['D12', 'E12', 'F12'].map((a) => ws.getCell(a).value);
}

/** Row 12's D to F as LibreOffice computes them. */
function shownRow12(file: string): number[] {
  const line = sheetsAsCsv(file).get('公开03表')!.split('\n')[11];
  return line.split(',').slice(3, 6).map((v) => Number(v.replace(/"/g, '')));
}

describe('--fix into a shared formula group', () => {
  it('the input is a real shared formula: ExcelJS reads E12 and F12 as clones of D12', async () => {
    const [, e12] = await row12(input);
    expect(e12).toEqual({ sharedFormula: 'D12', result: 644.25 });
  });

  it('formula: D12 gets its corrected formula, E12 and F12 keep theirs, LibreOffice computes all three', async () => {
    const out = path.join(tmp, 'formula.xlsx');
    const run = await runCli(['check', input, '--out', out, '--fix', 'formula', '--format', 'json']);
    expect(run.stderr).toBe('');
    expect(await row12(out)).toEqual([
      { formula: 'E12+F12+G12+H12+I12', result: 1095.72 },
      { formula: 'E13+E17+E26+E31', result: 644.25 },
      { formula: 'F13+F17+F26+F31', result: 451.47 },
    ]);
    const [d, e, f] = shownRow12(out);
    expect(d).toBeCloseTo(1095.72, 2);
    expect(e).toBeCloseTo(644.25, 2);
    expect(f).toBeCloseTo(451.47, 2);
  });

  it('value: the copy is written (was: 内部错误 and a 0-byte file), D12 the corrected number, E12 and F12 their formulas', async () => {
    const out = path.join(tmp, 'value.xlsx');
    const run = await runCli(['check', input, '--out', out, '--fix', 'value', '--format', 'json']);
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout).fixed.after.errors).toBe(0);
    expect(await row12(out)).toEqual([1095.72, { formula: 'E13+E17+E26+E31', result: 644.25 }, { formula: 'F13+F17+F26+F31', result: 451.47 }]);
    const [d, e, f] = shownRow12(out);
    expect([d, e, f]).toEqual([1095.72, 644.25, 451.47]);
  });

  it('in a batch, the other files’ copies are written too', async () => {
    const out = path.join(tmp, 'batch');
    const run = await runCli(['check', input, fixturePath('seed004-clean.xlsx'), '--out', out, '--fix', 'value', '--format', 'json']);
    const json = JSON.parse(run.stdout);
    expect(json.files.map((f: { annotated?: string }) => f.annotated && fs.statSync(f.annotated).size > 10_000)).toEqual([true, true]);
  });
});
