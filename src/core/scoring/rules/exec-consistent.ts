import Decimal from 'decimal.js';
import { a1 } from '../../model/address';
import type { Finding } from '../../findings/finding';
import { execScore } from '../compute';
import { scoreFinding } from '../finding';
import { hasNum, judge, range, show } from '../num';
import type { Num } from '../types';
import { atLeast2, rateOf } from '../analyze';
import type { ScoreContext, ScoreRule } from './types';

interface Pair {
  project: string;
  rate: Num;
  /** 执行率 as a share of the 分值: 得分 / 分值. */
  share: Decimal;
  score: Num;
  weight: Decimal;
}

/** `proportional`: a score with decimals, which the rounding of the printed 执行率 can move by a cent. */
const CANDIDATES: { name: string; proportional?: true; fn: (rate: Decimal, w: Decimal) => Decimal }[] = [
  { name: '执行率 × 分值（按比例）', proportional: true, fn: (r, w) => execScore(r, w, { execScore: { value: 'proportional', source: '' }, execCap: { value: true, source: '' } }) },
  { name: '⌊执行率 × 分值⌋（截尾取整）', fn: (r, w) => execScore(r, w, { execScore: { value: 'floor', source: '' }, execCap: { value: true, source: '' } }) },
  { name: '执行率 × 分值四舍五入取整', fn: (r, w) => Decimal.min(r.div(100).times(w), w).toDecimalPlaces(0, Decimal.ROUND_HALF_UP) },
];

/**
 * A proportional score is judged over the printed 执行率's rounding interval, as S-EXEC-SCORE judges it
 * (5.35% → 0.53 is 执行率 × 10); a whole-number score is read from the 执行率 as printed, or 100% could
 * truncate to 9 and any two scores of the same printed 执行率 would both fit.
 */
function fits(p: Pair, c: (typeof CANDIDATES)[number]): boolean {
  const [lo, hi] = c.proportional ? range(p.rate) : [p.rate.value, p.rate.value];
  const j = judge(atLeast2(p.score), c.fn(lo, p.weight), c.fn(hi, p.weight));
  return j === 'exact' || j === 'rounding';
}

const pct = (n: Num) => `${show(n.value)}%`;
const cell = (n: Num) => `${n.ref.sheet}!${a1(n.ref.row, n.ref.col)}`;

export const EXEC_CONSISTENT: ScoreRule = {
  id: 'S-EXEC-CONSISTENT',
  title: '同一工作簿执行率得分规则一致',
  description:
    '同一工作簿内各项目的执行率得分应遵循同一规则：执行率更高的项目得分不应更低；若没有一种规则（按比例、截尾取整、四舍五入取整）能解释全部得分，只提示一次并列出矛盾的单元格。',
  source: '种子 001、003 的手填得分 [SEED-1, SEED-3, inferred]',
  inferred: true,
  check(ctx: ScoreContext): Finding[] {
    const pairs: Pair[] = [];
    for (const p of ctx.projects) {
      const a = ctx.analysis(p);
      const rate = rateOf(a.fund?.rate);
      const score = a.fund?.score;
      if (!rate || !hasNum(score) || a.execWeight.isZero() || score.num.value.greaterThan(a.execWeight)) continue;
      pairs.push({ project: p.name, rate, score: score.num, weight: a.execWeight, share: score.num.value.div(a.execWeight) });
    }
    if (pairs.length < 2) return [];
    const best = CANDIDATES.map((c) => ({ c, ok: pairs.filter((p) => fits(p, c)) })).sort((x, y) => y.ok.length - x.ok.length)[0];
    if (best.ok.length === pairs.length) return [];
    // Contradictions: a higher (or equal) 执行率 with a lower score share.
    const clashPairs: [Pair, Pair][] = [];
    for (const x of pairs)
      for (const y of pairs) if (x !== y && x.rate.value.greaterThanOrEqualTo(y.rate.value) && x.share.lessThan(y.share)) clashPairs.push([x, y]);
    const clashes = clashPairs.map(
      ([x, y]) => `${cell(x.rate)} ${pct(x.rate)}→${x.score.text}（${cell(x.score)}）低于 ${cell(y.rate)} ${pct(y.rate)}→${y.score.text}（${cell(y.score)}）`,
    );
    const outliers = pairs.filter((p) => !best.ok.includes(p));
    const text = clashes.length
      ? `执行率更高的项目得分反而更低：${clashes.slice(0, 4).join('；')}${clashes.length > 4 ? ` 等 ${clashes.length} 处` : ''}`
      : `多数项目（${best.ok.length}/${pairs.length}）按${best.c.name}，但 ${outliers.map((o) => `${cell(o.rate)} ${pct(o.rate)}→${o.score.text}（${cell(o.score)}）`).join('、')} 不符`;
    const first = clashPairs.length ? clashPairs[0][0] : outliers[0];
    return [
      scoreFinding({
        rule: EXEC_CONSISTENT.id,
        severity: 'warning',
        at: first.score.ref,
        message: `本工作簿的执行率得分不遵循同一规则：${text}。请统一评分口径（当前评分规则：${ctx.profile.label}）`,
        related: [...outliers, ...clashPairs.flat()]
          .filter((p, i, all) => all.indexOf(p) === i)
          .map((p) => ({ sheet: p.score.ref.sheet, cell: a1(p.score.ref.row, p.score.ref.col), role: `${p.project} 执行率 ${pct(p.rate)} 得分 ${p.score.text}` })),
        detail: 'workbook',
      }),
    ];
  },
};

