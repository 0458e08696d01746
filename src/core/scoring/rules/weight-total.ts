import type { Finding } from '../../findings/finding';
import { scoreFinding, formLabel, related } from '../finding';
import { hasNum, show } from '../num';
import { weightsRead } from './columns';
import type { ScoreContext, ScoreRule } from './types';

export const WEIGHT_TOTAL: ScoreRule = {
  id: 'S-WEIGHT-TOTAL',
  title: '分值合计栏 = 各项分值之和',
  description:
    '总分行印出的分值合计须等于所识别口径下各项分值之和（执行率分值 + 指标分值，或指标分值合计）。各项之和不是 100 而合计栏印 100 时由 S-WEIGHTS 报告，这里不重复。',
  source: '表式 [SEED-4]（总分行 分值 100.00）；[SEED-0, SEED-3]',
  check(ctx: ScoreContext): Finding[] {
    const out: Finding[] = [];
    for (const p of ctx.projects.filter(weightsRead)) {
      const printed = p.totalWeight;
      const a = ctx.analysis(p);
      if (!hasNum(printed) || a.scored.length === 0 || printed.num.value.equals(a.weightTotal)) continue;
      // Printed 100 over parts that are not: the parts are wrong, S-WEIGHTS says so.
      if (printed.num.value.equals(100)) continue;
      const parts = [...(a.convention === 'separate' && hasNum(a.fund?.weight) ? [a.fund!.weight!] : []), ...a.scored.map((i) => i.weight).filter(hasNum)];
      const sumIs100 = a.weightTotal.equals(100);
      out.push(
        scoreFinding({
          rule: WEIGHT_TOTAL.id,
          severity: 'error',
          at: printed.ref,
          message: `${formLabel(p)}：分值合计栏为 ${printed.num.text}，各项分值之和为 ${show(a.weightTotal)}${sumIs100 ? '' : '（各项之和也不是 100，见 S-WEIGHTS）'}`,
          expected: show(a.weightTotal),
          actual: printed.num.text,
          difference: show(printed.num.value.minus(a.weightTotal)),
          related: parts.flatMap((c) => related(c.ref, '分值')),
          ...(sumIs100 ? { fix: { value: a.weightTotal.toNumber() } } : {}),
        }),
      );
    }
    return out;
  },
};
