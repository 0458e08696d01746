import { sheetFromValues, type CellValue, type Workbook } from '../../src/core/model/workbook';
import { recognizeTables } from '../../src/core/tables/recognize';
import { checkWorkbook } from '../../src/core/check';
import { seed004Tables } from '../fixtures/seed004-tables';

const seed = new Map(seed004Tables().map((t) => [t.number, t.rows]));
const workbook = (rows: CellValue[][]): Workbook => ({ sheets: [sheetFromValues('S', rows)] });
const names = (wb: Workbook) => recognizeTables(wb).tables[0].rows.map((r) => `${r.code ?? ''} ${r.name ?? ''}`);
const verdict = (wb: Workbook) => checkWorkbook(wb).findings.map((f) => `${f.rule} ${f.severity} ${f.message}`).sort();

/** Long 科目名称 cut after `keep` characters, the rest on a line of its own below (PDF conversions). */
function wrapNames(rows: string[][], columns: [code: number, name: number][], keep = 8): CellValue[][] {
  return rows.flatMap((r) => {
    const long = columns.filter(([code, name]) => /^\d/.test(r[code] ?? '') && (r[name] ?? '').length > keep + 2).map(([, name]) => name);
    if (!long.length) return [r];
    const first = r.map((v, c) => (long.includes(c) ? v.slice(0, keep) : v));
    const rest = r.map((v, c) => (long.includes(c) ? v.slice(keep) : ''));
    return [first, rest];
  });
}

describe('科目名称 wrapped onto a line of their own', () => {
  it('公开06表 (three panels): each name is read whole, the name rules stay as on the unwrapped table', () => {
    const t06 = seed.get('公开06表')!;
    const wrapped = workbook(wrapNames(t06, [[0, 1], [3, 4], [6, 7]]));
    expect(names(wrapped)).toEqual(names(workbook(t06)));
    expect(verdict(wrapped)).toEqual(verdict(workbook(t06)));
  });

  it('公开03表: the names of 款 and 项 rows are read whole; no row without a code is left behind', () => {
    const t03 = seed.get('公开03表')!;
    const wrapped = workbook(wrapNames(t03, [[0, 2]], 6));
    expect(wrapped.sheets[0].rows.length).toBeGreaterThan(t03.length);
    expect(names(wrapped)).toEqual(names(workbook(t03)));
    expect(verdict(wrapped)).toEqual(verdict(workbook(t03)));
  });

  it('names typed over two lines inside their cell (Alt+Enter) read as one line: in rows and in messages', () => {
    const t03 = seed.get('公开03表')!;
    const broken = t03.map((r) => r.map((c, j) => (j === 2 && c.length > 8 ? `${c.slice(0, 7)}\n${c.slice(7)}` : c)));
    expect(names(workbook(broken))).toEqual(names(workbook(t03)));
    expect(verdict(workbook(broken))).toEqual(verdict(workbook(t03)));
    expect(verdict(workbook(broken)).join('')).toContain('其他社会保障和就业支出');
  });

  it('a named row with amounts under a coded row is a row of its own, not part of a name', () => {
    const t03 = seed.get('公开03表')!;
    const at = t03.findIndex((r) => r[0] === '2010301');
    const rows: CellValue[][] = [...t03.slice(0, at + 1), ['', '', '其他', '1.00'], ...t03.slice(at + 1)];
    expect(names(workbook(rows))).toContain(' 其他');
  });
});

describe('a title typed over two lines of its cell (Alt+Enter)', () => {
  it('central tables, labelled by their titles: the title and every message read it as one line', async () => {
    const { readWorkbookFile } = await import('../../src/io/exceljs-reader');
    const { fixturePath } = await import('../fixtures/registry');
    const wb = await readWorkbookFile(fixturePath('central9.xlsx'));
    const broken: Workbook = {
      ...wb,
      sheets: wb.sheets.map((s) => ({
        ...s,
        rows: s.rows.map((row) => row.map((c) => (c && typeof c.value === 'string' && /决算(总)?表$/.test(c.value) ? { ...c, value: `${c.value.slice(0, 2)}\n${c.value.slice(2)}` } : c))),
      })),
    };
    const report = (w: Workbook) => {
      const r = checkWorkbook(w);
      return { titles: r.tables.map((t) => `${t.label}|${t.title}`), findings: r.findings.map((f) => f.message).sort() };
    };
    expect(report(broken)).toEqual(report(wb));
    expect(report(wb).findings.length).toBeGreaterThan(0);
  });
});
