/**
 * A 得分 cell merged down over two indicators (seed 004, first project form: J12:J13 for 呼叫中心坐席 and
 * 政府热线话务人员, 分值 5 + 5) is the score of both together.
 */
import type { Workbook } from '../../src/core/model/workbook';
import { scoreWorkbook } from '../../src/core/scoring';
import { loadFixture } from './load';

const SHEET = '项目支出绩效自评表1';
// J12:J13, 0-based.
const TOP = 11;
const BOTTOM = 12;
const COL = 9;

function mergedScore(wb: Workbook, value: number): Workbook {
  const copy = structuredClone(wb);
  const sheet = copy.sheets.find((s) => s.name === SHEET)!;
  expect([sheet.rows[TOP][COL]?.value, sheet.rows[BOTTOM][COL]?.value]).toEqual([5, 5]);
  sheet.rows[TOP][COL] = { value };
  sheet.rows[BOTTOM][COL] = undefined;
  sheet.merges.push({ top: TOP, left: COL, bottom: BOTTOM, right: COL });
  return copy;
}

let yunnan: Workbook;
beforeAll(async () => {
  yunnan = await loadFixture('selfeval-004-yunnan.xlsx');
});

test('J12:J13 = 10 against 分值 5 + 5: no finding, 总分 100 (was: S-CAP “10 > 5” and S-TOTAL “应为 95”)', () => {
  const r = scoreWorkbook(mergedScore(yunnan, 10));
  expect(r.findings).toEqual([]);
  expect(r.scores.find((s) => s.sheet === SHEET)!.total).toEqual({ reported: 100, recomputed: 100 });
});

test('J12:J13 = 12: above the two 分值 together — S-CAP names both indicators, S-TOTAL counts the 10', () => {
  const r = scoreWorkbook(mergedScore(yunnan, 12));
  const cap = r.findings.filter((f) => f.rule === 'S-CAP');
  expect(cap).toHaveLength(1);
  expect(cap[0]).toMatchObject({ cell: 'J12', expected: '≤ 10', actual: '12' });
  expect(cap[0].message).toContain('指标“呼叫中心坐席”“政府热线话务人员”合并填写的得分 12 超过分值 10');
  expect(r.findings.filter((f) => f.rule === 'S-TOTAL')).toEqual([]);
});
