import Decimal from 'decimal.js';
import { type Sheet, cellAt, mergedText } from '../model/workbook';
import { type ParsedNumber, parseCell, parseNumberText } from '../numbers/parse';
import { toHalfWidth } from '../numbers/normalize';
import { lastDigit } from '../money/amount';
import type { FormCell, Num } from './types';

/** '10分', '9.5 分': a score typed with its unit reads as the number. */
const WITH_POINTS = /^\s*([+-]?[\d.,]+)\s*分\s*$/;

function reading(sheet: Sheet, row: number, col: number): ParsedNumber {
  const p = parseCell(cellAt(sheet, row, col));
  if (p.kind !== 'text') return p;
  const m = WITH_POINTS.exec(p.text);
  return m ? parseNumberText(m[1]) : p;
}

/** A form cell read through merges; numbers keep their printed decimals. 3.5万 in a 万元 block stays 3.5. */
export function formCell(sheet: Sheet, row: number, col: number): FormCell {
  const ref = { sheet: sheet.name, row, col };
  const text = mergedText(sheet, row, col);
  const p = reading(sheet, row, col);
  if (p.kind !== 'number') return { ref, text };
  let value = p.value;
  let decimals = p.decimals;
  if (p.suffix === '元') {
    value = value.div(10000);
    decimals += 4;
  } else if (p.suffix === '亿') {
    value = value.times(10000);
    decimals = Math.max(0, decimals - 4);
  }
  // Messages quote the number as typed, but in ASCII digits: '３０' reads 30 beside the 29 recomputed.
  return { ref, text, num: { value, decimals, percent: p.percent, ref, text: toHalfWidth(text).trim() } };
}

/** A cell as the form shows it: a rate stored as 0.4 under a % format reads 40%, not 0.4. */
export function shownText(c: FormCell): string {
  return c.num?.percent && !/[%％]/.test(c.text) ? `${show(c.num.value, Math.max(c.num.decimals, 0))}%` : c.text;
}

export function hasNum(c: FormCell | undefined): c is FormCell & { num: Num } {
  return !!c?.num;
}

const ZERO = new Decimal(0);

/** Value of a cell, empty = 0 (the tables' policy). */
export function valueOr0(c: FormCell | undefined): Decimal {
  return c?.num?.value ?? ZERO;
}

/** Half of one unit in the last printed decimal (memoised per decimals: few distinct). */
export function half(n: Num): Decimal {
  return lastDigit(n.decimals).half;
}

/** Range [lo, hi] of the true values a printed number stands for. */
export function range(n: Num | undefined): [Decimal, Decimal] {
  if (!n) return [ZERO, ZERO];
  const h = half(n);
  return [n.value.minus(h), n.value.plus(h)];
}

/** Ratio a / b × 100 over the rounding intervals of both; undefined when b can be 0. */
export function ratioRange(a: Num | undefined, b: Num | undefined): [Decimal, Decimal] | undefined {
  const [alo, ahi] = range(a);
  const [blo, bhi] = range(b);
  if (blo.lessThanOrEqualTo(0)) return undefined;
  return [Decimal.max(alo, 0).div(bhi).times(100), ahi.div(blo).times(100)];
}

export type Judgement = 'exact' | 'rounding' | 'tail' | 'mismatch';

/**
 * How a printed value stands against the range of values a recomputation allows — the same
 * policy as money/identity: overlap = fine (info when only rounding reconciles them), a gap of
 * at most one unit of the printed last decimal = 尾数差异, anything larger = mismatch.
 */
export function judge(printed: Num, lo: Decimal, hi: Decimal): Judgement {
  const [plo, phi] = range(printed);
  if (printed.value.greaterThanOrEqualTo(lo) && printed.value.lessThanOrEqualTo(hi)) return 'exact';
  if (phi.greaterThan(lo) && plo.lessThan(hi)) return 'rounding';
  const gap = printed.value.lessThan(lo) ? lo.minus(printed.value) : printed.value.minus(hi);
  return gap.lessThanOrEqualTo(lastDigit(printed.decimals).unit) ? 'tail' : 'mismatch';
}

/**
 * Percent points of a printed rate: 99.06% → 99.06; a bare ratio ≤ 2 (0.9906) → 99.06, and a bare 1
 * (a ratio column in General format, =执行数/预算数) → 100: a rate of 1% would be printed with its %.
 */
export function percentPoints(n: Num): Num {
  if (n.percent) return n;
  if (n.value.abs().lessThanOrEqualTo(2) && (!n.value.isInteger() || n.value.equals(1))) {
    return { ...n, value: n.value.times(100), decimals: Math.max(0, n.decimals - 2), percent: true };
  }
  return n;
}

/** Short display of a decimal: at most `places` decimals, no trailing zeros. */
export function show(v: Decimal.Value, places = 2): string {
  return new Decimal(v).toDecimalPlaces(places, Decimal.ROUND_HALF_UP).toString();
}
