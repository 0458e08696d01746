/**
 * Cells a scored form must fill: the 得分 of every indicator that has a 分值, and the 总分. Every indicator
 * with a 分值 above 0 in the five seed provinces' forms carries a 得分, and a nil score is written 0 (seed 001,
 * 13 times): a blank is a missing entry, not a score of 0.
 */
import type Decimal from 'decimal.js';
import type { Finding } from '../../findings/finding';
import { deptScoreSum } from '../corrected';
import { indicatorName, scoreFinding, formLabel, related } from '../finding';
import { hasNum, show } from '../num';
import type { FormCell, Indicator, ScoreForm } from '../types';
import { scoresRead } from './columns';
import type { ScoreContext, ScoreRule } from './types';

const written = (c: FormCell | undefined) => !!c?.num || !!c?.text.trim();

function blankScore(form: ScoreForm, i: Indicator): Finding | null {
  // A score merged over several indicators is entered on the first row only.
  if (!i.score || written(i.score) || i.scoredWith !== undefined || !hasNum(i.weight) || !i.weight.num.value.greaterThan(0)) return null;
  return scoreFinding({
    rule: BLANK.id,
    severity: 'error',
    at: i.score.ref,
    message: `${formLabel(form)}：指标“${indicatorName(i)}”分值 ${i.weight.num.text}，得分未填（未得分应填 0 并说明偏差原因）`,
    expected: `0 – ${i.weight.num.text}`,
    related: related(i.weight.ref, '分值'),
  });
}

function blankTotal(form: ScoreForm, recomputed: Decimal): Finding | null {
  const t = form.totalScore;
  if (!t || written(t)) return null;
  return scoreFinding({
    rule: BLANK.id,
    severity: 'error',
    at: t.ref,
    message: `${formLabel(form)}：总分未填，按各项得分应为 ${show(recomputed, 3)}`,
    expected: show(recomputed, 3),
    fix: { value: recomputed.toNumber() },
    detail: 'total',
  });
}

const scoring = (form: ScoreForm) => form.indicators.some((i) => hasNum(i.score));

export const BLANK: ScoreRule = {
  id: 'S-BLANK',
  title: '得分、总分已填写',
  description:
    '已开始打分的表中，有分值（大于 0）的指标须填写得分（未得分填 0），并须填写总分；空着的得分不当作 0 分放过，空着的总分给出按各项得分重算的值。跨几个指标合并填写的得分只在第一行。',
  source: '表式 [SEED-0…SEED-4]：各省样表有分值的指标都填了得分，未得分写 0（种子 001）',
  check(ctx: ScoreContext): Finding[] {
    const out: (Finding | null)[] = [];
    // Only forms being scored: a template not yet filled in has every score blank.
    for (const p of ctx.projects.filter(scoresRead).filter(scoring)) {
      for (const i of p.indicators) out.push(blankScore(p, i));
      out.push(blankTotal(p, ctx.analysis(p).totalFinal));
    }
    for (const d of ctx.depts.filter(scoresRead).filter(scoring)) {
      for (const i of d.indicators) out.push(blankScore(d, i));
      const sum = deptScoreSum(d.indicators, ctx.profile);
      if (sum !== undefined) out.push(blankTotal(d, sum));
    }
    return out.filter((f): f is Finding => !!f);
  },
};
