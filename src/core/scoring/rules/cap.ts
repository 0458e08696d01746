import type { Finding } from '../../findings/finding';
import { indicatorName, scoreFinding, formLabel, related } from '../finding';
import { hasNum, show } from '../num';
import type { FormCell, Indicator, ScoreForm } from '../types';
import { scoreWeight } from '../shared';
import type { ScoreContext, ScoreRule } from './types';

function capFinding(form: ScoreForm, what: string, score: FormCell, weight: FormCell): Finding | null {
  if (!hasNum(score) || !hasNum(weight) || !score.num.value.greaterThan(weight.num.value)) return null;
  return scoreFinding({
    rule: CAP.id,
    severity: 'error',
    at: score.ref,
    message: `${formLabel(form)}：${what}得分 ${score.num.text} 超过分值 ${weight.num.text}（得分最高不能超过该指标分值）`,
    expected: `≤ ${weight.num.text}`,
    actual: score.num.text,
    difference: show(score.num.value.minus(weight.num.value)),
    related: related(weight.ref, '分值'),
    fix: { value: weight.num.value.toNumber() },
  });
}

/** An indicator's score against its 分值; a score merged over several indicators against their 分值 together. */
function indicatorCap(form: ScoreForm, i: Indicator): Finding | null {
  const weight = scoreWeight(i);
  if (!i.score || !weight) return null;
  const names = [i, ...(i.scoreShared ?? [])].map((x) => `“${indicatorName(x)}”`).join('');
  return capFinding(form, i.scoreShared?.length ? `指标${names}合并填写的` : `指标${names}`, i.score, weight);
}

export const CAP: ScoreRule = {
  id: 'S-CAP',
  title: '得分不超过分值',
  description: '每个指标（含年度资金总额的执行率得分、部门整体表各指标）的得分不得超过其分值（权重）。得分单元格向下合并、跨几个指标填写一个得分时，按这几个指标的分值之和核对（总分也按合并的得分计一次）。',
  source: '北京填报注意事项第 1 条 [SEED-0]；[CODE C3]',
  check(ctx: ScoreContext): Finding[] {
    const out: (Finding | null)[] = [];
    for (const p of ctx.projects) {
      const fund = ctx.analysis(p).fund;
      if (fund?.score && fund.weight) out.push(capFinding(p, '执行率', fund.score, fund.weight));
      for (const i of p.indicators) out.push(indicatorCap(p, i));
    }
    for (const d of ctx.depts)
      for (const i of d.indicators) out.push(indicatorCap(d, i));
    return out.filter((f): f is Finding => !!f);
  },
};
