import type Decimal from 'decimal.js';
import { a1 } from '../../model/address';
import type { Finding } from '../../findings/finding';
import type { Amount } from '../../money/amount';
import { compareSums, holds } from '../../money/identity';
import { indicatorName, scoreFinding, formLabel } from '../finding';
import { hasNum, show } from '../num';
import type { FormCell, Indicator } from '../types';
import type { ScoreContext, ScoreRule } from './types';
import { scoresRead } from './columns';
import { correctedScore } from '../corrected';
import { scoreWeight } from '../shared';

interface Part {
  cell: FormCell;
  cap?: FormCell;
  /** The score an error-level rule recomputes for this part (S-DIFF-RATE, S-CASH-CHANGE, S-PAYABLE). */
  corrected?: Decimal;
  label: string;
}

const isCapped = (p: Part) => p.corrected === undefined && !!p.cap?.num && p.cell.num!.value.greaterThan(p.cap.num.value);

/** Scores are assigned values, not rounded displays: exact amounts (no rounding interval). */
function amount(p: Part): Amount {
  const v = p.corrected ?? (isCapped(p) ? p.cap!.num!.value : p.cell.num!.value);
  return { value: v, cell: p.cell.ref };
}

function check(
  form: Parameters<typeof formLabel>[0],
  total: FormCell | undefined,
  parts: Part[],
  convention: string,
  out: Finding[],
  afterFixes?: Decimal,
): void {
  if (!hasNum(total) || parts.length === 0) return;
  const res = compareSums([{ value: total.num.value, cell: total.ref }], parts.map(amount));
  const sheet = total.ref.sheet;
  const refs = parts.map((p) => (p.cell.ref.sheet === sheet ? a1(p.cell.ref.row, p.cell.ref.col) : `'${p.cell.ref.sheet}'!${a1(p.cell.ref.row, p.cell.ref.col)}`));
  if (holds(res)) {
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
  const capped = parts.some(isCapped);
  const corrected = parts.filter((p) => p.corrected !== undefined);
  const notes = [
    ...(capped ? ['超过分值的得分按分值计'] : []),
    ...(corrected.length ? [`${corrected.map((p) => `“${p.label}”`).join('、')}按表内规则重算的得分计`] : []),
  ];
  out.push(
    scoreFinding({
      rule: TOTAL.id,
      severity: res.status === 'tail' ? 'warning' : 'error',
      at: total.ref,
      message: `${formLabel(form)}：总分 ${total.num.text} ≠ ${convention}各项得分之和 ${show(res.right, 3)}${notes.map((n) => `（${n}）`).join('')}（差 ${show(res.difference, 3)}${res.status === 'tail' ? '，尾数差异' : ''}）`,
      expected: show(res.right, 3),
      actual: total.num.text,
      difference: show(res.difference, 3),
      related: parts.map((p) => ({ sheet: p.cell.ref.sheet, cell: a1(p.cell.ref.row, p.cell.ref.col), role: p.label })),
      // SUM over cells still holding a capped or wrong score would give the printed parts' total back.
      fix: { value: res.right.toNumber(), formula: notes.length ? undefined : `SUM(${refs.join(',')})` },
    }),
  );
}

const label = (i: Indicator) => indicatorName(i);

export const TOTAL: ScoreRule = {
  id: 'S-TOTAL',
  title: '总分 = 各项得分之和',
  description:
    '总分等于所识别口径下各项得分之和：执行率得分 + 各指标得分（执行得分并入指标时只加指标）；部门整体表总评价得分 = 各指标得分之和。超过分值的得分按分值计（另由 S-CAP 报告），按表内印制规则重算有误的得分（S-DIFF-RATE、S-CASH-CHANGE、S-PAYABLE 报为错误的）按重算值计。',
  source: '[CODE C3 “得分合计应等于所有预算项得分 + 指标得分之和”]；[SEED-4]；[SEED-2]',
  check(ctx: ScoreContext): Finding[] {
    const out: Finding[] = [];
    for (const p of ctx.projects.filter(scoresRead)) {
      const a = ctx.analysis(p);
      const parts = a.scored.filter((i) => hasNum(i.score)).map((i) => ({ cell: i.score!, cap: scoreWeight(i), label: label(i) }));
      if (a.convention === 'separate' && hasNum(a.fund?.score)) parts.unshift({ cell: a.fund!.score!, cap: a.fund!.weight, label: '执行率得分' });
      check(p, p.totalScore, parts, a.convention === 'folded' ? '' : '执行率得分与', out, a.totalFinal);
    }
    for (const d of ctx.depts.filter(scoresRead)) {
      const parts = d.indicators.filter((i) => hasNum(i.score)).map((i) => ({ cell: i.score!, cap: scoreWeight(i), corrected: correctedScore(i, ctx.profile), label: label(i) }));
      check(d, d.totalScore, parts, '', out);
    }
    return out;
  },
};

