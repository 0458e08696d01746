/** Seed 003 (仁和区信访局 2022): 预算执行 得分 67 and 98 where the 权重 is 10; 执行率 scored by no single rule. */
import type { ScoreResult } from '../../src/core/scoring';
import { at, scoreFixture } from './load';

const SHEET = '部门预算项目支出绩效自评表';
let r: ScoreResult;
beforeAll(async () => {
  r = await scoreFixture('selfeval-003-sichuan.xlsx');
});

test('suggests the Sichuan profile: 执行率 against 调整后预算数', () => {
  expect(r.profile).toMatchObject({ name: '四川', suggested: '四川' });
  expect(r.scores).toHaveLength(11);
  expect(r.scores.every((s) => s.denominator === '调整后预算数')).toBe(true);
  // 54.75 年初, 27.37 调整后, 27.37 执行 → 100%, not 50%.
  expect(r.scores[8].execRate).toEqual({ reported: 100, recomputed: 100 });
  expect(r.findings.filter((f) => f.rule === 'S-EXEC-RATE')).toEqual([]);
});

test('得分 67 and 98 where the 权重 is 10: S-CAP errors fixed to 10', () => {
  for (const [cell, actual] of [['H200', '67'], ['H218', '98']]) {
    const f = at(r.findings, 'S-CAP', SHEET, cell);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: 'error', actual });
    expect(f[0].fix?.value).toBe(10);
  }
});

test('the same 执行率 band scored differently: one warning naming 52.92% → 8 against 53.06% → 5', () => {
  const f = r.findings.filter((x) => x.rule === 'S-EXEC-CONSISTENT');
  expect(f).toHaveLength(1);
  expect(f[0].message).toContain('52.92%→8');
  expect(f[0].message).toContain('53.06%→5');
  expect(f[0].related.map((x) => x.cell)).toEqual(expect.arrayContaining(['H152', 'H131']));
});

test('the two forms without indicators are flagged: 分值 10 ≠ 100 and 总分 not the sum', () => {
  expect(at(r.findings, 'S-WEIGHTS', SHEET, 'I209')[0]?.actual).toBe('10');
  expect(at(r.findings, 'S-TOTAL', SHEET, 'J209')[0]).toMatchObject({ actual: '67', expected: '10' });
  expect(at(r.findings, 'S-TOTAL', SHEET, 'J226')[0]).toMatchObject({ actual: '98', expected: '10' });
});

test('hand scores that contradict the stated values are warnings (≤ 5 %, actual 3 → full 22.5)', () => {
  const f = at(r.findings, 'S-QUANT', SHEET, 'J14');
  expect(f).toHaveLength(1);
  expect(f[0]).toMatchObject({ severity: 'warning', expected: '22.5', actual: '15' });
  // 科目调整次数 ≤ 10, actual 8, 22.5 → correct, no finding.
  expect(at(r.findings, 'S-QUANT', SHEET, 'J13')).toEqual([]);
});

test('totals that add up are not flagged as errors; where 执行率得分 is recomputed the new total is offered as info', () => {
  const flagged = r.findings.filter((f) => f.rule === 'S-TOTAL' && f.severity !== 'info').map((f) => f.cell);
  expect(flagged.sort()).toEqual(['J209', 'J226']);
  const info = at(r.findings, 'S-TOTAL', SHEET, 'J17');
  // 6 + 78 printed = 84; with 5.18 ÷ 6.64 × 10 = 7.80 the total becomes 85.8.
  expect(info[0]).toMatchObject({ severity: 'info', expected: '85.8', actual: '84' });
  expect(info[0].fix?.formula).toBe('SUM(H5,J13,J14,J15,J16)');
});
