import Decimal from 'decimal.js';
import { CheckContext } from '../../src/core/rules/context';
import { sheetFromValues } from '../../src/core/model/workbook';
import { formatAmount, formatSigned } from '../../src/core/money/amount';

/** A context over one column of printed amounts (no tables: printedBalance reads cells only). */
function column(values: (string | number)[]) {
  const sheet = sheetFromValues('表', values.map((v) => [v]));
  const ctx = new CheckContext({ sheets: [sheet] }, []);
  const ref = (row: number) => ({ sheet: '表', row, col: 0 });
  return { ctx, ref };
}

describe('printedBalance: integer millionths only while exact', () => {
  it('sums nine amounts just under 10⁹ exactly (partial sums stay below 2⁵³)', () => {
    const { ctx, ref } = column(Array(9).fill('999,999,999.999999'));
    const terms = Array.from({ length: 9 }, (_, i) => ({ ref: ref(i), sign: 1 as const }));
    expect(ctx.printedBalance(terms)).toBe(8_999_999_999_999_991);
  });

  it('gives up (null: Decimal decides) once a partial sum passes 2⁵³ − 1', () => {
    const { ctx, ref } = column(Array(10).fill('999,999,999.999999'));
    const terms = Array.from({ length: 10 }, (_, i) => ({ ref: ref(i), sign: 1 as const }));
    expect(ctx.printedBalance(terms)).toBeNull();
    expect(ctx.printedBalance(terms.map((t) => ({ ...t, sign: -1 as const })))).toBeNull();
  });

  it('leaves amounts with more than six decimals or a written unit to Decimal', () => {
    const { ctx, ref } = column(['1.0000001', '3.5万', '2.50']);
    expect(ctx.printedBalance([{ ref: ref(0), sign: 1 }])).toBeNull();
    expect(ctx.printedBalance([{ ref: ref(1), sign: 1 }])).toBeNull();
    expect(ctx.printedBalance([{ ref: ref(2), sign: 1 }, { ref: ref(2), sign: -1 }])).toBe(0);
  });
});

describe('formatAmount edge cases (fast path keeps the old text)', () => {
  it.each([
    [new Decimal('-0.001'), 2, '-0.001'],
    [new Decimal('-0.0000001'), 2, '-0.000000'],
    [new Decimal('0.0000005'), 2, '0.000001'],
    [new Decimal('-0.0000005'), 2, '-0.000001'],
    [new Decimal('-0'), 2, '0.00'],
    ['0', 0, '0'],
    [1234567.891, 2, '1,234,567.891'],
    [new Decimal('-1234.5'), 2, '-1,234.50'],
    [new Decimal('-999'), 2, '-999.00'],
    [new Decimal('1000'), 0, '1,000'],
  ] as [Decimal.Value, number, string][])('%s at %i decimals → %s', (value, decimals, text) => {
    expect(formatAmount(value, decimals)).toBe(text);
  });

  it('signs differences', () => {
    expect(formatSigned(new Decimal('0.01'))).toBe('+0.01');
    expect(formatSigned(new Decimal('-0.01'))).toBe('-0.01');
    expect(formatSigned(new Decimal('0'))).toBe('0.00');
  });
});
