import Decimal from 'decimal.js';
import type { Finding } from '../../findings/finding';
import { type Nature, quantitativeScore } from '../compute';
import { indicatorName, scoreFinding, formLabel, related } from '../finding';
import { half, hasNum, show, shownText } from '../num';
import { natureOf, quantityOf } from '../quantity';
import type { Indicator, ScoreForm } from '../types';
import type { ScoreContext, ScoreRule } from './types';
import { sharesScore } from '../shared';
import { checkIndicators } from './each-indicator';
import { INVISIBLE, toHalfWidth } from '../../numbers/normalize';

/** Scores are compared to two decimals at least. */
const HALF_CENT = new Decimal(0.005);

const NATURE_WORDS: Record<Nature, string> = { positive: '正向', reverse: '反向', equal: '等于' };

/** A row scored by a rule printed in the form (Liaoning 差异率, 应缴财政款) is left to those rules. */
export function hasPrintedRule(i: Indicator): boolean {
  return /(得满分|扣减|扣\d|得0分)/.test(i.target?.text ?? '');
}

/** Target and actual as comparable numbers, or undefined when the row is not quantitative. */
export function quantitative(i: Indicator): { nature: Nature; A: Decimal; B: Decimal; completion: boolean } | undefined {
  const target = quantityOf(i.target);
  const actual = quantityOf(i.actual);
  if (!target || !actual || actual.nature) return undefined;
  const nature = natureOf(i.nature?.text ?? '') ?? target.nature;
  if (!nature) return undefined;
  const unit = (i.unit?.text ?? '').replace(INVISIBLE, '') || target.unit;
  // 完成值 printed as a completion percentage against a count target (Yunnan: 30 人 → 100.00%).
  if (actual.percent && unit !== '%' && !target.percent && unit !== '') {
    return { nature: 'positive', A: new Decimal(100), B: actual.value, completion: true };
  }
  if (actual.unit && unit && actual.unit !== unit && !(actual.percent && unit === '%')) return undefined;
  return { nature, A: target.value, B: actual.value, completion: false };
}

function checkRow(ctx: ScoreContext, form: ScoreForm, i: Indicator): Finding | null {
  if (!hasNum(i.score) || !hasNum(i.weight) || hasPrintedRule(i) || sharesScore(i)) return null;
  if (i.score.num.value.greaterThan(i.weight.num.value)) return null; // S-CAP
  const q = quantitative(i);
  if (!q) return null;
  const expected = quantitativeScore(q.nature, q.A, q.B, i.weight.num.value, ctx.profile).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
  const tolerance = Decimal.max(half(i.score.num), HALF_CENT);
  if (i.score.num.value.minus(expected).abs().lessThanOrEqualTo(tolerance)) return null;
  const name = indicatorName(i);
  const how = q.completion
    ? `完成程度 ${show(q.B)}%`
    : `${NATURE_WORDS[q.nature]}指标，指标值 ${toHalfWidth(i.target!.text)}、实际完成值 ${toHalfWidth(shownText(i.actual!))}`;
  return scoreFinding({
    rule: QUANTITATIVE.id,
    severity: 'warning',
    at: i.score.ref,
    message: `${formLabel(form)}：指标“${name}”（${how}）按${ctx.profile.label}应得 ${show(expected)} 分，表中为 ${i.score.num.text}`,
    expected: show(expected),
    actual: i.score.num.text,
    difference: show(i.score.num.value.minus(expected)),
    related: [...related(i.target?.ref, '指标值'), ...related(i.actual?.ref, '实际完成值'), ...related(i.weight.ref, '分值')],
    fix: { value: expected.toNumber() },
  });
}

export const QUANTITATIVE: ScoreRule = {
  id: 'S-QUANT',
  title: '定量指标得分',
  description:
    '指标值与实际完成值都是数值的定量指标，按所选规则重算得分：正向 B/A × 分值（达到即满分，北京对目标设定偏低扣 10%/20%/30%）；反向按龙图或北京 A/B；等于 A=0 时不超过即满分。与表中得分不同则提示。',
  source: '[CODE C4 selfpositiveindex/selfreverseindex/selfequalindex]；北京填报注意事项第 2 条 [SEED-0]',
  inferred: true,
  check(ctx: ScoreContext): Finding[] {
    return checkIndicators(ctx, (form, i) => checkRow(ctx, form, i));
  },
};
