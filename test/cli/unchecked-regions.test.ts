/** What was not checked is said wherever a result is summed up: the batch summary, the terminal, the annotated copy. */
import ExcelJS from 'exceljs';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { fileNote } from '../../src/cli/batch-summary';
import { runCli } from './cli-helpers';
import type { FileResult } from '../../src/cli/check-command';
import { checkWorkbook } from '../../src/core/check';
import { sheetFromValues } from '../../src/core/model/workbook';
import { seed004Tables } from '../fixtures/seed004-tables';
import { fixturePath } from '../fixtures/registry';
import { readWorkbookFile } from '../../src/io/exceljs-reader';

const T11 = seed004Tables().find((t) => t.number === '公开11表')!;
const unreadable = sheetFromValues('其他', [['支出决算表'], ['金额单位：万元'], ['甲', '1']]);
const result = (...sheets: ReturnType<typeof sheetFromValues>[]): FileResult => ({ file: 'x.xlsx', report: checkWorkbook({ sheets }) });

describe('the 说明 of a file in the batch summary', () => {
  it('says 未发现错误 only when every table-like region was read (was: also for a file with nothing recognised)', () => {
    expect(fileNote(result(sheetFromValues('公开11表', T11.rows)))).toBe('未发现错误');
    expect(fileNote(result(sheetFromValues('公开11表', T11.rows), unreadable))).toBe('已识别的表未发现错误；1 处疑似决算表未能识别，未检查');
    expect(fileNote(result(unreadable))).toBe('未识别到决算表或绩效自评表，未检查');
    expect(fileNote(result(sheetFromValues('工资表', [['姓名', '应发工资'], ['张三', 5200]])))).toBe('未识别到决算表或绩效自评表，未检查');
  });

  it('a file with errors: its count speaks, and what was not read is added; a file that could not be read says why', async () => {
    const injected = await readWorkbookFile(fixturePath('inj-total.xlsx'));
    const withErrors = result(...injected.sheets);
    expect(withErrors.report!.summary.errors).toBeGreaterThan(0);
    expect(fileNote(withErrors)).toBe('');
    expect(fileNote(result(...injected.sheets, unreadable))).toBe('另有 1 处疑似决算表未能识别，未检查');
    expect(fileNote({ file: 'y.xlsx', error: '文件已损坏' })).toBe('文件已损坏');
  });

  it('the terminal’s summary table adds the note to a file with something left unchecked', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'juesuan-batch-'));
    fs.copyFileSync(fixturePath('seed004-clean.xlsx'), path.join(dir, 'a.xlsx'));
    fs.copyFileSync(fixturePath('beijing.xlsx'), path.join(dir, 'b.xlsx'));
    const run = await runCli(['check', dir]);
    const table = run.stdout.slice(run.stdout.indexOf('汇总：')).split('\n');
    expect(table.find((l) => l.startsWith('a.xlsx'))).not.toContain('未检查');
    expect(table.find((l) => l.startsWith('b.xlsx'))).toMatch(/已识别的表未发现错误；1 处疑似决算表未能识别，未检查$/);
  });
});

describe('the 检查结果 sheet of an annotated copy', () => {
  it('lists what was not checked under the totals (was: only the findings)', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'juesuan-annot-'));
    const out = path.join(dir, 'b.检查结果.xlsx');
    const run = await runCli(['check', fixturePath('beijing.xlsx'), '--out', out, '--format', 'json']);
    const unrecognized = JSON.parse(run.stdout).unrecognized as { sheet: string; reason: string }[];
    expect(unrecognized.length).toBeGreaterThan(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const rows: string[][] = [];
    wb.getWorksheet('检查结果')!.eachRow((row) => rows.push((row.values as unknown[]).slice(1).map((v) => String(v ?? ''))));
    const unchecked = rows.filter((r) => r[0] === '未检查');
    expect(unchecked.map((r) => r[2].split('!')[0])).toEqual(unrecognized.map((u) => u.sheet));
    expect(unchecked.map((r) => r[3])).toEqual(unrecognized.map((u) => expect.stringContaining(u.reason)));
    expect(rows.findIndex((r) => r[0].startsWith('合计：'))).toBeLessThan(rows.findIndex((r) => r[0] === '未检查'));
  });
});
