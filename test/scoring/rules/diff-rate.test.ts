import { printedStep } from '../../../src/core/scoring/rules/printed-step';
import { COL, liaoning } from './liaoning';

describe('S-DIFF-RATE 预决算差异率扣分', () => {
  test('reads the printed rule: step, deduction, and whether only a positive rate costs', () => {
    expect(printedStep('差异率=0，得满分；差异率（绝对值）>0时，每增加5%（含）扣减0.5分，减至0分为止。')).toEqual({ size: 5, deduct: 0.5, sign: 'abs' });
    expect(printedStep('差异率≤0，得满分；差异率>0时，每增加5%（含）扣减0.5分，减至0分为止。')).toEqual({ size: 5, deduct: 0.5, sign: 'positive' });
    expect(printedStep('及时')).toBeUndefined();
  });
  test('seed 002 as printed: 40% → 1, −5.66 → 5, no finding', async () => {
    expect((await liaoning()).findings.filter((f) => f.rule === 'S-DIFF-RATE')).toEqual([]);
  });
  test('a score the rule does not give is an error with the fix', async () => {
    const r = await liaoning({ match: '财政拨款收入预决算差异率', col: COL.actual, value: '12%' });
    const f = r.findings.filter((x) => x.rule === 'S-DIFF-RATE');
    expect(f).toHaveLength(1);
    // 12% → ceil(12/5) = 3 steps → 5 − 1.5 = 3.5 (printed 1).
    expect(f[0]).toMatchObject({ severity: 'error', expected: '3.5', actual: '1' });
    expect(f[0].fix?.value).toBe(3.5);
  });
  test('a rate stored as a fraction under a % format is quoted as the form shows it (12%, not 0.12)', async () => {
    const r = await liaoning({ match: '财政拨款收入预决算差异率', col: COL.actual, value: 0.12, numFmt: '0%' });
    const f = r.findings.filter((x) => x.rule === 'S-DIFF-RATE');
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ expected: '3.5', actual: '1' });
    expect(f[0].message).toContain('“财政拨款收入预决算差异率”为 12%，');
  });
  test('a score that only the other reading of “（含）” gives is a warning naming it', async () => {
    // 12%: ceil → 3 steps → 3.5; floor → 2 steps → 4. A printed 4 fits only the floor reading.
    const r = await liaoning([
      { match: '财政拨款收入预决算差异率', col: COL.actual, value: '12%' },
      { match: '财政拨款收入预决算差异率', col: COL.score, value: 4 },
    ]);
    const f = r.findings.filter((x) => x.rule === 'S-DIFF-RATE');
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: 'warning', expected: '3.5', actual: '4' });
    expect(f[0].message).toContain('满一档才扣');
  });
  test('公用经费 差异率 ≤ 0 scores full; a positive one loses steps', async () => {
    const r = await liaoning({ match: '公用经费预算差异率', col: COL.actual, value: '7.5' });
    expect(r.findings.filter((x) => x.rule === 'S-DIFF-RATE')[0]).toMatchObject({ expected: '4', actual: '5' });
  });
});
