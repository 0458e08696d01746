import Decimal from 'decimal.js';
import fc from 'fast-check';
import { formatAmount, formatSigned, printed, exact } from '../../src/core/money/amount';
import { compareSums, compareAtMost } from '../../src/core/money/identity';
import { formatMicro, formatSignedMicro, microStatus, microUnit } from '../../src/core/money/micro';
import { sheetFromValues } from '../../src/core/model/workbook';
import { CheckContext } from '../../src/core/rules/context';
import { judgeInDecimal, judgeInMicro, type SumSpec } from '../../src/core/rules/sum-check';

const micro = fc.integer({ min: -999_999_999_999_999, max: 999_999_999_999_999 });
const asDecimal = (m: number) => new Decimal(m).div(1_000_000);

describe('integer millionths give the Decimal path’s answers', () => {
  it('formatMicro = formatAmount and formatSignedMicro = formatSigned, for any value and decimals 0–6', () => {
    fc.assert(
      fc.property(micro, fc.integer({ min: 0, max: 6 }), (m, d) => {
        expect(formatMicro(m, d)).toBe(formatAmount(asDecimal(m), d));
        expect(formatSignedMicro(m, d)).toBe(formatSigned(asDecimal(m), d));
      }),
      { numRuns: 3000 },
    );
  });

  it.each([
    [1095720000, 2, '1,095.72'],
    [-10000, 2, '-0.01'],
    [0, 2, '0.00'],
    [375000, 2, '0.375'],
    [999999999999999, 0, '999,999,999.999999'],
  ])('formatMicro(%d, %d) = %s', (m, d, text) => expect(formatMicro(m, d)).toBe(text));

  it('microStatus = compareSums / compareAtMost on printed 2-decimal amounts', () => {
    const cents = fc.integer({ min: -100_000, max: 100_000 });
    fc.assert(
      fc.property(cents, fc.array(fc.tuple(cents, fc.boolean()), { minLength: 1, maxLength: 6 }), fc.boolean(), (t, parts, le) => {
        // A part printed as empty is exact 0: no rounding interval.
        const target = printed(new Decimal(t).div(100), 2);
        const amounts = parts.map(([c, blank]) => (blank ? exact(0) : printed(new Decimal(c).div(100), 2)));
        const reference = le ? compareAtMost([target], amounts) : compareSums([target], amounts);
        const difference = (t - parts.reduce((s, [c, blank]) => s + (blank ? 0 : c), 0)) * 10_000;
        const slack = (1 + parts.filter(([, blank]) => !blank).length) * 5_000;
        expect(microStatus(difference, slack, microUnit(2), le ? 'le' : 'eq')).toBe(reference.status);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('checkSum words a finding the same in integers as in Decimal', () => {
  // Cells as officers type them: numbers, text with 0–4 decimals, dashes, blanks, unreadable text.
  const cellValue = fc.oneof(
    fc.integer({ min: -10_000_000, max: 10_000_000 }).map((c) => c / 100),
    fc.tuple(fc.integer({ min: -99_999_999, max: 99_999_999 }), fc.integer({ min: 0, max: 4 })).map(([n, d]) => (n / 10 ** d).toFixed(d)),
    fc.constantFrom('—', '', '7.99O', '1,095.72', '(1.00)'),
  );
  it('for any target and parts', () => {
    fc.assert(
      fc.property(fc.array(cellValue, { minLength: 2, maxLength: 7 }), fc.array(fc.boolean(), { minLength: 7, maxLength: 7 }), fc.boolean(), (values, minus, le) => {
        const sheet = sheetFromValues('S', [values]);
        const ctx = new CheckContext({ sheets: [sheet] }, []);
        const ref = (col: number) => ({ sheet: 'S', row: 0, col });
        const spec: SumSpec = {
          rule: { id: 'T' },
          table: '公开01表',
          target: { ref: ref(0), label: 'a' },
          parts: values.slice(1).map((_, i) => ({ ref: ref(i + 1), label: `p${i}`, sign: minus[i] ? -1 : 1 })),
          relation: le ? 'le' : 'eq',
        };
        const integer = judgeInMicro(ctx, spec);
        expect(integer).not.toBeNull();
        expect(integer).toEqual(judgeInDecimal(ctx, spec));
      }),
      { numRuns: 2000 },
    );
  });
});
