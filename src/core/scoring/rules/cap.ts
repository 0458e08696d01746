import type { Finding } from '../../findings/finding';
import { indicatorName, scoreFinding, formLabel, related } from '../finding';
import { hasNum, show } from '../num';
import type { FormCell, ScoreForm } from '../types';
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

export const CAP: ScoreRule = {
  id: 'S-CAP',
  title: '得分不超过分值',
  description: '每个指标（含年度资金总额的执行率得分、部门整体表各指标）的得分不得超过其分值（权重）。',
  source: '北京填报注意事项第 1 条 [SEED-0]；[CODE C3]',
  check(ctx: ScoreContext): Finding[] {
    const out: (Finding | null)[] = [];
    for (const p of ctx.projects) {
      const fund = ctx.analysis(p).fund;
      if (fund?.score && fund.weight) out.push(capFinding(p, '执行率', fund.score, fund.weight));
      for (const i of p.indicators) if (i.score && i.weight) out.push(capFinding(p, `指标“${indicatorName(i)}”`, i.score, i.weight));
    }
    for (const d of ctx.depts)
      for (const i of d.indicators) if (i.score && i.weight) out.push(capFinding(d, `指标“${indicatorName(i)}”`, i.score, i.weight));
    return out.filter((f): f is Finding => !!f);
  },
};
