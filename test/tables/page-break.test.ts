import { sheetFromValues, type CellValue, type Workbook } from '../../src/core/model/workbook';
import { recognizeTables } from '../../src/core/tables/recognize';
import { checkWorkbook } from '../../src/core/check';
import { seed004Tables } from '../fixtures/seed004-tables';

const seed = new Map(seed004Tables().map((t) => [t.number, t.rows]));
const t03 = seed.get('公开03表')!;
/** 公开03表: title block rows 0–6, header band rows 7–10, data from row 11. */
const HEADER = t03.slice(7, 11);
const TITLE_BLOCK = t03.slice(0, 11);
const DATA_END = t03.findIndex((r) => /^注/.test(r[0] ?? '')) - 1;
const BREAK_AT = 11 + 8;

const workbook = (rows: CellValue[][]): Workbook => ({ sheets: [sheetFromValues('S', rows)] });
const verdict = (wb: Workbook) => checkWorkbook(wb).findings.map((f) => `${f.rule} ${f.severity} ${f.message}`).sort();
const codesOf = (wb: Workbook) => recognizeTables(wb).tables.map((t) => t.rows.map((r) => r.code ?? r.name ?? '').join(' '));

/** 公开03表 with `between` inserted before data row BREAK_AT. */
function broken(between: CellValue[][]): CellValue[][] {
  return [...t03.slice(0, BREAK_AT), ...between, ...t03.slice(BREAK_AT)];
}

describe('a page break inside a table (PDF conversions, print titles)', () => {
  const whole = workbook(t03);

  it.each([
    ['第 1 页 and the header again', [['第 1 页'], [], ...HEADER]],
    ['第1页，共2页 off to the side, the header straight after', [[null, null, '第1页，共2页'], ...HEADER]],
    ['- 2 - and a blank line', [[], ['- 2 -'], []]],
    ['2/5 alone', [['2/5']]],
    ['Page 3 of 4 and the header', [['Page 3 of 4'], ...HEADER]],
    ['the header alone', HEADER],
  ])('%s: the same rows and findings as the unbroken table', (_name, between) => {
    const wb = workbook(broken(between as CellValue[][]));
    expect(codesOf(wb)).toEqual(codesOf(whole));
    // Cells move below the break; the messages name rows, not cells.
    expect(verdict(wb)).toEqual(verdict(whole));
  });

  it('the title block printed again with the same department continues the table', () => {
    const wb = workbook(broken([['- 1 -'], ...TITLE_BLOCK]));
    expect(recognizeTables(wb).tables.map((t) => t.id)).toEqual(['T03']);
    expect(codesOf(wb)).toEqual(codesOf(whole));
    expect(verdict(wb)).toEqual(verdict(whole));
  });

  it('the same table of another department below is a table of its own', () => {
    const other = TITLE_BLOCK.map((r) => r.map((c) => (c.startsWith('部门：') ? '部门：曲靖市财政局' : c)));
    const body = t03.slice(11, DATA_END + 1);
    const wb = workbook([...TITLE_BLOCK, ...body, ['- 1 -'], ...other, ...body]);
    const found = recognizeTables(wb).tables;
    expect(found.map((t) => `${t.id} ${t.department}`)).toEqual(['T03 曲靖市信访局', 'T03 曲靖市财政局']);
    expect(found[0].rows.length).toBe(found[1].rows.length);
  });

  it('two blank lines inside the data, with coded rows after them, do not end the table', () => {
    const wb = workbook(broken([[], []]));
    expect(codesOf(wb)).toEqual(codesOf(whole));
    expect(verdict(wb)).toEqual(verdict(whole));
  });

  it('two blank lines inside a table of labelled rows (公开11表), with a row and its 行次 after them, do not end it', () => {
    const t11 = seed.get('公开11表')!;
    const cut = t11.findIndex((r) => /公务用车运行维护费/.test(r[0] ?? ''));
    const wb = workbook([...t11.slice(0, cut), [], [], ...t11.slice(cut)]);
    expect(verdict(wb)).toEqual(verdict(workbook(t11)));
    expect(recognizeTables(wb).tables[0].rows.length).toBe(recognizeTables(workbook(t11)).tables[0].rows.length);
  });

  it('scratch figures two blank lines below a table stay outside it', () => {
    const tableOnly = t03.slice(0, DATA_END + 1);
    const wb = workbook([...tableOnly, [], [], ['1095.72'], ['核对：', '644.25', '451.47']]);
    const [table] = recognizeTables(wb).tables;
    expect(table.bottom).toBe(recognizeTables(workbook(tableOnly)).tables[0].bottom);
    expect(verdict(wb)).toEqual(verdict(workbook(tableOnly)));
  });

  it('blank rows alone still end a table: the next table is not swallowed', () => {
    const t04 = seed.get('公开04表')!;
    const wb = workbook([...t03.slice(0, DATA_END + 1), [], [], ...t04]);
    expect(recognizeTables(wb).tables.map((t) => t.id)).toEqual(['T03', 'T04']);
    expect(codesOf(wb)[0]).toEqual(codesOf(whole)[0]);
  });

  it('a page number after the last data row is not a data row, and the next table stays its own', () => {
    const t04 = seed.get('公开04表')!;
    const wb = workbook([...t03.slice(0, DATA_END + 1), ['第 3 页'], ...t04]);
    const found = recognizeTables(wb).tables;
    expect(found.map((t) => t.id)).toEqual(['T03', 'T04']);
    expect(found[0].rows.map((r) => r.name)).not.toContain('第 3 页');
    expect(codesOf(wb)[0]).toEqual(codesOf(whole)[0]);
  });

  it('an amount changed on the second page is still found, at its cell', () => {
    const rows = broken([['第 1 页'], ...HEADER]);
    const at = rows.findIndex((r, i) => i > BREAK_AT && r[0] === '2101101');
    rows[at] = rows[at].map((c, j) => (j === 3 ? '99.99' : c));
    const found = checkWorkbook(workbook(rows)).findings.filter((f) => f.severity === 'error');
    expect(found.map((f) => f.cell)).toContain(`D${at + 1}`);
  });
});
