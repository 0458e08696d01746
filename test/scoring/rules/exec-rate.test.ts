import { formRows, run } from './form';

describe('S-EXEC-RATE 执行率 = 全年执行数 ÷ 全年预算数', () => {
  test('a correct rate, or one rounding explains, gives nothing', () => {
    expect(run('S-EXEC-RATE', formRows({ total: [0.36, 0.36, 0.32208, 10, '89.47%', 8.95] })).findings).toEqual([]);
  });
  test('a wrong rate is an error at the rate cell, fixed as a ratio', () => {
    const r = run('S-EXEC-RATE', formRows({ total: [100, 100, 80, 10, '85%', 8] }));
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]).toMatchObject({ severity: 'error', cell: 'G4', expected: '80%', actual: '85%' });
    expect(r.findings[0].fix).toMatchObject({ value: 0.8, numFmt: '0.00%' });
  });
  test('a rate computed against 年初预算数 is followed and named (warning)', () => {
    const r = run('S-EXEC-RATE', formRows({ total: [80, 100, 80, 10, '100%', 10] }));
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0].severity).toBe('warning');
    expect(r.findings[0].message).toContain('按年初预算数计算');
  });
  test('a rate printed as a bare ratio (General format, =执行数/预算数) reads as percent: 1 is 100%, 0.8 is 80%', () => {
    expect(run('S-EXEC-RATE', formRows({ total: [286, 286, 286, 10, 1, 10] })).findings).toEqual([]);
    expect(run('S-EXEC-RATE', formRows({ total: [100, 100, 80, 10, 0.8, 8] })).findings).toEqual([]);
    const wrong = run('S-EXEC-RATE', formRows({ total: [100, 100, 80, 10, 1, 8] })).findings;
    expect(wrong).toHaveLength(1);
    expect(wrong[0]).toMatchObject({ severity: 'error', expected: '80%', actual: '100%' });
  });
  test('one unit off is a 尾数差异 warning', () => {
    const r = run('S-EXEC-RATE', formRows({ total: ['3.000000', '3.000000', '1.000000', 10, '33.34%', 3.33] }));
    expect(r.findings[0]).toMatchObject({ severity: 'warning' });
    expect(r.findings[0].message).toContain('尾数差异');
  });
});
