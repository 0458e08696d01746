import { a1 } from '../../../model/address';
import type { CellRef } from '../../../model/workbook';
import { compareSums, holds } from '../../../money/identity';
import Decimal from 'decimal.js';
import { formatSigned, type Amount } from '../../../money/amount';
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
  description: '说明中每个金额应等于报表中表述同一项目的单元格（同一单位，允许四舍五入误差）。以“元”写的金额按元比较，改正也写作元；与报表不符的金额，其占比、增减额和增减幅度按报表数判断，改正后的段落不带由笔误推算的数字。',
  check(ctx) {
    const out: NarrativeFinding[] = [];
    if (!ctx.resolver?.hasTables) return out;
    for (const f of ctx.facts) {
      const mismatch = tableMismatch(ctx, f);
      if (!mismatch) continue;
      const { c, r } = mismatch;
      const tail = r.status === 'tail';
      const printed = c.amount.value.toFixed(c.amount.decimals ?? 2);
      // Said, compared and corrected in the sentence's own unit: an amount in 元 stays in 元.
      const inYuan = f.unit === '元' && !f.yuanForWan;
      const yuanDecimals = Math.max(0, f.decimals - 4);
      const own = (v: Decimal) => (inYuan ? v.times(10000).toFixed(yuanDecimals) : show(v, c.amount.decimals));
      const fixValue = inYuan ? `${own(c.amount.value)}元` : `${printed}万元`;
      const difference = inYuan ? formatSigned(r.difference.times(10000), yuanDecimals) : formatSigned(r.difference);
      out.push(
        makeFinding(ctx, {
          rule: 'N01',
          severity: tail ? 'warning' : 'error',
          paragraph: f.paragraph,
          start: f.start,
          end: f.end,
          expected: own(c.amount.value),
          actual: inYuan ? f.value.times(10000).toFixed(yuanDecimals) : show(f.value, f.decimals),
          difference,
          related: [{ sheet: c.ref.sheet, cell: a1Of(c.ref), role: c.label }],
          message: `${labelOf(f.item!)}写作 ${f.raw}，${c.label} 为 ${printed}万元${inYuan ? `（${own(c.amount.value)}元）` : ''}（差 ${difference}${inYuan ? '元' : ''}${tail ? '，尾数差异' : ''}）`,
          replacement: replaced(ctx, f.paragraph, f.start, f.end, fixValue),
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

/** The table cells that state the same item as an amount (or 三公 budget) of the 说明. */
function tableValues(ctx: LintContext, f: Fact): TableValue[] {
  if (!ctx.resolver?.hasTables || !f.item || !f.money || (f.role !== 'amount' && f.role !== 'budget') || ['perf', 'glossary', 'profile'].includes(f.scope)) return [];
  let column: ValueColumn | undefined = 'actual';
  if (f.role === 'budget') column = f.item.startsWith('sg.') ? (f.budgetKind === '年初' ? 'budget' : 'budget.full') : undefined;
  return column ? ctx.resolver.resolve(f.item, f.scope, column, ctx.sentenceOf(f).text) : [];
}

/** The table cell an amount of the 说明 disagrees with (beyond rounding), if any. */
export function tableMismatch(ctx: LintContext, f: Fact): { c: TableValue; r: IdentityResult } | undefined {
  if (cache.has(f)) return cache.get(f) ?? undefined;
  let result: { c: TableValue; r: IdentityResult } | null = null;
  const results = tableValues(ctx, f).map((c) => ({ c, r: compareSums([amountOf(f)], [c.amount]) }));
  if (results.length && !results.some((x) => holds(x.r))) result = results[0];
  cache.set(f, result);
  return result ?? undefined;
}

/** An amount as the tables give it where N01 finds the text's figure wrong: rates are judged on the right figures. */
export function asTables(ctx: LintContext, f: Fact): Amount {
  return tableMismatch(ctx, f)?.c.amount ?? amountOf(f);
}

/** The amount's words, with the tables' figure after them where N01 corrects it. */
export function saidAsTables(ctx: LintContext, f: Fact): string {
  const right = tableMismatch(ctx, f)?.c.amount;
  return right ? `${f.raw}（报表为 ${right.value.toFixed(right.decimals ?? 2)}万元）` : f.raw;
}

/** Whether a is nearer than b to the target, by ratio (14800元 is 1.48万元, near 1.47; 14800万元 is not). */
function nearer(a: Decimal, b: Decimal, target: Decimal): boolean {
  if (a.isZero() || b.isZero() || target.isZero()) return false;
  const off = (x: Decimal) => Decimal.max(x.abs(), target.abs()).div(Decimal.min(x.abs(), target.abs()));
  return off(a).lt(off(b));
}

/**
 * 元 among 万元 is read as a slip for 万元 (N10) — unless the tables say the amount in 元 is right
 * (国内公务接待费14700元 beside 万元 amounts, the table 1.47万元), or nearer the table read in 元 than in 万元 (14800元):
 * then it is an amount in 元, checked by N01 in 元. Run before the rules.
 */
export function settleYuanAmounts(ctx: LintContext): void {
  for (const f of ctx.facts) {
    if (!f.yuanForWan) continue;
    const inYuan: Amount = { value: f.value.div(10000), decimals: f.decimals + 4 };
    const table = tableValues(ctx, f)[0]?.amount;
    if (!table || !(holds(compareSums([inYuan], [table])) || nearer(inYuan.value, f.value, table.value))) continue;
    f.yuanForWan = undefined;
    f.value = inYuan.value;
    f.decimals = inYuan.decimals!;
  }
}
