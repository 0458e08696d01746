import { a1 } from '../../model/address';
import { halfWidth, type Amount } from '../../money/amount';
import Decimal from 'decimal.js';
import { amountOf, checkRatio, factsBefore, lookupAmount, type LintContext } from './context';
import type { Fact } from './extract';
import { BREAKDOWNS, ITEM_LEXICON, labelOf } from './lexicon';
import { asTables } from './rules/amount-vs-table';

/**
 * The whole a share (占 p%) is of. The sentence or paragraph names it when it can (“占本年支出合计的”,
 * “X万元，其中/主要用于…”, a total stated before the list); otherwise it is the whole, among the totals
 * stated before and the tables' totals, for which the list's stated shares are right. An item listed
 * beside the numerator (it has its own share) is never the whole.
 */
export interface Whole {
  amount: Amount;
  label: string;
  printed: string;
  related?: { sheet: string; cell: string; role?: string };
}

const MARKER = /其中|主要用于|主要包括|包括/;

function namedItem(f: Fact): string | undefined {
  return f.denominator ? ITEM_LEXICON.find((e) => new RegExp(e.pattern.source).test(f.denominator!))?.key : undefined;
}

/** The amount a share belongs to: the item's amount before it in the sentence. */
export function numeratorOf(ctx: LintContext, f: Fact): Fact | undefined {
  return [...ctx.sentenceOf(f).facts].reverse().find((x) => x.start < f.start && x.item === f.item && x.role === 'amount' && x.money);
}

function whole(amount: Amount, item: string, related?: Whole['related']): Whole {
  return { amount, label: labelOf(item), printed: amount.value.toFixed(amount.decimals ?? 2), ...(related ? { related } : {}) };
}

function fromFact(ctx: LintContext, x: Fact): Whole {
  return whole(asTables(ctx, x), x.item!);
}

function fromItem(ctx: LintContext, item: string, at: Fact): Whole | undefined {
  const found = lookupAmount(ctx, item, at);
  if (!found) return undefined;
  const amount = found.fact ? asTables(ctx, found.fact) : found.amount;
  return whole(amount, item, found.table ? { sheet: found.table.ref.sheet, cell: a1(found.table.ref.row, found.table.ref.col), role: found.table.label } : undefined);
}

interface Member {
  share: Fact;
  numerator: Fact;
}

function afterMarker(ctx: LintContext, f: Fact): boolean {
  const s = ctx.sentenceOf(f);
  const m = MARKER.exec(s.text);
  return !!m && s.start + m.index < f.start;
}

/** A share's list: the shares of its paragraph whose whole no words name (“占80.82%”, “占本年财政拨款支出49.04%”). */
function listOf(ctx: LintContext, f: Fact): Member[] {
  const out: Member[] = [];
  for (const s of ctx.paragraphs[f.paragraph].sentences) {
    for (const x of s.facts) {
      if (x.role !== 'share' || x.unit !== '%' || !x.item || namedItem(x)) continue;
      const numerator = numeratorOf(ctx, x);
      if (numerator) out.push({ share: x, numerator });
    }
  }
  return out;
}

/** How many of the list's shares (of non-zero amounts: 0 is 0% of anything) are right against the whole. */
function fits(ctx: LintContext, list: Member[], whole: Amount): number {
  return list.filter((m) => !m.numerator.value.isZero() && checkRatio(asTables(ctx, m.numerator), whole, amountOf(m.share)).status === 'ok').length;
}

/** Whether some whole makes every share of the list right: the intervals each printed share and amount allow meet. */
function oneWholeFitsAll(ctx: LintContext, list: Member[]): boolean {
  let lo = new Decimal(0);
  let hi = new Decimal(Infinity);
  for (const m of list) {
    const part = asTables(ctx, m.numerator);
    const share = amountOf(m.share);
    if (part.value.isZero()) {
      if (share.value.isZero()) continue;
      return false;
    }
    const pLo = share.value.minus(halfWidth(share));
    const pHi = share.value.plus(halfWidth(share));
    lo = Decimal.max(lo, part.value.minus(halfWidth(part)).times(100).div(pHi));
    if (pLo.gt(0)) hi = Decimal.min(hi, part.value.plus(halfWidth(part)).times(100).div(pLo));
  }
  return lo.lte(hi);
}

/** The totals a list of items can be a share of, by what its items are. */
function usualWholes(items: string[]): string[] {
  const out = new Set<string>();
  for (const item of items) {
    if (item.startsWith('class:') || item.startsWith('name:')) ['gpb.exp', 'exp.total', 'fund.exp'].forEach((t) => out.add(t));
    for (const b of BREAKDOWNS) if (b.members.some((ms) => ms.includes(item))) b.total.forEach((t) => out.add(t));
  }
  return [...out];
}

export function wholeOf(ctx: LintContext, f: Fact, numerator: Fact): Whole | undefined {
  const sentence = ctx.sentenceOf(f);
  const named = namedItem(f);
  if (named) return fromItem(ctx, named, f);
  // “X万元，其中/主要用于：A万元，占p%”: X.
  const marker = MARKER.exec(sentence.text);
  const markerAt = marker ? sentence.start + marker.index : -1;
  if (markerAt >= 0 && numerator.start > markerAt) {
    const head = [...sentence.facts].reverse().find((x) => x.start < markerAt && x.role === 'amount' && x.money && x.item);
    if (head) return fromFact(ctx, head);
  }
  // “基本支出…占本年支出合计的58.8%；项目支出…占41.2%”: the whole the sentence named last.
  const earlier = [...sentence.facts].reverse().find((x) => x.role === 'share' && x.start < f.start && namedItem(x));
  if (earlier) return fromItem(ctx, namedItem(earlier)!, f);
  const list = listOf(ctx, f).filter((m) => !afterMarker(ctx, m.share));
  const siblings = new Set(list.map((m) => m.numerator.item!));
  const first = list[0]?.numerator ?? numerator;
  // A whole holds its list (1% below the sum allowed for the rounding of the listed amounts).
  const listSum = Decimal.max(numerator.value, list.reduce((a, m) => a.plus(m.numerator.value), new Decimal(0)));
  const holdsList = (w: Whole | undefined): w is Whole => !!w && w.amount.value.gte(listSum.times('0.99'));
  // Named by the sentence (an item before the list, not one of it) or stated before the list in the paragraph.
  const firstHere = list.find((m) => m.share.paragraph === f.paragraph && m.share.sentence === f.sentence)?.numerator ?? numerator;
  const mention = sentence.mentions.find((m) => !siblings.has(m.key) && m.key !== numerator.item && m.end <= firstHere.start);
  const bySentence = mention ? fromItem(ctx, mention.key, f) : undefined;
  if (holdsList(bySentence)) return bySentence;
  const stated = factsBefore(ctx, first).filter((x) => x.role === 'amount' && x.money && x.item && !siblings.has(x.item) && x.item !== numerator.item);
  const inParagraph = [...stated].reverse().find((x) => x.paragraph === f.paragraph);
  const byParagraph = inParagraph ? fromFact(ctx, inParagraph) : undefined;
  if (holdsList(byParagraph)) return byParagraph;
  return fittingWhole(ctx, f, numerator, list.length ? list : [{ share: f, numerator }], stated);
}

/**
 * No words name the whole: the total stated before the list (latest first, same section first), or the tables', that
 * most of the list's shares fit.
 */
function fittingWhole(ctx: LintContext, f: Fact, numerator: Fact, members: Member[], stated: Fact[]): Whole | undefined {
  // Shares that are all right for one whole show no slip: a total stated elsewhere may differ from it by a little.
  if (oneWholeFitsAll(ctx, members)) return undefined;
  const before = [...stated].reverse();
  const candidates = [...before.filter((x) => x.scope === f.scope), ...before.filter((x) => x.scope !== f.scope)].map((x) => fromFact(ctx, x));
  const sentence = ctx.sentenceOf(f);
  for (const item of usualWholes([numerator.item!, ...members.map((m) => m.numerator.item!)])) {
    const t = ctx.resolver?.resolve(item, f.scope, 'actual', sentence.text)[0];
    if (t) candidates.push(whole(t.amount, item, { sheet: t.ref.sheet, cell: a1(t.ref.row, t.ref.col), role: t.label }));
  }
  let best: Whole | undefined;
  let bestFits = 0;
  for (const c of candidates) {
    if (c.amount.value.lt(numerator.value) || c.amount.value.isZero()) continue;
    const n = fits(ctx, members, c.amount);
    if (n > bestFits) [best, bestFits] = [c, n];
  }
  // Most of the shares must be right for it: else it is no more than a guess.
  const informative = members.filter((m) => !m.numerator.value.isZero()).length;
  return bestFits * 2 > informative ? best : undefined;
}
