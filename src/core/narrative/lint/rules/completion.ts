import Decimal from 'decimal.js';
import { labelOf } from '../lexicon';
import { amountOf, checkRatio, lookupAmount, makeFinding, pctText, replaced, type LintContext, type NarrativeFinding, type NarrativeRule } from '../context';
import type { Fact } from '../extract';
import type { Amount } from '../../../money/amount';
import { a1 } from '../../../model/address';
import { asTables, saidAsTables } from './amount-vs-table';

const RELATION = /决算(?:数)?(大于|小于|等于|高于|低于|超过|超出)(?:年初|调整后?|全年)?预算(?:数)?/g;

function half(a: Amount): Decimal {
  return a.decimals === undefined ? new Decimal(0) : new Decimal(10).pow(-a.decimals).div(2);
}

function actualOf(ctx: LintContext, f: Fact): Amount | undefined {
  const s = ctx.sentenceOf(f);
  const own = [...s.facts].reverse().find((x) => x.start < f.start && x.item === f.item && x.role === 'amount' && x.money);
  if (own) return asTables(ctx, own);
  const found = f.item ? lookupAmount(ctx, f.item, f) : undefined;
  return found?.fact ? asTables(ctx, found.fact) : found?.amount;
}

function budgetOf(ctx: LintContext, f: Fact): { amount: Amount; where: string; related?: { sheet: string; cell: string; role?: string } } | undefined {
  const para = ctx.paragraphs[f.paragraph];
  const facts = para.sentences.flatMap((s) => s.facts).filter((x) => x.item === f.item && x.role === 'budget' && x.money);
  const own = facts.filter((x) => x.start < f.start).pop() ?? facts[0];
  if (own) return { amount: asTables(ctx, own), where: saidAsTables(ctx, own) };
  if (!ctx.resolver?.hasTables || !f.item?.startsWith('sg.')) return undefined;
  const cols = f.budgetKind === '年初' ? (['budget'] as const) : (['budget.full', 'budget'] as const);
  for (const c of cols) {
    const t = ctx.resolver.resolve(f.item, f.scope, c, ctx.sentenceOf(f).text)[0];
    if (t && ctx.resolver.ctx.hasNumber(t.ref)) return { amount: t.amount, where: t.label, related: { sheet: t.ref.sheet, cell: a1(t.ref.row, t.ref.col), role: t.label } };
  }
  return undefined;
}

/** N04: 完成预算 N% = 决算 ÷ 预算; no rate on a zero budget; 大于/小于/等于 agree with N. */
export const completionRate: NarrativeRule = {
  id: 'N04',
  title: '预算完成率错误',
  description: '“完成（年初/调整）预算N%”应等于决算数÷预算数×100；预算数为0时不能写完成率；“决算数大于/小于/等于预算数”须与N一致；“三公”合计的完成率须与各分项的完成率相容。',
  check(ctx) {
    const out: NarrativeFinding[] = [];
    const completions = ctx.facts.filter((f) => f.role === 'completion' && f.item && f.unit === '%');
    for (const f of completions) {
      const actual = actualOf(ctx, f);
      const budget = budgetOf(ctx, f);
      const base = { rule: 'N04', paragraph: f.paragraph, start: f.start, end: f.end, actual: f.raw } as const;
      if (budget && budget.amount.value.isZero()) {
        out.push(makeFinding(ctx, { ...base, severity: 'error', related: budget.related ? [budget.related] : [], message: `${labelOf(f.item!)}的预算数为0（${budget.where}），不能写“完成预算${f.raw}”，应说明决算数大于预算数的原因` }));
      } else if (budget && actual) {
        const { status, expected } = checkRatio(actual, budget.amount, amountOf(f));
        if (status !== 'ok') {
          const shown = pctText(expected, f.decimals);
          out.push(
            makeFinding(ctx, {
              ...base,
              severity: status === 'tail' ? 'warning' : 'error',
              expected: shown,
              related: budget.related ? [budget.related] : [],
              message: `${labelOf(f.item!)}决算 ${actual.value.toFixed(actual.decimals ?? 2)}万元 ÷ 预算 ${budget.amount.value.toFixed(budget.amount.decimals ?? 2)}万元 = ${shown}，写作“完成预算${f.raw}”`,
              replacement: replaced(ctx, f.paragraph, f.start, f.end, shown),
            }),
          );
        }
      } else if (actual && actual.value.isZero() && !f.value.isZero()) {
        out.push(makeFinding(ctx, { ...base, severity: 'error', message: `${labelOf(f.item!)}决算数为0，却写“完成预算${f.raw}”：只有预算数也为0时才会如此，预算数为0时不应写完成率` }));
      }
      // 决算数大于/小于/等于预算数 after the rate, in the same paragraph.
      const para = ctx.paragraphs[f.paragraph];
      const nextRate = completions.find((x) => x.paragraph === f.paragraph && x.start > f.start);
      for (const m of para.norm.matchAll(RELATION)) {
        const at = m.index!;
        if (at < f.start || (nextRate && at > nextRate.start)) continue;
        const word = m[1];
        const says = /大于|高于|超过|超出/.test(word) ? 1 : /小于|低于/.test(word) ? -1 : 0;
        const hundred = new Decimal(100);
        const h = half(amountOf(f));
        const is = f.value.minus(h).gt(hundred) ? 1 : f.value.plus(h).lte(hundred) && !f.value.equals(hundred) ? -1 : 0;
        if (says !== is) {
          const right = is > 0 ? '大于' : is < 0 ? '小于' : '等于';
          out.push(makeFinding(ctx, { rule: 'N04', severity: 'error', paragraph: f.paragraph, start: at, end: at + m[0].length, expected: `决算数${right}预算数`, actual: m[0], message: `前文写“完成预算${f.raw}”，则决算数${right}预算数，却写“${m[0]}”` }));
        }
      }
    }
    out.push(...sangongConsistency(ctx, completions));
    return out;
  },
};

/** The 三公 total's implied budget must hold the budgets its items' rates imply. */
function sangongConsistency(ctx: LintContext, completions: Fact[]): NarrativeFinding[] {
  const out: NarrativeFinding[] = [];
  const totals = completions.filter((f) => f.item === 'sg.total');
  for (const t of totals) {
    const actual = actualOf(ctx, t);
    if (!actual || actual.value.isZero() || t.value.isZero()) continue;
    const items = completions.filter((f) => f !== t && ['sg.abroad', 'sg.car', 'sg.reception'].includes(f.item!) && f.scope === t.scope);
    let lo = new Decimal(0);
    const parts: string[] = [];
    for (const i of items) {
      const a = actualOf(ctx, i);
      if (!a || a.value.isZero() || i.value.isZero()) continue;
      const bLo = a.value.minus(half(a)).div(i.value.plus(half(amountOf(i))).div(100));
      lo = lo.plus(bLo);
      parts.push(`${labelOf(i.item!)} ${a.value.toFixed(a.decimals ?? 2)}万元 完成预算${i.raw}（预算约 ${a.value.div(i.value).times(100).toFixed(2)}万元）`);
    }
    if (!parts.length) continue;
    const hi = actual.value.plus(half(actual)).div(t.value.minus(half(amountOf(t))).div(100));
    if (lo.gt(hi)) {
      out.push(
        makeFinding(ctx, {
          rule: 'N04',
          severity: 'error',
          paragraph: t.paragraph,
          start: t.start,
          end: t.end,
          actual: t.raw,
          expected: pctText(actual.value.div(actual.value.div(t.value).times(100)).times(100), 2),
          message: `“三公”经费完成预算${t.raw}意味着预算约 ${actual.value.div(t.value).times(100).toFixed(2)}万元，但${parts.join('；')}，分项预算之和已超过合计预算，合计完成率与分项矛盾`,
        }),
      );
    }
  }
  return out;
}
