import { compareAtMost, compareSums, compareTotal } from '../../src/core/money/identity';
import { exact, printed } from '../../src/core/money/amount';

const p = (v: string) => printed(v, 2);

describe('rounding-interval identities (REFERENCE §2.0)', () => {
  it('exact agreement', () => {
    expect(compareTotal(p('1095.72'), [p('644.25'), p('451.47')]).status).toBe('exact');
  });

  it('a 款 of 0.38 whose only 项 is 0.37 is a 尾数差异 (rounding cannot explain it)', () => {
    const r = compareTotal(p('0.38'), [p('0.37')]);
    expect(r.status).toBe('tail');
    expect(r.difference.toFixed(2)).toBe('0.01');
  });

  it('the same quantity printed 43.31 and 43.32 (other terms empty = exact 0) is a 尾数差异', () => {
    expect(compareTotal(p('43.31'), [p('43.32'), exact(0)]).status).toBe('tail');
  });

  it('a total against four separately rounded parts off by 0.01 is explained by rounding', () => {
    expect(compareTotal(p('644.25'), [p('434.06'), p('125.08'), p('43.32'), p('41.80')]).status).toBe('rounding');
  });

  it('a two-term 0.01 gap is not explained: only one side of each term can move 0.005', () => {
    expect(compareTotal(p('1.00'), [p('0.50'), p('0.49')]).status).toBe('rounding');
    expect(compareSums([p('1.00')], [p('0.99')]).status).toBe('tail');
  });

  it('anything larger than one unit is a mismatch', () => {
    const r = compareTotal(p('242.11'), [p('233.32'), p('7.89')]);
    expect(r.status).toBe('mismatch');
    expect(r.difference.toFixed(2)).toBe('0.90');
  });

  it('scales with decimals: 6-decimal amounts get 6-decimal tolerance', () => {
    expect(compareTotal(printed('1851.953729', 6), [printed('1851.953728', 6)]).status).toBe('tail');
    // 1851.95 printed with 2 decimals can stand for 1851.953729; 1851.96 cannot.
    expect(compareTotal(printed('1851.953729', 6), [printed('1851.95', 2)]).status).toBe('rounding');
    expect(compareTotal(printed('1851.953729', 6), [printed('1851.96', 2)]).status).toBe('mismatch');
  });

  it('≤ holds through rounding and fails beyond it', () => {
    expect(compareAtMost([p('1.47')], [p('1.47')]).status).toBe('exact');
    expect(compareAtMost([p('1.00')], [p('2.00')]).status).toBe('exact');
    expect(compareAtMost([p('1.48')], [p('1.47')]).status).toBe('tail');
    expect(compareAtMost([p('3.00')], [p('1.47')]).status).toBe('mismatch');
  });
});
