import type Decimal from 'decimal.js';
import { a1 } from '../../model/address';
import type { Finding } from '../../findings/finding';
import type { Amount } from '../../money/amount';
import { compareSums } from '../../money/identity';
import { indicatorName, scoreFinding, formLabel } from '../finding';
import { hasNum, show } from '../num';
import type { FormCell, Indicator } from '../types';
import type { ScoreContext, ScoreRule } from './types';
import { scoresRead } from './columns';

/** Scores are assigned values, not rounded displays: exact amounts (no rounding interval). */
function amount(c: FormCell, cap?: FormCell): Amount {
  const v = c.num!.value;
  const capped = cap?.num && v.greaterThan(cap.num.value) ? cap.num.value : v;
  return { value: capped, cell: c.ref };
}

function check(
  form: Parameters<typeof formLabel>[0],
  total: FormCell | undefined,
  parts: { cell: FormCell; cap?: FormCell; label: string }[],
  convention: string,
  out: Finding[],
  afterFixes?: Decimal,
): void {
  if (!hasNum(total) || parts.length === 0) return;
  const res = compareSums([amount(total)], parts.map((p) => amount(p.cell, p.cap)));
  const sheet = total.ref.sheet;
  const refs = parts.map((p) => (p.cell.ref.sheet === sheet ? a1(p.cell.ref.row, p.cell.ref.col) : `'${p.cell.ref.sheet}'!${a1(p.cell.ref.row, p.cell.ref.col)}`));
  if (res.status === 'exact' || res.status === 'rounding') {
    // The printed parts add up; once the recomputed 执行率得分 is written the total follows it.
    if (afterFixes !== undefined && !afterFixes.equals(total.num.value)) {
      out.push(
        scoreFinding({
          rule: TOTAL.id,
          severity: 'info',
          at: total.ref,
          message: `${formLabel(form)}：采用重算的执行率得分后，总分应为 ${show(afterFixes, 3)}（表中 ${total.num.text}）`,
          expected: show(afterFixes, 3),
          actual: total.num.text,
          difference: show(total.num.value.minus(afterFixes), 3),
          fix: { value: afterFixes.toNumber(), formula: `SUM(${refs.join(',')})` },
          detail: 'after-fixes',
        }),
      );
    }
    return;
  }
  const capped = parts.some((p) => p.cap?.num && p.cell.num!.value.greaterThan(p.cap.num.value));
  out.push(
    scoreFinding({
      rule: TOTAL.id,
      severity: res.status === 'tail' ? 'warning' : 'error',
      at: total.ref,
      message: `${formLabel(form)}：总分 ${total.num.text} ≠ ${convention}各项得分之和 ${show(res.right, 3)}${capped ? '（超过分值的得分按分值计）' : ''}（差 ${show(res.difference, 3)}${res.status === 'tail' ? '，尾数差异' : ''}）`,
      expected: show(res.right, 3),
      actual: total.num.text,
      difference: show(res.difference, 3),
      related: parts.map((p) => ({ sheet: p.cell.ref.sheet, cell: a1(p.cell.ref.row, p.cell.ref.col), role: p.label })),
      fix: { value: res.right.toNumber(), formula: capped ? undefined : `SUM(${refs.join(',')})` },
    }),
  );
}

const label = (i: Indicator) => indicatorName(i);

export const TOTAL: ScoreRule = {
  id: 'S-TOTAL',
  title: '总分 = 各项得分之和',
  description:
    '总分等于所识别口径下各项得分之和：执行率得分 + 各指标得分（执行得分并入指标时只加指标）；部门整体表总评价得分 = 各指标得分之和。超过分值的得分按分值计（另由 S-CAP 报告）。',
  source: '[CODE C3 “得分合计应等于所有预算项得分 + 指标得分之和”]；[SEED-4]；[SEED-2]',
  check(ctx: ScoreContext): Finding[] {
    const out: Finding[] = [];
    for (const p of ctx.projects.filter(scoresRead)) {
      const a = ctx.analysis(p);
      const parts = a.scored.filter((i) => hasNum(i.score)).map((i) => ({ cell: i.score!, cap: i.weight, label: label(i) }));
      if (a.convention === 'separate' && hasNum(a.fund?.score)) parts.unshift({ cell: a.fund!.score!, cap: a.fund!.weight, label: '执行率得分' });
      check(p, p.totalScore, parts, a.convention === 'folded' ? '' : '执行率得分与', out, a.totalFinal);
    }
    for (const d of ctx.depts.filter(scoresRead)) {
      const parts = d.indicators.filter((i) => hasNum(i.score)).map((i) => ({ cell: i.score!, cap: i.weight, label: label(i) }));
      check(d, d.totalScore, parts, '', out);
    }
    return out;
  },
};

