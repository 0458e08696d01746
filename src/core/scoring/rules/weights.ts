import Decimal from 'decimal.js';
import type { Finding } from '../../findings/finding';
import { indicatorName, scoreFinding, formLabel, related } from '../finding';
import { hasNum, show } from '../num';
import type { ScoreContext, ScoreRule } from './types';
import { weightsRead } from './columns';

const HUNDRED = new Decimal(100);

export const WEIGHTS: ScoreRule = {
  id: 'S-WEIGHTS',
  title: '分值合计 100',
  description:
    '分值合计应为 100：识别口径——执行率 10 分 + 指标 90 分，或指标合计 100 分而执行得分并入成本/进度指标（北京 2022）；部门整体表各一级指标分值之和为 100。',
  source: '[SEED-4]（Σ指标 = 90）；[SEED-0]（指标 = 100）；[CODE C4 “汇总三级不得大于九十”]；[SEED-2]',
  check(ctx: ScoreContext): Finding[] {
    const out: Finding[] = [];
    for (const p of ctx.projects.filter(weightsRead)) {
      const a = ctx.analysis(p);
      if (a.scored.length === 0 && !a.fund?.weight?.num) continue;
      if (a.weightTotal.equals(HUNDRED)) continue;
      const sumInd = a.scored.reduce((s, i) => s.plus(i.weight?.num?.value ?? 0), new Decimal(0));
      const how =
        a.convention === 'folded'
          ? `指标分值合计 ${show(sumInd)}（执行得分并入指标）`
          : `执行率分值 ${show(a.execWeight)} + 指标分值合计 ${show(sumInd)} = ${show(a.weightTotal)}`;
      const at = hasNum(p.totalWeight) ? p.totalWeight.ref : a.scored[a.scored.length - 1]?.weight?.ref ?? a.fund?.weight?.ref;
      if (!at) continue;
      out.push(
        scoreFinding({
          rule: WEIGHTS.id,
          severity: 'error',
          at,
          message: `${formLabel(p)}：分值合计应为 100，${how}（差 ${show(a.weightTotal.minus(HUNDRED))}）`,
          expected: '100',
          actual: show(a.weightTotal),
          difference: show(a.weightTotal.minus(HUNDRED)),
          related: a.scored.filter((i) => i.weight?.num).map((i) => related(i.weight!.ref, indicatorName(i))[0]),
        }),
      );
    }
    for (const d of ctx.depts.filter(weightsRead)) {
      const scored = d.indicators.filter((i) => hasNum(i.weight));
      if (scored.length === 0) continue;
      const total = scored.reduce((s, i) => s.plus(i.weight!.num!.value), new Decimal(0));
      if (total.equals(HUNDRED)) continue;
      const byLevel1 = new Map<string, Decimal>();
      for (const i of scored) byLevel1.set(i.level1, (byLevel1.get(i.level1) ?? new Decimal(0)).plus(i.weight!.num!.value));
      out.push(
        scoreFinding({
          rule: WEIGHTS.id,
          severity: 'error',
          at: scored[scored.length - 1].weight!.ref,
          message: `${formLabel(d)}：一级指标分值 ${[...byLevel1].map(([k, v]) => `${k} ${show(v)}`).join(' + ')} = ${show(total)}，应为 100`,
          expected: '100',
          actual: show(total),
          difference: show(total.minus(HUNDRED)),
        }),
      );
    }
    return out;
  },
};
