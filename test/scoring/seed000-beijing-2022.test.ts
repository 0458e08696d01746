/** Seed 000 (丰台区信访办 2022): ten forms stacked on one sheet; the 上勤人员就餐 project scores 30 where 分值 is 20. */
import type { ScoreResult } from '../../src/core/scoring';
import { at, errors, scoreFixture } from './load';

const SHEET = '三、项目支出绩效自评表';
let r: ScoreResult;
beforeAll(async () => {
  r = await scoreFixture('selfeval-000-beijing-2022.xlsx');
});

test('suggests and uses the Beijing profile from the layout', () => {
  expect(r.profile.suggested).toBe('北京');
  expect(r.profile.name).toBe('北京');
  expect(r.profile.reason).toMatch(/年度指标值/);
});

test('finds all ten projects stacked on one sheet', () => {
  expect(r.scores.map((s) => s.project)).toEqual([
    '基层党组织党建活动经费',
    '区信访办维持政府大门秩序上勤人员就餐项目经费',
    '顺义隔离点项目经费',
    '通州隔离点项目经费',
    '信访办部门运转聘用人员经费',
    '信访办党费返还留成党建经费',
    '信访工作经费',
    '信访办矛盾纠纷多元化解智能信息平台项目经费',
    '信访办“智慧信访”系统迁移项目经费',
    '信访宣传月活动及全年信访宣传工作经费',
  ]);
  expect(r.scores.every((s) => s.sheet === SHEET && s.profile === '北京')).toBe(true);
});

test('得分 30 where the 分值 is 20 (上勤人员就餐): S-CAP errors at the three cells, fixed to 20', () => {
  for (const cell of ['H33', 'H34', 'H35']) {
    const f = at(r.findings, 'S-CAP', SHEET, cell);
    expect(f).toHaveLength(1);
    expect(f[0].severity).toBe('error');
    expect(f[0].actual).toBe('30');
    expect(f[0].fix?.value).toBe(20);
    expect(f[0].message).toContain('超过分值 20');
  }
});

test('those are the only errors; 94.35 reconciles once the 30s are capped at 20', () => {
  expect(errors(r.findings).map((f) => f.cell)).toEqual(['H33', 'H34', 'H35']);
  const s = r.scores[1];
  expect(s.total).toEqual({ reported: 94.35, recomputed: 94.35 });
  expect(r.findings.filter((f) => f.rule === 'S-TOTAL')).toHaveLength(0);
});

test('执行率 × 10 reproduces every printed score, including 4.89% → 0.489', () => {
  const byName = Object.fromEntries(r.scores.map((s) => [s.project, s]));
  expect(byName['基层党组织党建活动经费'].execScore).toEqual({ reported: 8.95, recomputed: 8.95 });
  expect(byName['信访办党费返还留成党建经费'].execScore).toEqual({ reported: 0.489, recomputed: 0.489 });
  expect(byName['信访工作经费'].execRate).toEqual({ reported: 62.26, recomputed: 62.26 });
  expect(r.findings.filter((f) => ['S-EXEC-RATE', 'S-EXEC-SCORE', 'S-EXEC-CONSISTENT'].includes(f.rule))).toHaveLength(0);
});

test('党费返还: the 完成进度 indicator says 完成0.1775万元支出 while 全年执行数 is 0.0882 (warning at the text)', () => {
  const f = r.findings.filter((x) => x.rule === 'S-EXEC-AMOUNT');
  expect(f).toHaveLength(1);
  expect(f[0]).toMatchObject({ severity: 'warning', cell: 'E122', actual: '0.1775万元', expected: '0.0882万元' });
});

test('detects the folded convention: indicators = 100 with the 执行 score inside 成本/完成进度', () => {
  expect(r.scores[0].convention).toBe('folded');
  expect(r.scores[1].convention).toBe('folded');
  // 信访办部门运转聘用人员经费 uses 90 + 10 in the same workbook.
  expect(r.scores[4].convention).toBe('separate');
  expect(r.findings.filter((f) => f.rule === 'S-WEIGHTS')).toHaveLength(0);
});

test('grades by the 填报注意事项 bands', () => {
  expect(r.scores.map((s) => s.grade.recomputed)).toEqual(Array(10).fill('优'));
});

test('a score below the 分值 without a 偏差原因 is a warning (信访工作经费 6.23/10)', () => {
  const f = r.findings.filter((x) => x.rule === 'S-REASON');
  expect(f).toHaveLength(1);
  expect(f[0].severity).toBe('warning');
  expect(f[0].message).toContain('信访工作经费');
});
