import { labelOf } from '../lexicon';
import { amountOf, checkRatio, makeFinding, pctText, replaced, type NarrativeFinding, type NarrativeRule } from '../context';
import { numeratorOf, wholeOf } from '../share-whole';
import { asTables, saidAsTables } from './amount-vs-table';

/** N02: 占 p% recomputes from the item's amount over the right denominator. */
export const shareRecompute: NarrativeRule = {
  id: 'N02',
  title: '占比计算错误',
  description:
    '“占…%”应等于该项金额除以分母（本年收入合计、本年支出合计、一般公共预算财政拨款支出、“三公”经费合计等）再乘以100，允许四舍五入误差。分母为句中写明的（“占本年支出合计的”、“X万元，其中/主要用于”、列举前写出的合计）；未写明时，取前文或报表中使所列占比多数成立的合计；并列的分项从不作分母。金额与报表不符时按报表数计算。',
  check(ctx) {
    const out: NarrativeFinding[] = [];
    for (const f of ctx.facts) {
      if (f.role !== 'share' || f.unit !== '%' || !f.item) continue;
      const numerator = numeratorOf(ctx, f);
      if (!numerator) continue;
      const den = wholeOf(ctx, f, numerator);
      if (!den || den.amount.value.isZero()) continue;
      // Judged on the tables' figures where N01 corrects the text's: a typo of the amount is no slip of the share.
      const part = asTables(ctx, numerator);
      const { status, expected } = checkRatio(part, den.amount, amountOf(f));
      if (status === 'ok') continue;
      const shown = pctText(expected, f.decimals);
      out.push(
        makeFinding(ctx, {
          rule: 'N02',
          severity: status === 'tail' ? 'warning' : 'error',
          paragraph: f.paragraph,
          start: f.start,
          end: f.end,
          expected: shown,
          actual: f.raw,
          related: den.related ? [den.related] : [],
          message: `${labelOf(f.item)} ${saidAsTables(ctx, numerator)} 占${den.label} ${den.printed}万元 的比重应为 ${shown}，写作 ${f.raw}`,
          replacement: replaced(ctx, f.paragraph, f.start, f.end, shown),
        }),
      );
    }
    return out;
  },
};
