import Decimal from 'decimal.js';
import type { CellRef } from '../model/workbook';

/**
 * A printed amount: the value shown and the half-width of the interval of true values that
 * round (half up) to it. An empty cell is exactly zero (half = 0).
 */
export interface Amount {
  value: Decimal;
  /** Decimals as printed; undefined for an exact value (empty cell, computed constant). */
  decimals?: number;
  cell?: CellRef;
}

export const ZERO = new Decimal(0);

export function exact(value: Decimal.Value, cell?: CellRef): Amount {
  return { value: new Decimal(value), cell };
}

export function printed(value: Decimal.Value, decimals: number, cell?: CellRef): Amount {
  return { value: new Decimal(value), decimals, cell };
}

const unitCache = new Map<number, { unit: Decimal; half: Decimal }>();

/** One unit in the last printed decimal (0.01 for 2 decimals) and its half; few distinct, memoised. */
export function lastDigit(decimals: number): { unit: Decimal; half: Decimal } {
  let hit = unitCache.get(decimals);
  if (!hit) {
    const unit = new Decimal(10).pow(-decimals);
    hit = { unit, half: unit.div(2) };
    unitCache.set(decimals, hit);
  }
  return hit;
}

/** Half of one unit in the last printed decimal: 0.005 for 2 decimals. */
export function halfWidth(a: Amount): Decimal {
  return a.decimals === undefined ? ZERO : lastDigit(a.decimals).half;
}

export function sum(amounts: Amount[]): Decimal {
  return amounts.reduce((acc, a) => acc.plus(a.value), new Decimal(0));
}

/** Format for messages: two decimals unless the amount was printed with more. */
export function formatAmount(v: Decimal.Value, decimals = 2): string {
  // Decimals are immutable: one of this constructor (same rounding settings) needs no copy.
  const d = v instanceof Decimal && v.constructor === Decimal ? v : new Decimal(v);
  const places = Math.max(decimals, Math.min(d.decimalPlaces(), 6));
  // toFixed writes '-' exactly when the value is negative and not zero, and rounds half away from
  // zero (ROUND_HALF_UP), so its digits are those of |d|.toFixed.
  const text = d.toFixed(places);
  const negative = text.charCodeAt(0) === 45;
  const body = negative ? text.slice(1) : text;
  const dot = body.indexOf('.');
  const int = dot < 0 ? body : body.slice(0, dot);
  const grouped = int.length > 3 ? int.replace(/\B(?=(\d{3})+(?!\d))/g, ',') : int;
  return `${negative ? '-' : ''}${grouped}${dot < 0 ? '' : body.slice(dot)}`;
}

export function formatSigned(v: Decimal.Value, decimals = 2): string {
  const d = new Decimal(v);
  return d.isPositive() && !d.isZero() ? `+${formatAmount(d, decimals)}` : formatAmount(d, decimals);
}
