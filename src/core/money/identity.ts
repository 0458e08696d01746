import Decimal from 'decimal.js';
import { type Amount, halfWidth, lastDigit, sum } from './amount';

/**
 * How an identity  Σ left = Σ right  stands once printed amounts are read as rounding intervals.
 * - exact:    the printed values agree.
 * - rounding: they differ, but values inside the intervals satisfy it (at most an info).
 * - tail:     no values satisfy it, and the gap is one unit of the last decimal (尾数差异, warning).
 * - mismatch: anything larger (error).
 */
export type IdentityStatus = 'exact' | 'rounding' | 'tail' | 'mismatch';

export interface IdentityResult {
  status: IdentityStatus;
  left: Decimal;
  right: Decimal;
  /** left − right as printed. */
  difference: Decimal;
  /** Sum of half-widths: how far rounding can move the difference (exclusive bound). */
  slack: Decimal;
  /** One unit in the last printed decimal among the terms. */
  unit: Decimal;
}

/** The identity holds as printed: exactly, or within what rounding of the terms explains. */
export function holds(r: Pick<IdentityResult, 'status'>): boolean {
  return r.status === 'exact' || r.status === 'rounding';
}

function maxDecimals(amounts: Amount[]): number | undefined {
  let d: number | undefined;
  for (const a of amounts) if (a.decimals !== undefined) d = d === undefined ? a.decimals : Math.max(d, a.decimals);
  return d;
}

export function compareSums(left: Amount[], right: Amount[]): IdentityResult {
  const l = sum(left);
  const r = sum(right);
  const difference = l.minus(r);
  const all = [...left, ...right];
  const slack = all.reduce((acc, a) => acc.plus(halfWidth(a)), new Decimal(0));
  const decimals = maxDecimals(all) ?? 2;
  const unit = lastDigit(decimals).unit;
  const gap = difference.abs();
  let status: IdentityStatus;
  if (gap.isZero()) status = 'exact';
  // Half-open intervals [v − h, v + h): the difference of sums lies strictly inside ±slack.
  else if (gap.lessThan(slack)) status = 'rounding';
  else if (gap.lessThanOrEqualTo(unit)) status = 'tail';
  else status = 'mismatch';
  return { status, left: l, right: r, difference, slack, unit };
}

/** total = Σ parts */
export function compareTotal(total: Amount, parts: Amount[]): IdentityResult {
  return compareSums([total], parts);
}

/**
 * left ≤ right, read through rounding: fails only when the smallest value left can stand for
 * is above the largest right can stand for. 'tail' when the excess is one unit of the last decimal.
 */
export function compareAtMost(left: Amount[], right: Amount[]): IdentityResult {
  const res = compareSums(left, right);
  if (res.difference.lessThanOrEqualTo(0)) return { ...res, status: 'exact' };
  return res;
}
