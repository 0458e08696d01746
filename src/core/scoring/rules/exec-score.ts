import type { Finding } from '../../findings/finding';
import { rateOf } from '../analyze';
import { indicatorName, scoreFinding, formLabel, related } from '../finding';
import { hasNum, show } from '../num';
import type { ScoreContext, ScoreRule } from './types';

export const EXEC_SCORE: ScoreRule = {
  id: 'S-EXEC-SCORE',
  title: '执行率得分',
  description:
    '年度资金总额行的得分按所选规则由执行率重算：按比例（执行率 × 分值，超过 100% 按满分）或截尾取整；与表中得分不一致时提示并给出重算值。采用“指标合计 100 分”口径时，承载执行得分的成本/进度指标应与资金行得分相同。',
  source: '[CODE C4 bgtscore]；[SEED-0] 吻合；截尾取整见 [SEED-1, inferred]',
  inferred: true,
  check(ctx: ScoreContext): Finding[] {
    const out: Finding[] = [];
    for (const p of ctx.projects) {
      const a = ctx.analysis(p);
      const score = a.fund?.score;
      if (!hasNum(score) || a.scorePoint === undefined || a.rate === undefined) continue;
      if (score.num.value.greaterThan(a.execWeight)) continue; // S-CAP reports it
      if (a.scoreJudgement === 'tail' || a.scoreJudgement === 'mismatch') {
        const printedRate = rateOf(a.fund?.rate);
        const shownRate = printedRate && (a.rateJudgement === 'exact' || a.rateJudgement === 'rounding') ? printedRate.value : a.rate;
        const rule = ctx.profile.execScore.value === 'floor' ? `⌊执行率 × 分值⌋` : `执行率 × 分值`;
        out.push(
          scoreFinding({
            rule: EXEC_SCORE.id,
            severity: 'warning',
            at: score.ref,
            message: `${formLabel(p)}：执行率得分 ${score.num.text} ≠ ${rule} = ${show(shownRate)}% × ${show(a.execWeight)} = ${show(a.scorePoint, 3)}（评分规则：${ctx.profile.label}）`,
            expected: show(a.scorePoint, 3),
            actual: score.num.text,
            difference: show(score.num.value.minus(a.scorePoint), 3),
            related: [...related(a.fund?.rate?.ref, '执行率'), ...related(a.fund?.weight?.ref, '分值')],
            fix: { value: a.scorePoint.toNumber() },
          }),
        );
      }
      const e = a.embedded;
      if (e && hasNum(e.score) && a.execScoreFinal !== undefined && !e.score.num.value.equals(a.execScoreFinal)) {
        out.push(
          scoreFinding({
            rule: EXEC_SCORE.id,
            severity: 'warning',
            at: e.score.ref,
            message: `${formLabel(p)}：指标“${indicatorName(e)}”承载执行率得分，应与年度资金总额得分 ${show(a.execScoreFinal, 3)} 相同，表中为 ${e.score.num.text}`,
            expected: show(a.execScoreFinal, 3),
            actual: e.score.num.text,
            related: related(score.ref, '年度资金总额得分'),
            fix: { value: a.execScoreFinal.toNumber() },
            detail: 'embedded',
          }),
        );
      }
    }
    return out;
  },
};
