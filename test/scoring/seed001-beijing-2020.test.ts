/**
 * Seed 001 (丰台区政府办 2020): nine forms, one per sheet, amounts printed as 3.5万.
 * Real errors: 总分 not the sum of its parts and 分值 adding up to 95; 执行率得分 that follow
 * no single rule (8 of 9 truncate 执行率 × 10, 5.35% → 1 does not).
 */
import { type ScoreResult, scoreWorkbook } from '../../src/core/scoring';
import { withCell } from '../../src/core/model/workbook';
import { at, errors, loadFixture, scoreFixture } from './load';

let r: ScoreResult;
beforeAll(async () => {
  r = await scoreFixture('selfeval-001-beijing-2020.xlsx');
});

test('reads one project per sheet, 3.5万 amounts included', () => {
  expect(r.scores).toHaveLength(9);
  expect(r.scores[0]).toMatchObject({ sheet: '自评表1', project: '政府办购置慰问物资经费', execRate: { reported: 99.06, recomputed: 99.06 } });
  expect(r.scores.every((s) => s.convention === 'separate')).toBe(true);
});

test('分值 that add up to 95 instead of 100 (满意度调查, 察访核验): S-WEIGHTS at the total row', () => {
  for (const sheet of ['自评表4', '自评表5']) {
    const f = at(r.findings, 'S-WEIGHTS', sheet, 'G23');
    expect(f).toHaveLength(1);
    expect(f[0].severity).toBe('error');
    expect(f[0].actual).toBe('95');
    expect(f[0].message).toContain('执行率分值 10 + 指标分值合计 85 = 95');
  }
});

test('总分 not the sum of its parts: S-TOTAL with the sum as fix and a SUM formula', () => {
  const cases = [
    ['自评表4', 'H23', '93', '88'],
    ['自评表5', 'H23', '94', '89'],
    ['自评表8', 'H28', '93', '92'],
  ];
  for (const [sheet, cell, actual, expected] of cases) {
    const f = at(r.findings, 'S-TOTAL', sheet, cell);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: 'error', actual, expected });
    expect(f[0].fix?.value).toBe(Number(expected));
    expect(f[0].fix?.formula).toMatch(/^SUM\(H7,/);
  }
  expect(errors(r.findings).map((f) => `${f.rule} ${f.sheet}!${f.cell}`).sort()).toEqual(
    ['S-TOTAL 自评表4!H23', 'S-TOTAL 自评表5!H23', 'S-TOTAL 自评表8!H28', 'S-WEIGHTS 自评表4!G23', 'S-WEIGHTS 自评表5!G23'].sort(),
  );
});

test('the same workbook scores 执行率 by no single rule: one warning, naming 5.35% → 1', () => {
  const f = r.findings.filter((x) => x.rule === 'S-EXEC-CONSISTENT');
  expect(f).toHaveLength(1);
  expect(f[0]).toMatchObject({ severity: 'warning', sheet: '自评表6', cell: 'H7' });
  expect(f[0].message).toContain('8/9');
  expect(f[0].message).toContain('截尾取整');
  expect(f[0].message).toContain('5.35%→1');
});

test('the 2020 layout with mostly truncated 执行率得分 suggests 北京2020: only 5.35% → 1 is left, where S-EXEC-CONSISTENT points too', () => {
  expect(r.profile.name).toBe('北京2020');
  expect(r.profile.suggested).toBe('北京2020');
  expect(r.profile.reason).toContain('8/9 个项目的执行率得分为截尾取整');
  const f = r.findings.filter((x) => x.rule === 'S-EXEC-SCORE');
  expect(f).toHaveLength(1);
  expect(f[0]).toMatchObject({ sheet: '自评表6', cell: 'H7', actual: '1', expected: '0' });
  expect(r.scores[0].execScore).toEqual({ reported: 9, recomputed: 9 });
});

test('under the 北京 profile (执行率 × 10, the 2022 rule) the truncated scores are warnings with the proportional fix', async () => {
  const t = await scoreFixture('selfeval-001-beijing-2020.xlsx', '北京');
  expect(t.profile).toMatchObject({ name: '北京', suggested: '北京2020' });
  const f = t.findings.filter((x) => x.rule === 'S-EXEC-SCORE');
  expect(f.map((x) => `${x.sheet}:${x.expected}`)).toEqual(['自评表1:9.91', '自评表4:8.17', '自评表6:0.53', '自评表8:9.54', '自评表9:9.98']);
  expect(f.every((x) => x.severity === 'warning')).toBe(true);
});

test('the same layout with 执行率得分 typed as 执行率 × 10 keeps the 北京 suggestion', async () => {
  const proportional = (await scoreFixture('selfeval-001-beijing-2020.xlsx', '北京')).findings.filter((f) => f.rule === 'S-EXEC-SCORE');
  expect(proportional).toHaveLength(5);
  let workbook = await loadFixture('selfeval-001-beijing-2020.xlsx');
  for (const x of proportional) workbook = withCell(workbook, x.sheet, x.cell, (was) => ({ ...was!, value: Number(x.expected) }));
  const t = scoreWorkbook(workbook);
  expect(t.profile).toMatchObject({ name: '北京', suggested: '北京' });
  expect(t.findings.filter((f) => f.rule === 'S-EXEC-SCORE' || f.rule === 'S-EXEC-CONSISTENT')).toEqual([]);
});
