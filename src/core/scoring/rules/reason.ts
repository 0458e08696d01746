import type { Finding } from '../../findings/finding';
import { indicatorName, scoreFinding, formLabel, related } from '../finding';
import { hasNum } from '../num';
import type { Indicator, ScoreForm } from '../types';
import type { ScoreContext, ScoreRule } from './types';
import { checkIndicators } from './each-indicator';
import { scoreWeight } from '../shared';

const EMPTY_REASON = /^(无|\/|-|—|——|\s*)$/;

function check(form: ScoreForm, i: Indicator): Finding | null {
  const weight = scoreWeight(i);
  if (!hasNum(i.score) || !hasNum(weight) || !i.score.num.value.lessThan(weight.num.value)) return null;
  if (i.reason && !EMPTY_REASON.test(i.reason.text)) return null;
  const at = i.reason?.ref ?? i.score.ref;
  return scoreFinding({
    rule: REASON.id,
    severity: 'warning',
    at,
    message: `${formLabel(form)}：指标“${indicatorName(i)}”得分 ${i.score.num.text} 低于分值 ${weight.num.text}，应在“偏差原因分析及改进措施”中说明原因`,
    related: related(i.score.ref, '得分'),
    detail: String(i.row),
  });
}

export const REASON: ScoreRule = {
  id: 'S-REASON',
  title: '未得满分须说明偏差原因',
  description: '指标得分低于分值时，偏差原因分析及改进措施（未完成原因）一栏不能为空或写“无”。',
  source: '北京填报注意事项第 3 条 [SEED-0]；[CODE C3]；四川表注 [SEED-3]',
  inferred: true,
  check(ctx: ScoreContext): Finding[] {
    return checkIndicators(ctx, (form, i) => (i.reason ? check(form, i) : null));
  },
};
