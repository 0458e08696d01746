import { NINETY, formRows, run } from './form';

describe('S-CAP 得分不超过分值', () => {
  test('scores within their 分值 pass', () => {
    expect(run('S-CAP', formRows()).findings).toEqual([]);
  });
  test('an indicator scored above its 分值 is an error at the score cell, fixed to the 分值', () => {
    const rows = NINETY.map((r) => [...r]);
    rows[0][8] = 35;
    const r = run('S-CAP', formRows({ indicators: rows }));
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]).toMatchObject({ severity: 'error', cell: 'J9', actual: '35', expected: '≤ 30' });
    expect(r.findings[0].fix?.value).toBe(30);
  });
  test('the 执行率 score above its 分值 too', () => {
    const r = run('S-CAP', formRows({ total: [100, 100, 50, 10, '50%', 67] }));
    expect(r.findings[0]).toMatchObject({ cell: 'H4', actual: '67' });
  });
});
