/**
 * The scoring formulas, pure and on Decimal, so fast-check can probe them
 * (monotone in 完成值, never above 分值, bands respected).
 */
import Decimal from 'decimal.js';
import type { GradeBand, Profile, StepRounding } from './profiles';
import { INVISIBLE } from '../numbers/normalize';

export type Nature = 'positive' | 'reverse' | 'equal';

const D = (v: Decimal.Value) => new Decimal(v);

function clamp(v: Decimal, w: Decimal): Decimal {
  return Decimal.min(Decimal.max(v, 0), w);
}

/** 执行率得分 from 执行率 in percent points. */
export function execScore(ratePct: Decimal.Value, weight: Decimal.Value, profile: Pick<Profile, 'execScore' | 'execCap'>): Decimal {
  const w = D(weight);
  const raw = D(ratePct).div(100).times(w);
  const capped = profile.execCap.value ? Decimal.min(raw, w) : raw;
  const v = Decimal.max(capped, 0);
  return profile.execScore.value === 'floor' ? v.floor() : v;
}

/** Quantitative indicator score: target A, actual B, weight w. */
export function quantitativeScore(
  nature: Nature,
  target: Decimal.Value,
  actual: Decimal.Value,
  weight: Decimal.Value,
  profile: Pick<Profile, 'reverse' | 'overTarget'>,
): Decimal {
  const A = D(target);
  const B = D(actual);
  const w = D(weight);
  if (nature === 'equal') {
    if (A.isZero()) return B.lessThanOrEqualTo(0) ? w : D(0);
    return quantitativeScore('positive', A, B, w, profile);
  }
  if (nature === 'positive') {
    if (A.lessThanOrEqualTo(0)) return B.greaterThanOrEqualTo(A) ? w : D(0);
    if (B.lessThan(A)) return clamp(B.div(A).times(w), w);
    return clamp(w.minus(overTargetDeduction(A, B, w, profile)), w);
  }
  // reverse: lower is better
  if (B.lessThanOrEqualTo(A)) return w;
  if (profile.reverse.value === 'inverse-ratio') return B.isZero() ? w : clamp(A.div(B).times(w), w);
  if (A.lessThanOrEqualTo(0)) return D(0);
  if (B.greaterThanOrEqualTo(A.times(2))) return D(0);
  return clamp(D(1).minus(B.minus(A).div(A)).times(w), w);
}

/** Beijing: a target set too low loses a share of w once (B − A)/A reaches 200%, 300%, 500%. */
export function overTargetDeduction(A: Decimal, B: Decimal, w: Decimal, profile: Pick<Profile, 'overTarget'>): Decimal {
  if (A.lessThanOrEqualTo(0) || B.lessThanOrEqualTo(A)) return D(0);
  const r = B.minus(A).div(A);
  let share = D(0);
  for (const step of profile.overTarget.value) if (r.greaterThanOrEqualTo(step.from)) share = D(step.deduct);
  return share.times(w);
}

export type QualLevel = '达成' | '部分达成' | '未达成';

/** The qualitative level a stated completion names, or undefined when the words are not known. */
export function qualitativeLevel(words: string, profile: Pick<Profile, 'qualitative'>): QualLevel | undefined {
  const t = words.replace(INVISIBLE, '');
  if (!t) return undefined;
  // Longest word first: '部分完成' must not match '完成'.
  const all = profile.qualitative.value.flatMap((b) => b.words.map((w) => ({ w, level: b.level })));
  all.sort((a, b) => b.w.length - a.w.length);
  const hit = all.find((x) => t === x.w || (x.w.length >= 2 && t.startsWith(x.w)));
  return hit?.level;
}

/** Score interval of a qualitative level: [lo, hi] with hi exclusive except for 达成. */
export function qualitativeBand(level: QualLevel, weight: Decimal.Value, profile: Pick<Profile, 'qualitative'>): { lo: Decimal; hi: Decimal; hiInclusive: boolean } {
  const b = profile.qualitative.value.find((x) => x.level === level)!;
  const w = D(weight);
  return { lo: w.times(b.min), hi: w.times(b.max), hiInclusive: b.max >= 1 };
}

export function inBand(score: Decimal.Value, band: { lo: Decimal; hi: Decimal; hiInclusive: boolean }): boolean {
  const s = D(score);
  return s.greaterThanOrEqualTo(band.lo) && (band.hiInclusive ? s.lessThanOrEqualTo(band.hi) : s.lessThan(band.hi));
}

export function gradeOf(total: Decimal.Value, bands: GradeBand[]): string {
  const t = D(total);
  const sorted = [...bands].sort((a, b) => b.min - a.min);
  return (sorted.find((b) => t.greaterThanOrEqualTo(b.min)) ?? sorted[sorted.length - 1]).grade;
}

/**
 * Liaoning printed rule: each started (ceil) or full (floor) step of `size` % costs `deduct`,
 * down to 0. `rate` in percent points; the caller passes |d| or max(d, 0) as the rule says.
 */
export function stepScore(rate: Decimal.Value, weight: Decimal.Value, step: { size: number; deduct: number; rounding: StepRounding }): Decimal {
  const r = Decimal.max(D(rate), 0);
  const q = r.div(step.size);
  const steps = step.rounding === 'ceil' ? q.ceil() : q.floor();
  return Decimal.max(D(weight).minus(steps.times(step.deduct)), 0);
}
