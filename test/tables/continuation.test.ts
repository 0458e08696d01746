import { sheetFromValues, type CellValue, type Workbook } from '../../src/core/model/workbook';
import { recognizeTables } from '../../src/core/tables/recognize';
import { checkWorkbook } from '../../src/core/check';
import { seed004Tables } from '../fixtures/seed004-tables';
import { recognizeFixture } from './harness';
import { runCli } from '../cli/cli-helpers';
import { fixturePath } from '../fixtures/registry';
import { readWorkbookFile } from '../../src/io/exceljs-reader';

const T03 = seed004Tables().find((t) => t.number === '公开03表')!;
/** 公开03表's title…栏次 rows, and its data rows. */
const HEADER_ROWS = 11;
const header = (): CellValue[][] => T03.rows.slice(0, HEADER_ROWS).map((r) => [...r]);
const data = (): CellValue[][] => T03.rows.slice(HEADER_ROWS).map((r) => [...r]);
const codes = (wb: Workbook) => recognizeTables(wb).tables.filter((t) => t.id === 'T03').map((t) => t.rows.filter((r) => r.code).length);

describe('tables carried over a page break (“（续）”)', () => {
  it('the seed004-continued fixture reads 公开03表 and 公开02表 as one table each, rows from both parts', async () => {
    const { recognition } = await recognizeFixture('seed004-continued.xlsx');
    const t03 = recognition.tables.filter((t) => t.id === 'T03');
    const t02 = recognition.tables.filter((t) => t.id === 'T02');
    expect([t03.length, t02.length]).toEqual([1, 1]);
    // Same sheet: the range grows over the second part; other sheet: the rows keep their own cells.
    expect(t03[0].range).toBe('A1:I50');
    expect(new Set(t02[0].rows.map((r) => r.cells.total?.sheet))).toEqual(new Set(['公开02表', '公开02表（2）']));
    expect(t03[0].rows.filter((r) => r.code).map((r) => r.code)).toContain('2210201');
    // The part on the other sheet is named, so the officer sees where the table goes on.
    expect(t02[0].continuedOn).toEqual([{ sheet: '公开02表（2）', range: expect.stringMatching(/^A\d+:[A-Z]+\d+$/) }]);
    expect(t03[0].continuedOn).toBeUndefined();
  });

  it('the CLI names the continued part in its list of tables', async () => {
    const run = await runCli(['check', fixturePath('seed004-continued.xlsx')]);
    expect(run.stdout).toMatch(/公开02表 .*（公开02表!A1:[A-Z]+\d+、续 公开02表（2）!A\d+:[A-Z]+\d+，单位：万元）/);
    const json = JSON.parse((await runCli(['check', fixturePath('seed004-continued.xlsx'), '--format', 'json'])).stdout);
    expect(json.tables.find((t: { id: string }) => t.id === 'T02').continuedOn).toEqual([{ sheet: '公开02表（2）', range: expect.any(String) }]);
  });

  it('splitting a table with “（续）” gives the same findings as the whole table', () => {
    const whole = { sheets: [sheetFromValues('S', [...header(), ...data()])] };
    const cut = 8;
    const continued = header().map((r, i) => (i === 0 ? [`${r[0]}（续）`, ...r.slice(1)] : r));
    const split = { sheets: [sheetFromValues('S', [...header(), ...data().slice(0, cut), [], [], ...continued, ...data().slice(cut)])] };
    expect(codes(split)).toEqual(codes(whole));
    const verdict = (wb: Workbook) => checkWorkbook(wb).findings.map((f) => `${f.rule} ${f.severity} ${f.expected} ${f.actual}`).sort();
    expect(verdict(split)).toEqual(verdict(whole));
    expect(checkWorkbook(split).summary.errors).toBe(0);
  });

  it('the same title twice without “续” stays two tables (two units’ tables on one sheet)', () => {
    const twice = { sheets: [sheetFromValues('S', [...header(), ...data(), [], [], ...header(), ...data()])] };
    expect(codes(twice)).toHaveLength(2);
  });

  it('a “（续）” block with no earlier table of its kind is a table of its own', () => {
    const continued = header().map((r, i) => (i === 0 ? [`${r[0]}（续）`, ...r.slice(1)] : r));
    const alone = { sheets: [sheetFromValues('S', [...continued, ...data()])] };
    expect(codes(alone)).toEqual(codes({ sheets: [sheetFromValues('S', [...header(), ...data()])] }));
  });

  it.each([
    [false, 1],
    [true, 1],
    [false, 0],
    [true, 0],
  ])('a copy of the “（续）” sheet (hidden: %s, after the original: %i) is listed as not checked; the original is read (was: every 合计 above it counted twice)', async (hidden, after) => {
    const wb = await readWorkbookFile(fixturePath('seed004-continued.xlsx'));
    const clean = checkWorkbook(wb);
    const i = wb.sheets.findIndex((s) => s.name === '公开02表（2）');
    // Placed before the original, the copy is met first: it gives way all the same (hidden, or named as the copy).
    wb.sheets.splice(i + after, 0, { ...structuredClone(wb.sheets[i]), name: '公开02表（2） (2)', hidden });
    const report = checkWorkbook(wb);
    expect(report.findings.map((f) => f.key)).toEqual(clean.findings.map((f) => f.key));
    expect(report.tables.find((t) => t.id === 'T02')!.continuedOn).toEqual(clean.tables.find((t) => t.id === 'T02')!.continuedOn);
    const note = report.unrecognized.find((u) => u.sheet === '公开02表（2） (2)');
    expect(note).toEqual(expect.objectContaining({ setAside: true, reason: expect.stringContaining('视为续表的副本，未检查') }));
  });
});
