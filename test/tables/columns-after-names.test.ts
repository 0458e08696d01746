/**
 * A column printed between 科目名称 and the amounts of a 功能分类 table — a 行次, last year's
 * amounts — is not part of the 科目编码: its digits must never be read as 款/项 parts (201 with
 * 行次 2 → 20102) nor as a dotted code (876.58 → 87658). Seed 004 with such a column gives the
 * verdict of the plain tables, with or without an error put in.
 */
import { sheetFromValues, type CellValue, type Workbook } from '../../src/core/model/workbook';
import { checkWorkbook } from '../../src/core/check';
import { recognizeTables } from '../../src/core/tables/recognize';
import { type SeedTable, seed004Tables } from '../fixtures/seed004-tables';

type Rows = string[][];

const isAmount = (s: string) => /^-?[\d,]+\.\d+$/.test(s);
/** Seed tables print their header band from row 7; the 合计 row is the first data row. */
const HEADER_TOP = 7;
const totalRowOf = (rows: Rows) => rows.findIndex((r) => r.includes('合计') && r.some(isAmount));

/** A column inserted after 科目名称 (index 3): `header` on the first header row, `value(row, n)` on the n-th data row. */
function withColumnAfterNames(t: SeedTable, header: string, value: (r: string[], n: number) => string): Rows {
  const first = totalRowOf(t.rows);
  let n = 0;
  return t.rows.map((r, i) => {
    if (i < HEADER_TOP || (i > first && !r.some(isAmount))) return r;
    const cell = i === HEADER_TOP ? header : i < first ? '' : value(r, ++n);
    return [...r.slice(0, 3), cell, ...r.slice(3)];
  });
}

/** Last year's amount for a row: four fifths of this year's 本年支出合计 (column 3), two decimals. */
function lastYear(r: string[]): string {
  const now = r[3] ? Number(r[3].replace(/,/g, '')) : 0;
  return now ? (Math.round(now * 80) / 100).toFixed(2) : '';
}

type Layout = (t: SeedTable) => Rows;

const PLAIN: Layout = (t) => t.rows;
const LAYOUTS: [string, Layout, string[]][] = [
  ['a 行次 column after 科目名称 in 公开02/03表', (t) => (['公开02表', '公开03表'].includes(t.number) ? withColumnAfterNames(t, '行次', (_r, n) => String(n)) : t.rows), ['公开02表', '公开03表']],
  ['a 上年支出合计 column after 科目名称 in 公开03表', (t) => (t.number === '公开03表' ? withColumnAfterNames(t, '上年支出合计', lastYear) : t.rows), ['公开03表']],
  ['a 上年决算数（万元） column after 科目名称 in 公开03表', (t) => (t.number === '公开03表' ? withColumnAfterNames(t, '上年决算数（万元）', lastYear) : t.rows), ['公开03表']],
  ['行次 numbers after 科目名称 under an empty header in 公开02/03表', (t) => (['公开02表', '公开03表'].includes(t.number) ? withColumnAfterNames(t, '', (_r, n) => String(n)) : t.rows), ['公开02表', '公开03表']],
];

/** Layouts whose names differ from the plain tables': only their codes are compared. */
const CODE_LAYOUTS: [string, Layout, string[]][] = [
  ['a 行次 column, and 类 201 without its name, in 公开02表', (t) => {
    if (t.number !== '公开02表') return t.rows;
    return withColumnAfterNames(t, '行次', (_r, n) => String(n)).map((r) => (r[0] === '201' ? [r[0], r[1], '', ...r.slice(3)] : r));
  }, ['公开02表']],
  ["last year’s amounts kept as text ('876.58) under 上年支出合计, and 类 201 without its name, in 公开03表", (t) => {
    if (t.number !== '公开03表') return t.rows;
    return withColumnAfterNames(t, '上年支出合计', (r) => (lastYear(r) ? `'${lastYear(r)}` : '')).map((r) => (r[0] === '201' ? [r[0], r[1], '', ...r.slice(3)] : r));
  }, ['公开03表']],
  ['last year’s amounts under an empty header, and 类 201 without its name, in 公开03表', (t) => {
    if (t.number !== '公开03表') return t.rows;
    return withColumnAfterNames(t, '', lastYear).map((r) => (r[0] === '201' ? [r[0], r[1], '', ...r.slice(3)] : r));
  }, ['公开03表']],
];

/** An edit of the printed texts, applied after the layout: an error put into the tables. */
type Injection = (t: SeedTable, rows: Rows) => Rows;

const NONE: Injection = (_t, rows) => rows;

/** Sets the amount in the column headed `header` of the row whose first cell is `first`, in 公开03表. */
function setT03(first: string, header: string, value: string): Injection {
  return (t, rows) => {
    if (t.number !== '公开03表') return rows;
    const col = rows[HEADER_TOP].indexOf(header);
    return rows.map((r) => (r[0] === first ? r.map((c, j) => (j === col ? value : c)) : r));
  };
}

const INJECTIONS: [string, Injection][] = [
  ['no error', NONE],
  ['公开03表 类 201 raised by 1.00 (本年支出合计 and 基本支出)', (t, rows) => setT03('201', '基本支出', '435.06')(t, setT03('201', '本年支出合计', '886.53')(t, rows))],
  ['公开03表 合计 raised by 1.00', setT03('合计', '本年支出合计', '1,096.72')],
];

function workbook(layout: Layout, inject: Injection): Workbook {
  const toCell = (s: string): CellValue => (s === '' ? null : isAmount(s) ? Number(s.replace(/,/g, '')) : s);
  return { sheets: seed004Tables().map((t) => sheetFromValues(t.number, inject(t, layout(t)).map((r) => r.map(toCell)))) };
}

function verdict(wb: Workbook): { tables: string[]; findings: string[] } {
  const r = checkWorkbook(wb);
  return { tables: r.tables.map((t) => t.id).sort(), findings: r.findings.map((f) => `${f.severity} ${f.rule} ${f.message}`).sort() };
}

describe('a column between 科目名称 and the amounts is no part of the 科目编码', () => {
  it.each([...LAYOUTS, ...CODE_LAYOUTS])('%s: the codes of the plain tables', (_what, layout, numbers) => {
    const codes = (wb: Workbook) => recognizeTables(wb).tables.filter((t) => numbers.includes(t.label)).map((t) => t.rows.map((r) => r.code ?? r.key));
    expect(codes(workbook(layout, NONE))).toEqual(codes(workbook(PLAIN, NONE)));
  });

  describe.each(LAYOUTS)('%s', (_what, layout) => {
    it.each(INJECTIONS)('%s: the verdict of the plain tables', (_injected, inject) => {
      const plain = verdict(workbook(PLAIN, inject));
      if (inject !== NONE) expect(plain.findings.filter((f) => f.startsWith('error')).length).toBeGreaterThan(0);
      // Cell addresses move with the inserted column; rules, severities and wording do not.
      expect(verdict(workbook(layout, inject))).toEqual(plain);
    });
  });
});
