/** Property-based tests of the scoring formulas (fast-check). */
import fc from 'fast-check';
import Decimal from 'decimal.js';
import { execScore, gradeOf, inBand, qualitativeBand, quantitativeScore, stepScore, type Nature } from '../../src/core/scoring/compute';
import { PROFILES } from '../../src/core/scoring/profiles';

const weight = fc.integer({ min: 1, max: 60 }).map((w) => new Decimal(w).div(2));
const amount = fc.integer({ min: 0, max: 1_000_000 }).map((n) => new Decimal(n).div(100));
const positiveAmount = fc.integer({ min: 1, max: 1_000_000 }).map((n) => new Decimal(n).div(100));
const nature = fc.constantFrom<Nature>('positive', 'reverse', 'equal');
const profile = fc.constantFrom(...PROFILES);

describe('quantitative scores', () => {
  test('never below 0, never above the 分值', () => {
    fc.assert(
      fc.property(profile, nature, amount, amount, weight, (p, n, A, B, w) => {
        const s = quantitativeScore(n, A, B, w, p);
        return s.greaterThanOrEqualTo(0) && s.lessThanOrEqualTo(w);
      }),
    );
  });

  test('正向 is monotone in 完成值 up to the target (no over-target deduction below A)', () => {
    fc.assert(
      fc.property(profile, positiveAmount, amount, amount, weight, (p, A, b1, b2, w) => {
        const [lo, hi] = b1.lessThanOrEqualTo(b2) ? [b1, b2] : [b2, b1];
        if (hi.greaterThan(A)) return true;
        return quantitativeScore('positive', A, lo, w, p).lessThanOrEqualTo(quantitativeScore('positive', A, hi, w, p));
      }),
    );
  });

  test('反向 is monotone decreasing in 完成值', () => {
    fc.assert(
      fc.property(profile, positiveAmount, amount, amount, weight, (p, A, b1, b2, w) => {
        const [lo, hi] = b1.lessThanOrEqualTo(b2) ? [b1, b2] : [b2, b1];
        return quantitativeScore('reverse', A, lo, w, p).greaterThanOrEqualTo(quantitativeScore('reverse', A, hi, w, p));
      }),
    );
  });

  test('reaching the target scores full marks unless the Beijing deduction applies', () => {
    fc.assert(
      fc.property(profile, positiveAmount, weight, fc.integer({ min: 0, max: 99 }), (p, A, w, extra) => {
        const B = A.times(1 + extra / 100);
        return quantitativeScore('positive', A, B, w, p).equals(w);
      }),
    );
  });

  test('the Beijing deduction takes 10% / 20% / 30% of w at 200% / 300% / 500% over target', () => {
    const bj = PROFILES.find((p) => p.name === '北京')!;
    fc.assert(
      fc.property(positiveAmount, weight, fc.integer({ min: 100, max: 1000 }), (A, w, pct) => {
        const B = A.times(1 + pct / 100);
        const r = B.minus(A).div(A);
        const share = r.greaterThanOrEqualTo(5) ? 0.3 : r.greaterThanOrEqualTo(3) ? 0.2 : r.greaterThanOrEqualTo(2) ? 0.1 : 0;
        return quantitativeScore('positive', A, B, w, bj).equals(w.times(1 - share));
      }),
    );
  });
});

describe('执行率得分', () => {
  test('between 0 and the 分值, monotone in 执行率', () => {
    fc.assert(
      fc.property(profile, fc.integer({ min: 0, max: 20000 }), fc.integer({ min: 0, max: 20000 }), weight, (p, r1, r2, w) => {
        const [lo, hi] = r1 <= r2 ? [r1 / 100, r2 / 100] : [r2 / 100, r1 / 100];
        const a = execScore(lo, w, p);
        const b = execScore(hi, w, p);
        return a.greaterThanOrEqualTo(0) && b.lessThanOrEqualTo(w) && a.lessThanOrEqualTo(b);
      }),
    );
  });
  test('100% scores exactly the 分值', () => {
    fc.assert(fc.property(profile, fc.integer({ min: 1, max: 100 }), (p, w) => execScore(100, w, p).equals(w)));
  });
});

describe('qualitative bands', () => {
  test('the three bands cover [0, w] without overlap', () => {
    const p = PROFILES[0];
    fc.assert(
      fc.property(weight, fc.integer({ min: 0, max: 1000 }), (w, k) => {
        const s = w.times(k).div(1000);
        const hits = (['达成', '部分达成', '未达成'] as const).filter((l) => inBand(s, qualitativeBand(l, w, p)));
        return hits.length === 1;
      }),
    );
  });
  test('0.8w belongs to 达成, 0.6w to 部分达成', () => {
    const p = PROFILES[0];
    fc.assert(
      fc.property(weight, (w) => inBand(w.times(0.8), qualitativeBand('达成', w, p)) && inBand(w.times(0.6), qualitativeBand('部分达成', w, p))),
    );
  });
});

describe('grades and printed steps', () => {
  test('grades follow the bands and are monotone in the total', () => {
    const bands = PROFILES[0].grades.value;
    const order = ['差', '中', '良', '优'];
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10000 }), fc.integer({ min: 0, max: 10000 }), (a, b) => {
        const [lo, hi] = a <= b ? [a / 100, b / 100] : [b / 100, a / 100];
        return order.indexOf(gradeOf(lo, bands)) <= order.indexOf(gradeOf(hi, bands));
      }),
    );
    expect([gradeOf(90, bands), gradeOf(89.99, bands), gradeOf(80, bands), gradeOf(60, bands), gradeOf(59.5, bands)]).toEqual(['优', '良', '良', '中', '差']);
  });
  test('step deductions: within [0, w], ceil never above floor, monotone decreasing in the rate', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 20000 }), fc.integer({ min: 0, max: 20000 }), weight, (r1, r2, w) => {
        const [lo, hi] = r1 <= r2 ? [r1 / 100, r2 / 100] : [r2 / 100, r1 / 100];
        const ceil = { size: 5, deduct: 0.5, rounding: 'ceil' as const };
        const floor = { ...ceil, rounding: 'floor' as const };
        const a = stepScore(lo, w, ceil);
        const b = stepScore(hi, w, ceil);
        return a.lessThanOrEqualTo(w) && b.greaterThanOrEqualTo(0) && b.lessThanOrEqualTo(a) && a.lessThanOrEqualTo(stepScore(lo, w, floor));
      }),
    );
    // Seed 002: 40% → 5 − 8 × 0.5 = 1 either way; 0.1% costs a step only with ceil.
    expect(stepScore(40, 5, { size: 5, deduct: 0.5, rounding: 'ceil' }).toNumber()).toBe(1);
    expect(stepScore(40, 5, { size: 5, deduct: 0.5, rounding: 'floor' }).toNumber()).toBe(1);
    expect(stepScore(0.1, 5, { size: 5, deduct: 0.5, rounding: 'ceil' }).toNumber()).toBe(4.5);
    expect(stepScore(0.1, 5, { size: 5, deduct: 0.5, rounding: 'floor' }).toNumber()).toBe(5);
  });
});
