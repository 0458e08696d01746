import Decimal from 'decimal.js';
import type { Finding } from '../../findings/finding';
import { DENOMINATOR_WORDS, pickDenominator, rateOf } from '../analyze';
import { scoreFinding, formLabel, related } from '../finding';
import { hasNum, judge, ratioRange, show } from '../num';
import type { BudgetLine, FormCell, FundRow, ScoreForm } from '../types';
import type { ScoreContext, ScoreRule } from './types';

type Key = keyof typeof DENOMINATOR_WORDS;

function check(form: ScoreForm, line: FundRow | BudgetLine, wanted: Key, otherSeverity: 'warning' | 'info', out: Finding[]): void {
  const printed = rateOf(line.rate);
  if (!printed || !hasNum(line.executed)) return;
  const fund = line as FundRow;
  const chosen = pickDenominator(fund, wanted);
  const r = ratioRange(line.executed.num, chosen.cell?.num);
  if (!r) return;
  const j = judge(printed, r[0], r[1]);
  if (j === 'exact' || j === 'rounding') return;
  const point = line.executed.num.value.div(chosen.cell!.num!.value).times(100);
  const where = `${formLabel(form)}“${line.label}”行`;
  // The form may divide by another budget figure: follow the form and say which.
  for (const alt of ['initial', 'budget', 'adjusted'] as Key[]) {
    if (alt === chosen.key) continue;
    const c = (fund as unknown as Record<Key, FormCell | undefined>)[alt];
    const ar = ratioRange(line.executed.num, c?.num);
    if (!ar || !c?.num) continue;
    const aj = judge(printed, ar[0], ar[1]);
    if (aj === 'exact' || aj === 'rounding') {
      out.push(
        scoreFinding({
          rule: EXEC_RATE.id,
          severity: otherSeverity,
          at: printed.ref,
          message: `${where}：执行率 ${show(printed.value)}% 按${DENOMINATOR_WORDS[alt]}计算（${line.executed.num.text} ÷ ${c.num.text}），所选规则按${DENOMINATOR_WORDS[chosen.key]}计算应为 ${show(point)}%`,
          expected: `${show(point)}%`,
          actual: `${show(printed.value)}%`,
          related: [...related(line.executed.ref, '全年执行数'), ...related(c.ref, DENOMINATOR_WORDS[alt])],
          detail: alt,
        }),
      );
      return;
    }
  }
  const diff = printed.value.minus(point);
  out.push(
    scoreFinding({
      rule: EXEC_RATE.id,
      severity: j === 'tail' ? 'warning' : 'error',
      at: printed.ref,
      message: `${where}：执行率 ${show(printed.value)}% ≠ 全年执行数 ${line.executed.num.text} ÷ ${DENOMINATOR_WORDS[chosen.key]} ${chosen.cell!.num!.text} = ${show(point)}%（差 ${show(diff)} 个百分点${j === 'tail' ? '，尾数差异' : ''}）`,
      expected: `${show(point)}%`,
      actual: `${show(printed.value)}%`,
      difference: show(diff),
      related: [...related(line.executed.ref, '全年执行数'), ...related(chosen.cell!.ref, DENOMINATOR_WORDS[chosen.key])],
      fix: {
        value: point.div(100).toDecimalPlaces(4, Decimal.ROUND_HALF_UP).toNumber(),
        numFmt: '0.00%',
      },
    }),
  );
}

export const EXEC_RATE: ScoreRule = {
  id: 'S-EXEC-RATE',
  title: '执行率 = 全年执行数 ÷ 预算数',
  description:
    '每个资金行（年度资金总额及其中各项）和部门整体表收支行的执行率，按所选规则的分母（全年预算数；四川为调整后预算数；辽宁部门整体表为年初预算数）重算，按打印位数的四舍五入区间判断。表内按另一分母计算且自洽时按表执行并注明。',
  source: '[CODE C3, C4]；四川表注 [SEED-3]；辽宁 [SEED-2, inferred]',
  check(ctx: ScoreContext): Finding[] {
    const out: Finding[] = [];
    for (const p of ctx.projects) {
      const wanted = p.hasAdjusted && ctx.profile.execDenominator.value === 'adjusted' ? 'adjusted' : 'budget';
      for (const f of p.funds) check(p, f, wanted, 'warning', out);
    }
    for (const d of ctx.depts) for (const line of d.budget) check(d, line as unknown as FundRow, ctx.profile.deptDenominator.value, 'info', out);
    return out;
  },
};
