/**
 * Liaoning 部门整体 rows that print their own scoring rule: “差异率=0，得满分；差异率（绝对值）>0时，
 * 每增加5%（含）扣减0.5分，减至0分为止”. The rate is the row's 完成值 in percent points.
 */
import Decimal from 'decimal.js';
import type { Finding } from '../../findings/finding';
import { stepScore } from '../compute';
import { indicatorName, scoreFinding, formLabel, related } from '../finding';
import { hasNum, show, shownText } from '../num';
import { quantityOf } from '../quantity';
import type { DeptForm, Indicator } from '../types';
import type { ScoreContext } from './types';
import type { Profile } from '../profiles';
import { INVISIBLE } from '../../numbers/normalize';

export interface PrintedStep {
  size: number;
  deduct: number;
  /** 'abs': any non-zero rate costs (差异率=0 得满分); 'positive': only a rate above 0 costs. */
  sign: 'abs' | 'positive';
}

export function printedStep(text: string): PrintedStep | undefined {
  const t = text.replace(INVISIBLE, '');
  const m = /每增加(\d+(?:\.\d+)?)%(?:\(含\)|（含）)?扣减?(\d+(?:\.\d+)?)分/.exec(t);
  if (!m) return undefined;
  const sign = /(≤|<=)0[，,]?得满分/.test(t) ? 'positive' : 'abs';
  return { size: Number(m[1]), deduct: Number(m[2]), sign };
}

export function checkPrintedSteps(ctx: ScoreContext, ruleId: string, matches: (i: Indicator) => boolean): Finding[] {
  const out: Finding[] = [];
  for (const d of ctx.depts) for (const i of d.indicators) if (matches(i)) out.push(...checkRow(ctx, ruleId, d, i));
  return out;
}

export interface StepExpectation {
  step: PrintedStep;
  setting: Profile['step']['value'] & { size: number; deduct: number };
  expected: Decimal;
  /** The printed score fits the other reading of “（含）” (floor for ceil): a warning, not a correction. */
  otherFits: boolean;
}

/** What a row's printed rule gives, when the row prints one and its score is off it. */
export function stepExpectation(i: Indicator, profile: Profile): StepExpectation | undefined {
  const step = printedStep(i.target?.text ?? '');
  const rate = quantityOf(i.actual);
  if (!step || !rate || !hasNum(i.score) || !hasNum(i.weight)) return undefined;
  const r = step.sign === 'abs' ? rate.value.abs() : Decimal.max(rate.value, 0);
  const setting = { ...profile.step.value, size: step.size, deduct: step.deduct };
  const expected = stepScore(r, i.weight.num.value, setting);
  if (i.score.num.value.equals(expected)) return undefined;
  const other = stepScore(r, i.weight.num.value, { ...setting, rounding: setting.rounding === 'ceil' ? 'floor' : 'ceil' });
  return { step, setting, expected, otherFits: i.score.num.value.equals(other) };
}

function checkRow(ctx: ScoreContext, ruleId: string, d: DeptForm, i: Indicator): Finding[] {
  const e = stepExpectation(i, ctx.profile);
  if (!e || !hasNum(i.score)) return [];
  const { step, setting, expected, otherFits } = e;
  const name = indicatorName(i);
  return [
    scoreFinding({
      rule: ruleId,
      severity: otherFits ? 'warning' : 'error',
      at: i.score.ref,
      message: `${formLabel(d)}：“${name}”为 ${shownText(i.actual!)}，按表内规则（每 ${step.size}% 扣 ${step.deduct} 分，${setting.rounding === 'ceil' ? '不足一档按一档' : '满一档才扣'}）应得 ${show(expected)} 分，表中为 ${i.score.num.text}${otherFits ? `（与${setting.rounding === 'ceil' ? '满一档才扣' : '不足一档按一档'}的读法一致，请确认口径）` : ''}`,
      expected: show(expected),
      actual: i.score.num.text,
      difference: show(i.score.num.value.minus(expected)),
      related: [...related(i.actual?.ref, '完成值'), ...related(i.target?.ref, '评分规则')],
      fix: { value: expected.toNumber() },
    }),
  ];
}
