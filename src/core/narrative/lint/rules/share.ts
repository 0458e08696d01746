import { ITEM_LEXICON, labelOf } from '../lexicon';
import { amountOf, checkRatio, lookupAmount, makeFinding, pctText, replaced, type NarrativeFinding, type NarrativeRule } from '../context';
import type { Fact } from '../extract';
import type { Amount } from '../../../money/amount';
import { a1 } from '../../../model/address';
import { tableMismatch } from './amount-vs-table';

/** N02: 占 p% recomputes from the item's amount over the right denominator. */
export const shareRecompute: NarrativeRule = {
  id: 'N02',
  title: '占比计算错误',
  description: '“占…%”应等于该项金额除以分母（本年收入合计、本年支出合计、一般公共预算财政拨款支出、“三公”经费合计等）再乘以100，允许四舍五入误差。',
  check(ctx) {
    const out: NarrativeFinding[] = [];
    for (const f of ctx.facts) {
      if (f.role !== 'share' || f.unit !== '%' || !f.item) continue;
      const sentence = ctx.sentenceOf(f);
      const numerator = [...sentence.facts].reverse().find((x) => x.start < f.start && x.item === f.item && x.role === 'amount' && x.money);
      if (!numerator) continue;
      const den = denominatorOf(ctx, f, numerator);
      if (!den || den.amount.value.isZero()) continue;
      const { status, expected } = checkRatio(amountOf(numerator), den.amount, amountOf(f));
      if (status === 'ok') continue;
      // The share fits the table's amount: the amount is the slip (N01 reports it), not the share.
      const slip = tableMismatch(ctx, numerator);
      if (slip && checkRatio(slip.c.amount, den.amount, amountOf(f)).status === 'ok') continue;
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
          message: `${labelOf(f.item)} ${numerator.raw} 占${den.label} ${den.printed}万元 的比重应为 ${shown}，写作 ${f.raw}`,
          replacement: replaced(ctx, f.paragraph, f.start, f.end, shown),
        }),
      );
    }
    return out;
  },
};

interface Denominator {
  amount: Amount;
  label: string;
  printed: string;
  related?: { sheet: string; cell: string; role?: string };
}

function denominatorOf(ctx: Parameters<NarrativeRule['check']>[0], f: Fact, numerator: Fact): Denominator | undefined {
  const sentence = ctx.sentenceOf(f);
  const named = f.denominator ? ITEM_LEXICON.find((e) => new RegExp(e.pattern.source).test(f.denominator!)) : undefined;
  const fromItem = (item: string, explicit: boolean): Denominator | undefined => {
    const found = lookupAmount(ctx, item, f);
    if (!found) return undefined;
    if (!explicit && found.amount.value.lt(numerator.value)) return undefined;
    return {
      amount: found.amount,
      label: labelOf(item),
      printed: found.amount.value.toFixed(found.amount.decimals ?? 2),
      related: found.table ? { sheet: found.table.ref.sheet, cell: a1(found.table.ref.row, found.table.ref.col), role: found.table.label } : undefined,
    };
  };
  if (named) return fromItem(named.key, true);
  // Unnamed denominator: the total the list hangs from (the amount before 其中/主要用于), or the
  // first item the sentence names.
  const marker = /其中|主要用于|主要包括|包括/.exec(sentence.text);
  const markerAt = marker ? sentence.start + marker.index : -1;
  if (markerAt >= 0 && numerator.start > markerAt) {
    const head = [...sentence.facts].reverse().find((x) => x.start < markerAt && x.role === 'amount' && x.money && x.item);
    if (head) return { amount: amountOf(head), label: labelOf(head.item!), printed: head.raw.replace(/万元|元$/, '') };
  }
  const first = sentence.mentions.find((m) => m.key !== numerator.item && m.start < numerator.start);
  if (first) return fromItem(first.key, false);
  return undefined;
}
