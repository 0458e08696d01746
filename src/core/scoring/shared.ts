/** Scores entered once for several indicators (a 得分 cell merged over their rows). */
import Decimal from 'decimal.js';
import { show } from './num';
import type { FormCell, Indicator } from './types';

/** Whether the indicator's score is shared with others: no per-indicator recomputation applies to it. */
export const sharesScore = (i: Indicator) => !!i.scoreShared?.length || i.scoredWith !== undefined;

/**
 * The 分值 an indicator's score is held to: its own, or for a shared score the 分值 of every indicator it
 * scores (a 分值 merged the same way is read once, on the first row).
 */
export function scoreWeight(i: Indicator): FormCell | undefined {
  if (!i.scoreShared?.length) return i.weight;
  const cells = [i, ...i.scoreShared].map((x) => x.weight).filter((c): c is FormCell & { num: NonNullable<FormCell['num']> } => !!c?.num);
  if (!cells.length) return i.weight;
  const value = cells.reduce((s, c) => s.plus(c.num.value), new Decimal(0));
  const text = cells.length > 1 ? show(value) : cells[0].num.text;
  const ref = cells[0].ref;
  return { ref, text, num: { value, decimals: Math.max(...cells.map((c) => c.num.decimals)), percent: false, ref, text } };
}
