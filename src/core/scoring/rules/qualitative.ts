import type { Finding } from '../../findings/finding';
import { inBand, qualitativeBand, qualitativeLevel } from '../compute';
import { indicatorName, scoreFinding, formLabel, related } from '../finding';
import { hasNum, show } from '../num';
import type { Indicator, ScoreForm } from '../types';
import { hasPrintedRule, quantitative } from './quantitative';
import type { ScoreContext, ScoreRule } from './types';
import { sharesScore } from '../shared';
import { checkIndicators } from './each-indicator';
import { printedName } from '../../tables/labels';

/** The stated completion: Liaoning 完成程度, or the words of a 定性 row's 完成值 (Sichuan 好/一般/差). */
function statedCompletion(i: Indicator): string | undefined {
  if (i.degree?.text) return i.degree.text;
  // '定 性': spaces typed to fill the cell are not part of the word.
  if (/定\s*性/.test(i.nature?.text ?? '') && i.actual?.text) return i.actual.text;
  return undefined;
}

function checkRow(ctx: ScoreContext, form: ScoreForm, i: Indicator): Finding | null {
  if (!hasNum(i.score) || !hasNum(i.weight) || hasPrintedRule(i) || quantitative(i) || sharesScore(i)) return null;
  if (i.score.num.value.greaterThan(i.weight.num.value)) return null; // S-CAP
  const words = statedCompletion(i);
  const level = words ? qualitativeLevel(words, ctx.profile) : undefined;
  if (!words || !level) return null;
  const band = qualitativeBand(level, i.weight.num.value, ctx.profile);
  if (inBand(i.score.num.value, band)) return null;
  const range = `${show(band.lo)}–${show(band.hi)}${band.hiInclusive ? '' : '（不含）'}`;
  return scoreFinding({
    rule: QUALITATIVE.id,
    severity: 'warning',
    at: i.score.ref,
    message: `${formLabel(form)}：指标“${indicatorName(i)}”完成情况为“${printedName(words)}”（${level}），得分应在 ${range} 之间，表中为 ${i.score.num.text}`,
    expected: range,
    actual: i.score.num.text,
    related: [...related((i.degree ?? i.actual)?.ref, '完成情况'), ...related(i.weight.ref, '分值')],
  });
}

export const QUALITATIVE: ScoreRule = {
  id: 'S-QUAL',
  title: '定性指标得分区间',
  description: '表中写明完成情况的定性指标，得分须落在相应档次：达成 [0.8w, w]，部分达成 [0.6w, 0.8w)，未达成 [0, 0.6w)。',
  source: '[CODE C4 selfqualscorecheck]；通行表述 [UNVERIFIED]',
  inferred: true,
  check(ctx: ScoreContext): Finding[] {
    return checkIndicators(ctx, (form, i) => checkRow(ctx, form, i));
  },
};
