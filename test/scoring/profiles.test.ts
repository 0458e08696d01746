import { PROFILES, profileByName, scoreWorkbook, withOverrides, formatScoreTables } from '../../src/core/scoring';
import { SCORE_RULES } from '../../src/core/scoring/rules';
import { formRows, workbookOf } from './rules/form';

const PARAMS = ['execDenominator', 'deptDenominator', 'execScore', 'execCap', 'execWeight', 'positive', 'reverse', 'equal', 'overTarget', 'qualitative', 'grades', 'step', 'reasonRequired'] as const;

test('the named profiles: 国家 (default), 北京, 北京2020, 四川, 云南, 辽宁', () => {
  expect(PROFILES.map((p) => p.name)).toEqual(['国家', '北京', '北京2020', '四川', '云南', '辽宁']);
});

test('every profile states every parameter with its source', () => {
  for (const p of PROFILES) {
    expect(p.label).toBeTruthy();
    for (const k of PARAMS) {
      expect(p[k].value).toBeDefined();
      expect(p[k].source.length).toBeGreaterThan(4);
    }
  }
});

test('profiles differ where their sources differ', () => {
  expect(profileByName('四川')!.execDenominator.value).toBe('adjusted');
  expect(profileByName('辽宁')!.deptDenominator.value).toBe('initial');
  expect(profileByName('北京')!.reverse.value).toBe('inverse-ratio');
  expect(profileByName('北京')!.overTarget.value.map((s) => s.from)).toEqual([2, 3, 5]);
  expect(profileByName('北京2020')!.execScore.value).toBe('floor');
  expect(profileByName('国家')!.grades.value.map((g) => g.min)).toEqual([90, 80, 60, 0]);
});

test('every scoring rule has an id, a Chinese title, a description and a source', () => {
  const ids = SCORE_RULES.map((r) => r.id);
  expect(new Set(ids).size).toBe(ids.length);
  for (const r of SCORE_RULES) {
    expect(r.id).toMatch(/^S-[A-Z-]+$/);
    expect(r.title).toMatch(/[\u4e00-\u9fff]/);
    expect(r.description.length).toBeGreaterThan(10);
    expect(r.source.length).toBeGreaterThan(3);
  }
});

test('an unknown profile falls back to the suggestion and says so', () => {
  const r = scoreWorkbook(workbookOf(formRows()), { profile: '火星' });
  expect(r.profile.name).toBe('国家');
  expect(r.profile.reason).toContain('未知评分规则“火星”');
});

test('user settings override the grade bands (a Longtu-style 80/70/60 scale)', () => {
  const rows = formRows({ totalRow: ['总分', '', '', '', '', '', '', '', 100, 100, '良'] });
  const bands = [
    { grade: '优', min: 80 },
    { grade: '良', min: 70 },
    { grade: '中', min: 60 },
    { grade: '差', min: 0 },
  ];
  expect(withOverrides(profileByName('国家')!, { grades: bands }).grades.source).toBe('用户设置');
  const r = scoreWorkbook(workbookOf(rows), { settings: { grades: bands }, rules: ['S-GRADE'] });
  expect(r.findings[0]).toMatchObject({ expected: '优', actual: '良' });
});

test('the text table shows reported and recomputed values with their cells', () => {
  const r = scoreWorkbook(workbookOf(formRows({ total: [100, 100, 81.74, 10, '81.74%', 8] })));
  const text = formatScoreTables(r.scores);
  expect(text).toContain('项目“测试项目”（表1）  评分规则：国家，执行率分母：全年预算数');
  expect(text).toMatch(/执行率得分\s+8\s+8\.17 ✗\s+H4/);
  expect(text).toMatch(/总分\s+100\s+98\.17 ✗\s+J13/);
});

test('a second run on the same workbook object sees cells changed in between (fixes written in place)', () => {
  const wb = workbookOf(formRows({ totalRow: ['总分', '', '', '', '', '', '', '', 100, 99] }));
  expect(scoreWorkbook(wb, { rules: ['S-TOTAL'] }).findings).toHaveLength(1);
  const fix = scoreWorkbook(wb, { rules: ['S-TOTAL'] }).findings[0].fix!;
  expect(fix.cell).toBe('J13');
  wb.sheets[0].rows[12][9] = { value: fix.value };
  expect(scoreWorkbook(wb, { rules: ['S-TOTAL'] }).findings).toEqual([]);
});
