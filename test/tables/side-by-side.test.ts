import { sheetFromValues, type CellValue, type Workbook } from '../../src/core/model/workbook';
import { recognizeTables } from '../../src/core/tables/recognize';
import { checkWorkbook } from '../../src/core/check';
import { seed004Tables } from '../fixtures/seed004-tables';
import { SIDE_BY_SIDE_ROWS } from '../fixtures/builders/layouts';
import { recognizeFixture } from './harness';

const seed = new Map(seed004Tables().map((t) => [t.number, t.rows]));
const verdict = (wb: Workbook) => checkWorkbook(wb).findings.map((f) => `${f.rule} ${f.severity} ${f.message}`).sort();

/** Rows of two tables placed next to each other, `gap` empty columns apart, the right one `drop` rows lower. */
function beside(left: string[][], right: string[][], gap: number, drop = 0): CellValue[][] {
  const width = Math.max(...left.map((r) => r.length));
  const rows: CellValue[][] = [];
  for (let i = 0; i < Math.max(left.length, right.length + drop); i++) {
    const l: CellValue[] = [...(left[i] ?? [])];
    while (l.length < width + gap) l.push(null);
    rows.push([...l, ...(right[i - drop] ?? [])]);
  }
  return rows;
}

describe('tables side by side on one sheet', () => {
  it('the side-by-side fixture: every table in its own columns, with its own 公开编号, the stacked layout’s findings', async () => {
    const { recognition } = await recognizeFixture('seed004-side-by-side.xlsx');
    const { recognition: stacked } = await recognizeFixture('seed004-stacked.xlsx');
    expect(recognition.unrecognized).toEqual([]);
    expect(recognition.tables.map((t) => t.label)).toEqual(SIDE_BY_SIDE_ROWS.flat());
    for (const pair of SIDE_BY_SIDE_ROWS.filter((p) => p.length === 2)) {
      const [l, r] = pair.map((label) => recognition.tables.find((t) => t.label === label)!);
      expect(l.right).toBeLessThan(r.left);
    }
    // Same rows, codes and amounts read as when the tables are stacked.
    const shape = (ts: typeof stacked.tables) => ts.map((t) => `${t.id}:${t.rows.length}:${t.columns.map((c) => c.key).join(',')}`).sort();
    expect(shape(recognition.tables)).toEqual(shape(stacked.tables));
  });

  it('gives the findings of the same two tables on sheets of their own, for any gap and a title a row lower', () => {
    const t08 = seed.get('公开08表')!;
    const t09 = seed.get('公开09表')!;
    const apart: Workbook = { sheets: [sheetFromValues('A', t08), sheetFromValues('B', t09)] };
    const unlabelled = (wb: Workbook) => verdict(wb).map((v) => v.replace(/\S+!/g, ''));
    for (const [gap, drop] of [[0, 0], [1, 0], [3, 0], [2, 1], [0, 1]]) {
      const wb: Workbook = { sheets: [sheetFromValues('S', beside(t08, t09, gap, drop))] };
      const ids = recognizeTables(wb).tables.map((t) => `${t.id} ${t.label}`);
      expect(ids).toEqual(['T08 公开08表', 'T09 公开09表']);
      expect(unlabelled(wb)).toEqual(unlabelled(apart));
    }
  });

  it('two stacks of tables side by side whose tables do not line up', () => {
    const left = ['公开01表', '公开03表', '公开05表'];
    const right = ['公开02表', '公开04表', '公开06表'];
    const stack = (names: string[]) => names.flatMap((n) => [...seed.get(n)!, [], [], []]);
    const [l, r] = [stack(left), stack(right)];
    const width = Math.max(...l.map((row) => row.length));
    const rows: CellValue[][] = [];
    for (let i = 0; i < Math.max(l.length, r.length); i++) {
      const line: CellValue[] = [...(l[i] ?? [])];
      while (line.length < width + 2) line.push(null);
      rows.push([...line, ...(r[i] ?? [])]);
    }
    const wb: Workbook = { sheets: [sheetFromValues('S', rows)] };
    const tables = recognizeTables(wb).tables;
    // The stacks' tables start on different rows (公开04表 well above 公开03表's end, for one).
    const top = (label: string) => tables.find((t) => t.label === label)!.top;
    expect(top('公开04表')).toBeLessThan(top('公开03表'));
    expect(tables.map((t) => t.label).sort()).toEqual([...left, ...right].sort());
    for (const t of tables) expect(left.includes(t.label) ? t.right < width : t.left > width).toBe(true);
    const apart: Workbook = { sheets: [...left, ...right].map((n) => sheetFromValues(n, seed.get(n)!)) };
    const unlabelled = (w: Workbook) => verdict(w).map((v) => v.replace(/\S+!/g, ''));
    expect(unlabelled(wb)).toEqual(unlabelled(apart));
  });

  it('a right-hand table known only by its 公开编号 (title deleted) keeps its own columns', () => {
    const t09 = seed.get('公开09表')!.slice(1); // no title row: the 公开编号 line comes first
    const wb: Workbook = { sheets: [sheetFromValues('S', beside(seed.get('公开08表')!, t09, 2))] };
    const rec = recognizeTables(wb);
    expect(rec.tables.map((t) => `${t.id} ${t.label}`)).toEqual(['T08 公开08表', 'T09 公开09表']);
    expect(rec.tables[0].right).toBeLessThan(rec.tables[1].left);
  });

  it('an injected error in the right-hand table is found in its own cell', () => {
    const t02 = seed.get('公开02表')!.map((r) => [...r]);
    const total = t02.findIndex((r) => r.some((c) => /^合计$/.test(c.replace(/\s/g, ''))));
    const col = t02[total].findIndex((c, j) => j > 0 && /\d/.test(c));
    t02[total][col] = '9999.99';
    const wb: Workbook = { sheets: [sheetFromValues('S', beside(seed.get('公开01表')!, t02, 2))] };
    const t02Table = recognizeTables(wb).tables.find((t) => t.id === 'T02')!;
    const errors = checkWorkbook(wb).findings.filter((f) => f.severity === 'error' && f.table === 'T02');
    expect(errors.length).toBeGreaterThan(0);
    const leftWidth = Math.max(...seed.get('公开01表')!.map((r) => r.length));
    expect(t02Table.left).toBe(leftWidth + 2);
    expect(errors.some((f) => f.cell === `${String.fromCharCode(65 + leftWidth + 2 + col)}${total + 1}`)).toBe(true);
  });
});
