import { compareSums, holds } from '../../../money/identity';
import { formatSigned } from '../../../money/amount';
import { a1 } from '../../../model/address';
import { labelOf } from '../lexicon';
import { makeFinding, type NarrativeFinding, type NarrativeRule } from '../context';
import { changeStatements } from './growth';
import { speaksOfBudget } from '../extract';
import { asTables, saidAsTables } from './amount-vs-table';
import { flatAgainstPrior } from './flat-vs-prior';

/**
 * N14: the 上年数 a change sentence states or implies (本年数 ∓ 增减额) equals last year's table,
 * when last year's workbook is given. Changes against a 预算数 are not compared.
 */
export const priorYearValues: NarrativeRule = {
  id: 'N14',
  title: '上年数与上年报表不一致',
  description:
    '“比上年增加/减少Δ”所隐含的上年数（本年数减增加额或加减少额），或写明的上年数，应等于上年决算公开表中的同一项目；写“与上年持平”的，上年数应等于本年数（上年为0应写新增）（需提供上年工作簿）。',
  check(ctx) {
    const out: NarrativeFinding[] = [];
    if (!ctx.priorResolver?.hasTables) return out;
    const seen = new Set<string>();
    for (const s of changeStatements(ctx)) {
      if (s.base?.role === 'budget' || speaksOfBudget(ctx.sentenceOf(s.rate).text.slice(0, s.rate.start - ctx.sentenceOf(s.rate).start))) continue;
      const cur = s.current && 'role' in s.current ? s.current : undefined;
      let base: { value: import('decimal.js').default; decimals?: number } | undefined;
      let how: string;
      if (s.base) {
        base = { value: s.base.value, decimals: s.base.decimals };
        how = `写明的上年数 ${s.base.raw}`;
      } else if (s.delta && s.current && (s.delta.direction === 'up' || s.delta.direction === 'down')) {
        // The tables' current amount where N01 corrects the text's: its typo would give a wrong 上年数.
        const c = 'role' in s.current ? asTables(ctx, s.current) : s.current;
        base = { value: s.delta.direction === 'up' ? c.value.minus(s.delta.value) : c.value.plus(s.delta.value), decimals: Math.max(c.decimals ?? 2, s.delta.decimals) };
        how = `按本年数${cur ? ` ${saidAsTables(ctx, cur)}` : ''}${s.delta.direction === 'up' ? '减去增加额' : '加上减少额'} ${s.delta.raw} 推算的上年数 ${base.value.toFixed(Math.max(2, base.decimals ?? 2))}万元`;
      } else continue;
      const target = s.base ?? s.delta!;
      const sentence = ctx.sentenceOf(target);
      const prior = ctx.priorResolver.resolve(s.item, target.scope, 'actual', sentence.text)[0];
      if (!prior) continue;
      const key = `${target.paragraph}:${target.start}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const r = compareSums([base], [prior.amount]);
      if (holds(r)) continue;
      out.push(
        makeFinding(ctx, {
          rule: 'N14',
          severity: r.status === 'tail' ? 'warning' : 'error',
          paragraph: target.paragraph,
          start: target.start,
          end: target.end,
          expected: prior.amount.value.toFixed(prior.amount.decimals ?? 2),
          actual: base.value.toFixed(Math.max(2, base.decimals ?? 2)),
          difference: formatSigned(r.difference),
          related: [{ sheet: prior.ref.sheet, cell: a1(prior.ref.row, prior.ref.col), role: `上年 ${prior.label}` }],
          message: `${labelOf(s.item)}：${how}，上年 ${prior.label} 为 ${prior.amount.value.toFixed(prior.amount.decimals ?? 2)}万元（差 ${formatSigned(r.difference)}）`,
        }),
      );
    }
    out.push(...flatAgainstPrior(ctx));
    return out;
  },
};
