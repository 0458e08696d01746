import { formRows, run } from './form';

describe('S-EXEC-SCORE 执行率得分', () => {
  test('执行率 × 10 to two decimals stands', () => {
    expect(run('S-EXEC-SCORE', formRows({ total: [5, 5, 2.1765, 10, '43.53%', 4.35] })).findings).toEqual([]);
  });
  test('over 100% scores the 分值 (cap)', () => {
    expect(run('S-EXEC-SCORE', formRows({ total: [100, 100, 120, 10, '120%', 10] })).findings).toEqual([]);
  });
  test('a different score is a warning with the recomputed fix', () => {
    const r = run('S-EXEC-SCORE', formRows({ total: [100, 100, 81.74, 10, '81.74%', 8] }));
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]).toMatchObject({ severity: 'warning', cell: 'H4', expected: '8.17', actual: '8' });
    expect(r.findings[0].fix?.value).toBe(8.17);
    expect(r.scores[0].execScore).toEqual({ reported: 8, recomputed: 8.17 });
  });
  test('the truncation profile accepts ⌊执行率 × 10⌋', () => {
    expect(run('S-EXEC-SCORE', formRows({ total: [100, 100, 81.74, 10, '81.74%', 8] }), '北京2020').findings).toEqual([]);
  });
  test('a score above the 分值 is left to S-CAP', () => {
    expect(run('S-EXEC-SCORE', formRows({ total: [100, 100, 50, 10, '50%', 67] })).findings).toEqual([]);
  });
});
