import { compareSums, holds } from '../../../money/identity';
import { formatSigned, type Amount } from '../../../money/amount';
import { labelOf } from '../lexicon';
import { amountOf, checkRatio, lookupAmount, makeFinding, pctText, replaced, type LintContext, type NarrativeFinding, type NarrativeRule } from '../context';
import { asTables, saidAsTables } from './amount-vs-table';
import { speaksOfBudget, type Fact } from '../extract';
import type { TableValue } from '../resolve';
import type { RelatedCell } from '../../../findings/finding';
import { a1 } from '../../../model/address';

/** The pieces of one change statement: current amount, base (上年/预算), change and rate. */
export interface ChangeStatement {
  item: string;
  current?: Fact | Amount;
  base?: Fact;
  delta?: Fact;
  rate: Fact;
}

/** Last year's table value of an item, for a rate that states neither 上年数 nor 增减额 (not one against a 预算数). */
function priorTableValue(ctx: LintContext, item: string, rate: Fact): TableValue | undefined {
  const sentence = ctx.sentenceOf(rate);
  if (!ctx.priorResolver?.hasTables || speaksOfBudget(sentence.text.slice(0, rate.start - sentence.start))) return undefined;
  return ctx.priorResolver.resolve(item, rate.scope, 'actual', sentence.text)[0];
}

export function changeStatements(ctx: LintContext): ChangeStatement[] {
  const out: ChangeStatement[] = [];
  for (const f of ctx.facts) {
    if (f.role !== 'growth' || !f.item) continue;
    const sentence = ctx.sentenceOf(f);
    const before = sentence.facts.filter((x) => x.start < f.start && x.item === f.item);
    const delta = [...before].reverse().find((x) => x.role === 'delta');
    const base = [...before].reverse().find((x) => (x.role === 'prior' || x.role === 'budget') && x.money);
    const found = lookupAmount(ctx, f.item, f);
    const cur = [...before].reverse().find((x) => x.role === 'amount' && x.money) ?? found?.fact ?? found?.amount;
    out.push({ item: f.item, current: cur, base, delta, rate: f });
  }
  return out;
}

/** The current amount as the tables give it when N01 corrects the text's: a typo of it is no slip of the rate. */
/** An N03 error on the rate itself, with no correction to offer (the sentence's words, not its number, are wrong). */
function rateError(ctx: LintContext, rate: Fact, related: RelatedCell[], message: string): NarrativeFinding {
  return makeFinding(ctx, { rule: 'N03', severity: 'error', paragraph: rate.paragraph, start: rate.start, end: rate.end, actual: rate.raw, related, message });
}

function asAmount(ctx: LintContext, x: Fact | Amount): Amount {
  return 'role' in x ? asTables(ctx, x) : x;
}

/** N03: 增长/下降 p% recomputes as |Δ| / 上年数 × 100; a zero base never has a growth rate. */
export const growthRecompute: NarrativeRule = {
  id: 'N03',
  title: '增减幅度计算错误或基数为零',
  description:
    '“增加/减少Δ，增长/下降p%”中 p 应等于 |Δ| ÷ 上年数（或预算数）× 100；上年数为0时不能写增长百分比，应写“新增”。只写“比上年增长p%”而无上年数和增减额的，提供上年工作簿时按上年报表数计算。',
  check(ctx) {
    const out: NarrativeFinding[] = [];
    for (const s of changeStatements(ctx)) {
      const rate = s.rate;
      if (rate.unit !== '%') continue;
      let base: Amount | undefined;
      let delta: Amount | undefined = s.delta ? amountOf(s.delta) : undefined;
      let baseWord = '上年数';
      if (s.base) {
        base = asTables(ctx, s.base);
        baseWord = s.base.role === 'budget' ? '预算数' : '上年数';
        if (!delta && s.current) {
          const cur = asAmount(ctx, s.current);
          delta = { value: cur.value.minus(base.value).abs(), decimals: Math.max(cur.decimals ?? 2, base.decimals ?? 2) };
        }
      } else if (s.delta && s.current) {
        const cur = asAmount(ctx, s.current);
        const d = amountOf(s.delta);
        const v = s.delta.direction === 'down' ? cur.value.plus(d.value) : s.delta.direction === 'up' ? cur.value.minus(d.value) : undefined;
        if (v === undefined) continue;
        base = { value: v, decimals: Math.max(cur.decimals ?? 2, d.decimals ?? 2) };
        if (speaksOfBudget(ctx.sentenceOf(rate).text)) baseWord = '预算数';
      }
      let related: RelatedCell[] = [];
      if (!s.base && !s.delta && s.current) {
        // “比上年增长p%” alone: against last year's table, when given.
        const prior = priorTableValue(ctx, s.item, rate);
        if (!prior) continue;
        const cur = asAmount(ctx, s.current);
        const diff = cur.value.minus(prior.amount.value);
        base = prior.amount;
        delta = { value: diff.abs(), decimals: Math.max(cur.decimals ?? 2, base.decimals ?? 2) };
        baseWord = `上年数（上年 ${prior.label}）`;
        related = [{ sheet: prior.ref.sheet, cell: a1(prior.ref.row, prior.ref.col), role: `上年 ${prior.label}` }];
        const opposite = !diff.isZero() && (rate.direction === 'up' ? diff.isNegative() : rate.direction === 'down' ? diff.isPositive() : false);
        if (opposite && !base.value.isZero()) {
          out.push(rateError(ctx, rate, related, `${labelOf(s.item)}本年 ${cur.value.toFixed(cur.decimals ?? 2)}万元，${baseWord} ${base.value.toFixed(base.decimals ?? 2)}万元，实为${diff.isNegative() ? '减少' : '增加'}，却写“${rate.direction === 'up' ? '增长' : '下降'}${rate.raw}”`));
          continue;
        }
      }
      if (!base || !delta) continue;
      if (base.value.isZero()) {
        out.push(rateError(ctx, rate, related, `${labelOf(s.item)}的${baseWord}为0${s.delta && !s.base ? `（决算数等于增加额 ${s.delta.raw}）` : ''}，不能写“${rate.raw}”的增长幅度，应写明为新增项目`));
        continue;
      }
      if (base.value.isNegative()) continue;
      const { status, expected } = checkRatio(delta, base, amountOf(rate));
      if (status === 'ok') continue;
      const shown = pctText(expected, rate.decimals);
      out.push(
        makeFinding(ctx, {
          rule: 'N03',
          severity: status === 'tail' ? 'warning' : 'error',
          paragraph: rate.paragraph,
          start: rate.start,
          end: rate.end,
          expected: shown,
          actual: rate.raw,
          related,
          message: `${labelOf(s.item)}变动 ${delta.value.toFixed(delta.decimals ?? 2)}万元 ÷ ${baseWord} ${base.value.toFixed(base.decimals ?? 2)}万元 = ${shown}，写作 ${rate.raw}`,
          replacement: replaced(ctx, rate.paragraph, rate.start, rate.end, shown),
        }),
      );
    }
    // Δ stated beside an explicit base and current amount must be their difference.
    for (const f of ctx.facts) {
      if (f.role !== 'delta' || !f.item || !f.money) continue;
      const sentence = ctx.sentenceOf(f);
      const before = sentence.facts.filter((x) => x.start < f.start && x.item === f.item);
      const base = [...before].reverse().find((x) => (x.role === 'prior' || x.role === 'budget') && x.money);
      const cur = [...before].reverse().find((x) => x.role === 'amount' && x.money);
      if (!base || !cur) continue;
      const curAmount = asTables(ctx, cur);
      const baseAmount = asTables(ctx, base);
      const diff = curAmount.value.minus(baseAmount.value);
      const r = compareSums([curAmount], [baseAmount, { value: f.direction === 'down' ? f.value.negated() : f.value, decimals: f.decimals }]);
      if (holds(r)) continue;
      if (!diff.isZero() && ((diff.isNegative() && f.direction === 'up') || (diff.isPositive() && f.direction === 'down'))) continue; // N13 reports the word
      out.push(
        makeFinding(ctx, {
          rule: 'N03',
          severity: r.status === 'tail' ? 'warning' : 'error',
          paragraph: f.paragraph,
          start: f.start,
          end: f.end,
          expected: diff.abs().toFixed(Math.max(2, f.decimals)),
          actual: f.raw,
          difference: formatSigned(r.difference),
          message: `${labelOf(f.item)} ${saidAsTables(ctx, cur)} 与 ${saidAsTables(ctx, base)} 相差 ${diff.abs().toFixed(Math.max(2, f.decimals))}万元，写作 ${f.raw}`,
        }),
      );
    }
    return out;
  },
};

