import { formRows, run } from './form';

const form = (rate: string, exec: number, score: number, name: string) => formRows({ name, total: [100, 100, exec, 10, rate, score] });

describe('S-EXEC-CONSISTENT one rule per workbook', () => {
  test('scores that all follow one rule (here truncation) raise nothing', () => {
    const r = run('S-EXEC-CONSISTENT', [form('99%', 99, 9, 'a'), form('81%', 81, 8, 'b'), form('60%', 60, 6, 'c')]);
    expect(r.findings).toEqual([]);
  });
  test('a higher 执行率 with a lower score is reported once, with the cells', () => {
    const r = run('S-EXEC-CONSISTENT', [form('78%', 78, 6, 'a'), form('52%', 52, 8, 'b'), form('53%', 53, 5, 'c')]);
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0].severity).toBe('warning');
    expect(r.findings[0].message).toContain('表2!G4 52%→8');
    expect(r.findings[0].message).toContain('表1!G4 78%→6');
  });
  test('the same 执行率 scored differently is a contradiction', () => {
    const r = run('S-EXEC-CONSISTENT', [form('100%', 100, 10, 'a'), form('100%', 100, 9, 'b')]);
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0].cell).toBe('H4');
    expect(r.findings[0].sheet).toBe('表2');
  });
  test('a proportional score judged as S-EXEC-SCORE judges it: 5.35% → 0.53 is 执行率 × 10 (the printed 5.35 may be 5.3449…)', () => {
    const r = run('S-EXEC-CONSISTENT', [form('5.35%', 5.35, 0.53, 'a'), form('99.06%', 99.06, 9.91, 'b'), form('81.74%', 81.74, 8.17, 'c')]);
    expect(r.findings).toEqual([]);
    expect(run('S-EXEC-SCORE', [form('5.35%', 5.35, 0.53, 'a')], '北京').findings).toEqual([]);
  });
});
