import Decimal from 'decimal.js';
import type { RecognizedTable } from '../../tables/types';
import type { CheckContext } from '../context';
import type { Place } from './identity';

/** How far a wrong or missing 金额单位 scales every amount: 元/万元, 元/千元, 千元/万元. */
const FACTORS = [10_000, 1_000, 10];

/**
 * The factor k with larger = smaller × k at the printed cents (1,095.72 万元 printed as
 * 10,957,200.00), if any: a difference so explained is a 金额单位, not an amount, gone wrong.
 */
export function unitFactor(a: Decimal, b: Decimal): number | undefined {
  if (a.isZero() || b.isZero() || a.isNegative() !== b.isNegative()) return undefined;
  const [large, small] = a.abs().gt(b.abs()) ? [a.abs(), b.abs()] : [b.abs(), a.abs()];
  return FACTORS.find((k) => large.div(k).toDecimalPlaces(2).eq(small.toDecimalPlaces(2)));
}

/** Tables (or pairs) already told of, per check: the hint is given once. */
const told = new WeakMap<CheckContext, Set<string>>();

/**
 * What to add to a between-table finding whose difference is exactly a unit factor, the first
 * time for its tables: the table printing no 金额单位 (read as 万元) when one does, else both.
 */
export function unitHint(ctx: CheckContext, unitCtx: CheckContext, target: Place, parts: Place[]): string | undefined {
  let sum = new Decimal(0);
  for (const p of parts) sum = sum.plus(unitCtx.amount(p.ref).value.times(p.sign ?? 1));
  const k = unitFactor(unitCtx.amount(target.ref).value, sum);
  if (k === undefined) return undefined;
  const involved = [...new Set([target.table, ...parts.map((p) => p.table)])];
  const assumed = involved.filter((t) => t.unitAssumed);
  const suspects: RecognizedTable[] = assumed.length === 1 ? assumed : involved;
  const key = suspects.map((t) => `${t.sheet}!${t.range}`).join('|');
  let seen = told.get(ctx);
  if (!seen) told.set(ctx, (seen = new Set()));
  if (seen.has(key)) return undefined;
  seen.add(key);
  const times = k.toLocaleString('en-US');
  if (assumed.length === 1) return `两边恰好相差 ${times} 倍：${assumed[0].label}未注明金额单位（按“万元”读取），金额单位可能有误或漏注，请核对`;
  return `两边恰好相差 ${times} 倍：${suspects.map((t) => `${t.label}（${t.unit}）`).join('与')}的金额单位可能有一处有误，请核对`;
}
