/**
 * Seed 004's first project form (项目支出绩效自评表1: 得分 J12–J29, 总分 row 30 with 分值 I30, 总分 J30, 等级 K30)
 * with a cell emptied or retyped: blanks and a printed 分值 total are reported at their cells.
 */
import type { CellValue, Workbook } from '../../src/core/model/workbook';
import { scoreWorkbook } from '../../src/core/scoring';
import { loadFixture } from './load';

const SHEET = '项目支出绩效自评表1';
const COLS = 'ABCDEFGHIJK';

function edited(wb: Workbook, edits: Record<string, CellValue>): Workbook {
  const copy = structuredClone(wb);
  const sheet = copy.sheets.find((s) => s.name === SHEET)!;
  for (const [a1, value] of Object.entries(edits)) {
    const row = Number(a1.slice(1)) - 1;
    const col = COLS.indexOf(a1[0]);
    sheet.rows[row][col] = value === null ? undefined : { value };
  }
  return copy;
}

const on = (wb: Workbook) => scoreWorkbook(wb).findings.map((f) => `${f.rule} ${f.severity} ${f.cell}`);

let yunnan: Workbook;
beforeAll(async () => {
  yunnan = await loadFixture('selfeval-004-yunnan.xlsx');
});

test('the form as printed: 分值 J27 5, 总分 I30 100 / J30 100, 等级 K30 优', () => {
  const sheet = yunnan.sheets.find((s) => s.name === SHEET)!;
  expect([sheet.rows[26][8]?.value, sheet.rows[26][9]?.value, sheet.rows[29][8]?.value, sheet.rows[29][9]?.value, sheet.rows[29][10]?.value]).toEqual([5, 5, 100, 100, '优']);
});

test('a blank 得分 with 分值 5, 总分 lowered to 95: S-BLANK error at J27 (was: no finding)', () => {
  const r = scoreWorkbook(edited(yunnan, { J27: null, J30: 95 }));
  expect(r.findings.map((f) => `${f.rule} ${f.severity} ${f.cell}`)).toEqual(['S-BLANK error J27']);
  expect(r.findings[0].message).toContain('分值 5，得分未填');
});

test('a 分值 total of 99 over 分值 that add to 100: S-WEIGHT-TOTAL error at I30, fixed to 100 (was: no finding)', () => {
  const r = scoreWorkbook(edited(yunnan, { I30: 99 }));
  expect(on(edited(yunnan, { I30: 99 }))).toEqual(['S-WEIGHT-TOTAL error I30']);
  expect(r.findings[0]).toMatchObject({ expected: '100', actual: '99' });
  expect(r.findings[0].fix?.value).toBe(100);
});

test('parts off 100 under a printed 100: S-WEIGHTS alone, not a second finding at I30', () => {
  expect(on(edited(yunnan, { I12: 4, J12: 4, J30: 99, K12: '话务坐席调整' })).filter((x) => x.startsWith('S-WEIGHT'))).toEqual(['S-WEIGHTS error I30']);
});

test('a blank 总分: S-BLANK error at J30 with the recomputed 100 as its fix (was: no finding)', () => {
  const r = scoreWorkbook(edited(yunnan, { J30: null }));
  expect(r.findings.map((f) => `${f.rule} ${f.severity} ${f.cell}`)).toEqual(['S-BLANK error J30']);
  expect(r.findings[0].fix?.value).toBe(100);
});

test('等级 “A”: not a grade word — S-GRADE error at K30 naming 优 (was: no finding, the grade not read)', () => {
  const r = scoreWorkbook(edited(yunnan, { K30: 'A' }));
  expect(r.findings.map((f) => `${f.rule} ${f.severity} ${f.cell}`)).toEqual(['S-GRADE error K30']);
  expect(r.findings[0]).toMatchObject({ expected: '优', actual: 'A' });
  expect(r.findings[0].message).toContain('等级“A”不是评价等级（优、良、中、差）');
});
