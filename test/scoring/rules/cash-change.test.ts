import { COL, liaoning } from './liaoning';

describe('S-CASH-CHANGE 货币资金变动率 ≤ 0', () => {
  test('seed 002: −73.99 ≤ 0 scores the full 2', async () => {
    expect((await liaoning()).findings.filter((f) => f.rule === 'S-CASH-CHANGE')).toEqual([]);
  });
  test('a positive 变动率 with full marks is an error: 6% → 2 − 2 × 0.5 = 1', async () => {
    const r = await liaoning({ match: '货币资金变动率', col: COL.actual, value: '6' });
    const f = r.findings.filter((x) => x.rule === 'S-CASH-CHANGE');
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: 'error', expected: '1', actual: '2' });
  });
  test('with the floor reading 6% costs one step; the finding says which reading fits', async () => {
    const r = await liaoning({ match: '货币资金变动率', col: COL.actual, value: '6' });
    expect(r.findings.find((x) => x.rule === 'S-CASH-CHANGE')?.message).toContain('不足一档按一档');
  });
});
