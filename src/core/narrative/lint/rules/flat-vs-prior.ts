import { a1 } from '../../../model/address';
import { compareSums, holds } from '../../../money/identity';
import { formatAmount } from '../../../money/amount';
import { labelOf } from '../lexicon';
import { makeFinding, type LintContext, type NarrativeFinding } from '../context';
import { asTables } from './amount-vs-table';

/** “与上年持平”, “与2022年度持平”: 基本持平 allows a difference and is not judged. */
const FLAT = /持平/g;

function namesLastYear(words: string, year: number | undefined): boolean {
  return /上年|上一年/.test(words) || (year !== undefined && words.includes(`${year - 1}年`));
}

/**
 * “与上年持平” after an amount: last year's table (lint-narrative --prior) must hold the same amount —
 * a 上年数 of 0 makes the item new, never 持平.
 */
export function flatAgainstPrior(ctx: LintContext): NarrativeFinding[] {
  const out: NarrativeFinding[] = [];
  if (!ctx.priorResolver?.hasTables) return out;
  for (const p of ctx.paragraphs) {
    for (const s of p.sentences) {
      for (const m of s.text.matchAll(FLAT)) {
        const at = s.start + m.index!;
        const lead = s.text.slice(0, m.index!);
        if (/基本$/.test(lead) || !namesLastYear(lead, ctx.year)) continue;
        // The amount it speaks of: the paragraph's last before it, with no change or 上年数 stated in between.
        const before = p.sentences.flatMap((x) => x.facts).filter((f) => f.end <= at);
        const last = before[before.length - 1];
        if (!last || last.role !== 'amount' || !last.money || !last.item) continue;
        const prior = ctx.priorResolver.resolve(last.item, last.scope, 'actual', s.text)[0];
        if (!prior) continue;
        const cur = asTables(ctx, last);
        const r = compareSums([cur], [prior.amount]);
        if (holds(r)) continue;
        const diff = cur.value.minus(prior.amount.value);
        const printedPrior = prior.amount.value.toFixed(prior.amount.decimals ?? 2);
        out.push(
          makeFinding(ctx, {
            rule: 'N14',
            severity: 'error',
            paragraph: p.index,
            start: at,
            end: at + m[0].length,
            actual: m[0],
            expected: prior.amount.value.isZero() ? '新增' : diff.isPositive() ? '增加' : '减少',
            related: [{ sheet: prior.ref.sheet, cell: a1(prior.ref.row, prior.ref.col), role: `上年 ${prior.label}` }],
            message: `${labelOf(last.item)}本年 ${cur.value.toFixed(cur.decimals ?? 2)}万元，上年 ${prior.label} 为 ${printedPrior}万元，却写“${m[0]}”${
              prior.amount.value.isZero() ? '：上年为0，应写明为新增' : `：应为${diff.isPositive() ? '增加' : '减少'} ${formatAmount(diff.abs())}万元`
            }`,
          }),
        );
      }
    }
  }
  return out;
}
