/** Seed 002 (抚顺市信访局 2021): the Liaoning whole-department form recomputes to its printed 96. */
import type { ScoreResult } from '../../src/core/scoring';
import { errors, scoreFixture } from './load';

let r: ScoreResult;
beforeAll(async () => {
  r = await scoreFixture('selfeval-002-liaoning-dept.xlsx');
});

test('suggests the Liaoning profile and reads the department form', () => {
  expect(r.profile).toMatchObject({ name: '辽宁', suggested: '辽宁' });
  expect(r.scores).toHaveLength(1);
  expect(r.scores[0]).toMatchObject({ kind: 'dept', project: '中共抚顺市委抚顺市人民政府信访局', denominator: '年初预算数' });
});

test('总评价得分 recomputes to the printed 96, grade 优, with no error', () => {
  expect(r.scores[0].total).toEqual({ reported: 96, recomputed: 96 });
  expect(r.scores[0].grade.recomputed).toBe('优');
  expect(errors(r.findings)).toEqual([]);
  expect(r.findings.filter((f) => f.severity === 'warning')).toEqual([]);
});

test('first-level weights: 履职效能 40, 预算执行 10, 管理效率 10, 运行成本 10, 社会效应 20, 可持续性 10', () => {
  expect(r.scores[0].levels).toEqual([
    { name: '履职效能', weight: 40, score: 40 },
    { name: '预算执行', weight: 10, score: 6 },
    { name: '管理效率', weight: 10, score: 10 },
    { name: '运行成本', weight: 10, score: 10 },
    { name: '社会效应', weight: 20, score: 20 },
    { name: '可持续性', weight: 10, score: 10 },
  ]);
});

test('执行率 of the 收支 block follows the form: 890.85 ÷ 636.34 = 140% against 年初预算数', () => {
  expect(r.scores[0].execRate).toEqual({ reported: 140, recomputed: 140 });
});

test('the one row divided by 全年预算数 (合计 of the key tasks) is named, as info', () => {
  const f = r.findings.filter((x) => x.rule === 'S-EXEC-RATE');
  expect(f).toHaveLength(1);
  expect(f[0].severity).toBe('info');
  expect(f[0].message).toContain('“合计”行');
  expect(f[0].message).toContain('按全年预算数计算');
});

test('a wrong 差异率 score is an error against the printed rule (40% → 1, not 5)', async () => {
  const { loadFixture } = await import('./load');
  const { scoreWorkbook } = await import('../../src/core/scoring');
  const wb = await loadFixture('selfeval-002-liaoning-dept.xlsx');
  const sheet = wb.sheets[0];
  const row = sheet.rows.findIndex((cells) => cells?.some((c) => String(c?.value ?? '').includes('财政拨款收入预决算差异率')));
  sheet.rows[row][8] = { value: 5 };
  const t = scoreWorkbook(wb);
  const f = t.findings.filter((x) => x.rule === 'S-DIFF-RATE');
  expect(f).toHaveLength(1);
  expect(f[0]).toMatchObject({ severity: 'error', expected: '1', actual: '5' });
  // 总分 96 is right once the score is: S-TOTAL counts the recomputed 1, not the printed 5.
  expect(t.findings.filter((x) => x.rule === 'S-TOTAL')).toEqual([]);
});
