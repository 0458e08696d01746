import { COL, liaoning } from './liaoning';

describe('S-PAYABLE 应缴财政款 = 0', () => {
  test('seed 002: 应缴财政款 0 → full marks on both rows', async () => {
    expect((await liaoning()).findings.filter((f) => f.rule === 'S-PAYABLE')).toEqual([]);
  });
  test('应缴财政款 ≠ 0 scores 0: full marks is an error fixed to 0', async () => {
    const r = await liaoning({ match: '应缴财政款及时性', col: COL.actual, value: '3.2' });
    const f = r.findings.filter((x) => x.rule === 'S-PAYABLE');
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: 'error', expected: '0', actual: '2' });
    expect(f[0].fix?.value).toBe(0);
    expect(f[0].message).toContain('：“应缴财政款及时性”应缴财政款为 3.2，按表内规则应得 0 分，表中为 2 分');
  });
  test('应缴财政款 0 with less than full marks: the message names the full marks once (was: “应得满分 2”)', async () => {
    const r = await liaoning({ match: '应缴财政款及时性', col: COL.score, value: 1 });
    const f = r.findings.filter((x) => x.rule === 'S-PAYABLE');
    expect(f[0].message).toContain('按表内规则应得满分 2 分，表中为 1 分');
  });
});
