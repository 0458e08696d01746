/**
 * `check --fix`: 全部修正 on the annotated copy, for those who have no Excel add-in (WPS, a bureau's
 * batch): the same trial as the task pane's, the input never modified, the copy checked again.
 */
import * as crypto from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { checkWorkbook } from '../../src/core/check';
import { bulkFixable } from '../../src/core/findings/fix-write';
import { trialFixes } from '../../src/core/fix-trial';
import { readWorkbookFile } from '../../src/io/exceljs-reader';
import { fixturePath } from '../fixtures/registry';
import { runCli } from './cli-helpers';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'juesuan-fix-'));
const sha = (p: string) => crypto.createHash('sha256').update(fs.readFileSync(p)).digest('hex');
const INPUT = fixturePath('inj-total.xlsx');

async function sheetOf(file: string, name: string): Promise<ExcelJS.Worksheet> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb.getWorksheet(name)!;
}

describe('check --fix value on inj-total (公开03表 D12 printed 1,096.72 for 1,095.72)', () => {
  const out = path.join(tmp, 'fixed.xlsx');
  const before = sha(INPUT);
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  let json: any;
  beforeAll(async () => {
    const run = await runCli(['check', INPUT, '--out', out, '--fix', 'value', '--format', 'json']);
    json = JSON.parse(run.stdout);
  });

  it('writes into the copy exactly what the core trial keeps, never into the input', async () => {
    expect(sha(INPUT)).toBe(before);
    const workbook = await readWorkbookFile(INPUT);
    const trial = trialFixes(workbook, bulkFixable(checkWorkbook(workbook).findings));
    const cells = [...new Map(trial.accepted.flatMap((a) => a.fixes).map((f) => [`${f.sheet}!${f.cell}`, f.value]))];
    expect(json.fixed.written.map((w: { sheet: string; cell: string }) => `${w.sheet}!${w.cell}`)).toEqual(cells.map(([id]) => id));
    for (const [id, value] of cells) {
      const [sheet, cell] = id.split('!');
      expect((await sheetOf(out, sheet)).getCell(cell).value).toBe(value);
    }
    expect(json.fixed.skipped.map((s: { key: string }) => s.key).sort()).toEqual(trial.rejected.map((r) => r.finding.key).sort());
  });

  it('corrects 公开03表 D12 and leaves 公开01表 F37 as printed; the copy checked again has no error', async () => {
    expect((await sheetOf(out, '公开03表')).getCell('D12').value).toBe(1095.72);
    expect((await sheetOf(out, '公开01表')).getCell('F37').value).toBe((await sheetOf(INPUT, '公开01表')).getCell('F37').value);
    expect(json.fixed.after.errors).toBe(0);
    expect(checkWorkbook(await readWorkbookFile(out)).summary).toEqual(json.fixed.after);
  });

  it('the corrected cell’s note says what it held, and 检查结果 has a 修正 column for each finding', async () => {
    const note = (await sheetOf(out, '公开03表')).getCell('D12').note;
    expect(typeof note === 'string' ? note : JSON.stringify(note)).toMatch(/^【决算助手】已修正：原为 1096\.72，改为 1095\.72/);
    const results = await sheetOf(out, '检查结果');
    expect(results.getRow(1).values).toContain('修正');
    const column = (results.getRow(1).values as unknown[]).indexOf('修正');
    const outcomes = [];
    for (let r = 2; r <= results.rowCount; r++) outcomes.push(String(results.getRow(r).getCell(column).value ?? ''));
    expect(outcomes).toContain('已修正（原为 1096.72）');
    expect(outcomes).toContain('已随其他更正一并消除'); // X01, gone with D12
    expect(outcomes.some((o) => o.startsWith('未修正：修正后会出现新的问题'))).toBe(true);
  });

  it('formula: the corrected total is a live formula over its parts, its value cached for readers that do not recalculate', async () => {
    const formulaOut = path.join(tmp, 'formula.xlsx');
    await runCli(['check', INPUT, '--out', formulaOut, '--fix', 'formula']);
    const d12 = (await sheetOf(formulaOut, '公开03表')).getCell('D12').value as { formula: string; result: number };
    expect(d12.formula).toBe('E12+F12+G12+H12+I12');
    expect(d12.result).toBe(1095.72);
  });

  it('without --out, or with an unknown mode, it refuses (exit 2) and writes nothing', async () => {
    const noOut = await runCli(['check', INPUT, '--fix', 'value']);
    expect(noOut.code).toBe(2);
    expect(noOut.stderr).toContain('--fix 需要同时给出 --out');
    const bad = await runCli(['check', INPUT, '--out', path.join(tmp, 'x.xlsx'), '--fix', 'all']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('未知的修正方式“all”');
    expect(fs.existsSync(path.join(tmp, 'x.xlsx'))).toBe(false);
  });

  it('the text report says how many cells were corrected and what the copy still holds', async () => {
    const run = await runCli(['check', INPUT, '--out', path.join(tmp, 'text.xlsx'), '--fix', '数值']);
    expect(run.stdout).toMatch(new RegExp(`已在副本中修正 ${json.fixed.written.length} 个单元格（写入数值.*）；修正后复查：错误 0 项`));
  });
});

describe('check --fix over several files', () => {
  it('the batch summary’s 汇总 says, file by file, what was corrected and what its copy still holds', async () => {
    const out = fs.mkdtempSync(path.join(tmp, 'batch-'));
    const files = [fixturePath('inj-total.xlsx'), fixturePath('seed004-clean.xlsx')];
    const run = await runCli(['check', ...files, '--out', out, '--fix', 'value', '--format', 'json']);
    const json = JSON.parse(run.stdout);
    const summary = await sheetOf(json.summaryWorkbook, '汇总');
    const header = summary.getRow(1).values as unknown[];
    const column = header.indexOf('修正（--fix）');
    expect(column).toBeGreaterThan(0);
    json.files.forEach((f: { fixed: { written: unknown[]; skipped: unknown[]; after: { errors: number; warnings: number } } }, i: number) => {
      expect(summary.getRow(i + 2).getCell(column).value).toBe(`修正 ${f.fixed.written.length} 个单元格，${f.fixed.skipped.length} 条待人工核对；副本复查：错误 ${f.fixed.after.errors}，警告 ${f.fixed.after.warnings}`);
    });
    expect(json.files[0].fixed.after.errors).toBe(0);
  });
});
