import Decimal from 'decimal.js';
import type { Finding } from '../../findings/finding';
import { indicatorName, scoreFinding, formLabel, related } from '../finding';
import { hasNum, judge, range, show } from '../num';
import type { FormCell, Num } from '../types';
import { toHalfWidth } from '../../numbers/normalize';
import type { ScoreContext, ScoreRule } from './types';

/** The one amount in 万元 a text names: '完成0.1775万元支出' (or '０．１７７５万元') → 0.1775. */
function amountIn(cell: FormCell | undefined): Num | undefined {
  const text = toHalfWidth(cell?.text ?? '');
  const m = /(-?\d+(?:\.(\d+))?)\s*万元?/.exec(text);
  if (!cell || !m || (text.match(/\d+(?:\.\d+)?\s*万/g) ?? []).length !== 1) return undefined;
  return { value: new Decimal(m[1]), decimals: m[2]?.length ?? 0, percent: false, ref: cell.ref, text: `${m[1]}万元` };
}

export const EXEC_AMOUNT: ScoreRule = {
  id: 'S-EXEC-AMOUNT',
  title: '执行指标所写金额与资金行一致',
  description:
    '执行得分并入成本/进度指标的表（北京 2022）中，该指标的指标值或实际完成值写出的金额（如“完成0.1775万元支出”）应与年度资金总额的全年预算数、全年执行数一致。',
  source: '种子 000 党费返还项目：完成值写 0.1775 万元而资金行执行数为 0.0882 [SEED-0, REFERENCE §3.3]',
  inferred: true,
  check(ctx: ScoreContext): Finding[] {
    const out: Finding[] = [];
    for (const p of ctx.projects) {
      const a = ctx.analysis(p);
      const e = a.embedded;
      if (!e || !a.fund) continue;
      const pairs: [Num | undefined, FormCell | undefined, string][] = [
        [amountIn(e.target), a.denominatorCell, '全年预算数'],
        [amountIn(e.actual), a.fund.executed, '全年执行数'],
      ];
      for (const [stated, fundCell, word] of pairs) {
        if (!stated || !hasNum(fundCell)) continue;
        const [lo, hi] = range(fundCell.num);
        const j = judge(stated, lo, hi);
        if (j === 'exact' || j === 'rounding') continue;
        out.push(
          scoreFinding({
            rule: EXEC_AMOUNT.id,
            severity: 'warning',
            at: stated.ref,
            message: `${formLabel(p)}：指标“${indicatorName(e)}”写 ${stated.text}，而年度资金总额${word}为 ${fundCell.num.text} 万元（差 ${show(stated.value.minus(fundCell.num.value), 6)}）`,
            expected: `${fundCell.num.text}万元`,
            actual: stated.text,
            difference: show(stated.value.minus(fundCell.num.value), 6),
            related: related(fundCell.ref, word),
            detail: word,
          }),
        );
      }
    }
    return out;
  },
};
