import { a1 } from '../../../model/address';
import type { CellRef } from '../../../model/workbook';
import { compareSums } from '../../../money/identity';
import { formatSigned } from '../../../money/amount';
import { labelOf } from '../lexicon';
import { amountOf, makeFinding, replaced, show, type NarrativeFinding, type NarrativeRule } from '../context';
import type { TableValue, ValueColumn } from '../resolve';
import type { IdentityResult } from '../../../money/identity';
import type { Fact } from '../extract';
import type { LintContext } from '../context';

/** N01: an amount of the 说明 equals the table cell that states the same item. */
export const amountVsTable: NarrativeRule = {
  id: 'N01',
  title: '说明金额与报表不一致',
  description: '说明中每个金额应等于报表中表述同一项目的单元格（同一单位，允许四舍五入误差）。',
  check(ctx) {
    const out: NarrativeFinding[] = [];
    if (!ctx.resolver?.hasTables) return out;
    for (const f of ctx.facts) {
      const mismatch = tableMismatch(ctx, f);
      if (!mismatch) continue;
      const { c, r } = mismatch;
      const tail = r.status === 'tail';
      const printed = c.amount.value.toFixed(c.amount.decimals ?? 2);
      const unit = f.unit === '元' && !f.yuanForWan ? '元' : '万元';
      const fixValue = unit === '元' ? c.amount.value.times(10000).toFixed(0) : printed;
      out.push(
        makeFinding(ctx, {
          rule: 'N01',
          severity: tail ? 'warning' : 'error',
          paragraph: f.paragraph,
          start: f.start,
          end: f.end,
          expected: show(c.amount.value, c.amount.decimals),
          actual: show(f.value, f.decimals),
          difference: formatSigned(r.difference),
          related: [{ sheet: c.ref.sheet, cell: a1Of(c.ref), role: c.label }],
          message: `${labelOf(f.item!)}写作 ${f.raw}，${c.label} 为 ${printed}万元（差 ${formatSigned(r.difference)}${tail ? '，尾数差异' : ''}）`,
          replacement: replaced(ctx, f.paragraph, f.start, f.end, `${fixValue}${unit}`),
        }),
      );
    }
    return out;
  },
};


function a1Of(ref: CellRef): string {
  return a1(ref.row, ref.col);
}

const cache = new WeakMap<Fact, { c: TableValue; r: IdentityResult } | null>();

/** The table cell an amount of the 说明 disagrees with (beyond rounding), if any. */
export function tableMismatch(ctx: LintContext, f: Fact): { c: TableValue; r: IdentityResult } | undefined {
  if (cache.has(f)) return cache.get(f) ?? undefined;
  let result: { c: TableValue; r: IdentityResult } | null = null;
  if (ctx.resolver?.hasTables && f.item && f.money && (f.role === 'amount' || f.role === 'budget') && !['perf', 'glossary', 'profile'].includes(f.scope)) {
    let column: ValueColumn | undefined = 'actual';
    if (f.role === 'budget') column = f.item.startsWith('sg.') ? (f.budgetKind === '年初' ? 'budget' : 'budget.full') : undefined;
    const candidates = column ? ctx.resolver.resolve(f.item, f.scope, column, ctx.sentenceOf(f).text) : [];
    const results = candidates.map((c) => ({ c, r: compareSums([amountOf(f)], [c.amount]) }));
    if (results.length && !results.some((x) => x.r.status === 'exact' || x.r.status === 'rounding')) result = results[0];
  }
  cache.set(f, result);
  return result ?? undefined;
}
