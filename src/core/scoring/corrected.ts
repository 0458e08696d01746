/**
 * 得分 that an error-level rule recomputes (the Liaoning printed rules). 总分 and 等级 are judged on these
 * corrected parts, as on scores capped at their 分值 — else S-TOTAL asked for the total of the wrong score
 * and its fix wrote it.
 */
import type Decimal from 'decimal.js';
import type { Profile } from './profiles';
import type { Indicator } from './types';
import { isCashChangeRow } from './rules/cash-change';
import { isDiffRateRow } from './rules/diff-rate';
import { isPayableRow, payableExpectation } from './rules/payable';
import { stepExpectation } from './rules/printed-step';
import { scoreWeight } from './shared';

export function correctedScore(i: Indicator, profile: Profile): Decimal | undefined {
  if (isPayableRow(i)) return payableExpectation(i);
  if (!isDiffRateRow(i) && !isCashChangeRow(i)) return undefined;
  const e = stepExpectation(i, profile);
  // A score that fits the other reading of “（含）” is a warning: it stands.
  return e && !e.otherFits ? e.expected : undefined;
}

/** An indicator's 得分 as 总分 counts it: as its printed rule recomputes it, else capped at its 分值. */
export function countedScore(i: Indicator, profile: Profile): Decimal | undefined {
  const s = i.score?.num?.value;
  if (s === undefined) return undefined;
  const w = scoreWeight(i)?.num?.value;
  return correctedScore(i, profile) ?? (w !== undefined && s.greaterThan(w) ? w : s);
}

/** Σ of a department form's counted scores, undefined when none is filled. */
export function deptScoreSum(indicators: Indicator[], profile: Profile): Decimal | undefined {
  const counted = indicators.map((i) => countedScore(i, profile)).filter((v): v is Decimal => v !== undefined);
  return counted.length ? counted.reduce((a, b) => a.plus(b)) : undefined;
}
