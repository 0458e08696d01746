import Decimal from 'decimal.js';
import type { Finding, RelatedCell, Severity } from '../../findings/finding';
import { findingKey } from '../../findings/finding';
import type { Amount } from '../../money/amount';
import type { Fact, ParsedParagraph, ParsedSentence, Scope } from './extract';
import type { TableResolver, TableValue } from './resolve';

/** Where a paragraph of the 说明 came from. */
export interface NarrativeParagraph {
  text: string;
  /** Sheet and A1 of the cell holding the paragraph, when the text came from a sheet. */
  sheet?: string;
  cell?: string;
  /** Joined from several printed lines (cells): `cell` holds only its start, so no fix is written there. */
  joined?: true;
}

export interface NarrativeFinding extends Finding {
  /** 0-based paragraph index in the 说明. */
  paragraph: number;
  /** Character span [start, end) inside the paragraph. */
  span: { start: number; end: number };
  /** The sentence around the span, for lists and messages. */
  excerpt: string;
  /** The paragraph with the slip corrected, where one correction is certain (and the paragraph's other certain corrections). */
  replacement?: string;
}

export interface LintContext {
  paragraphs: ParsedParagraph[];
  inputs: NarrativeParagraph[];
  /** Label of the text source when it is not a sheet (file name). */
  source: string;
  resolver?: TableResolver;
  /** Last year's tables (lint-narrative --prior): 上年数 are checked against them. */
  priorResolver?: TableResolver;
  /** Fiscal year of the 说明 (most frequent YYYY年). */
  year?: number;
  facts: Fact[];
  sentenceOf(f: Fact): ParsedSentence;
}

export interface NarrativeRule {
  id: string;
  title: string;
  description: string;
  check(ctx: LintContext): NarrativeFinding[];
}

export function amountOf(f: Fact): Amount {
  return { value: f.value, decimals: f.decimals };
}

/** Printed form of a value with the decimals of the sentence (two at least). */
export function show(v: Decimal, decimals = 2): string {
  return v.toDecimalPlaces(Math.max(2, Math.min(decimals, 6)), Decimal.ROUND_HALF_UP).toFixed(Math.max(2, Math.min(decimals, 6)));
}

export function buildContext(
  paragraphs: ParsedParagraph[],
  inputs: NarrativeParagraph[],
  source: string,
  resolver?: TableResolver,
  year?: number,
): LintContext {
  const facts = paragraphs.flatMap((p) => p.sentences.flatMap((s) => s.facts));
  const bySentence = new Map<string, ParsedSentence>();
  for (const p of paragraphs) for (const s of p.sentences) bySentence.set(`${s.paragraph}:${s.index}`, s);
  return {
    paragraphs,
    inputs,
    source,
    resolver,
    year: year ?? detectYear(paragraphs.map((p) => p.norm)),
    facts,
    sentenceOf: (f) => bySentence.get(`${f.paragraph}:${f.sentence}`)!,
  };
}

export function detectYear(texts: string[]): number | undefined {
  const counts = new Map<number, number>();
  for (const t of texts) for (const m of t.matchAll(/(20\d{2})年/g)) counts.set(Number(m[1]), (counts.get(Number(m[1])) ?? 0) + 1);
  let best: number | undefined;
  for (const [y, n] of counts) if (best === undefined || n > counts.get(best)! || (n === counts.get(best)! && y > best)) best = y;
  return best;
}

export interface FindingInput {
  rule: string;
  severity: Severity;
  paragraph: number;
  start: number;
  end: number;
  message: string;
  expected?: string;
  actual?: string;
  difference?: string;
  related?: RelatedCell[];
  replacement?: string;
}

export function makeFinding(ctx: LintContext, f: FindingInput): NarrativeFinding {
  const input = ctx.inputs[f.paragraph];
  const para = ctx.paragraphs[f.paragraph];
  const sentence = para.sentences.find((s) => f.start >= s.start && f.start < s.end);
  const excerpt = (sentence ? para.text.slice(sentence.start, sentence.end) : para.text.slice(Math.max(0, f.start - 30), f.end + 30)).trim();
  const sheet = input?.sheet ?? ctx.source;
  const cell = input?.cell ?? '';
  const finding: NarrativeFinding = {
    rule: f.rule,
    severity: f.severity,
    sheet,
    cell,
    related: f.related ?? [],
    expected: f.expected,
    actual: f.actual,
    difference: f.difference,
    message: `第${f.paragraph + 1}段：${f.message}`,
    table: '决算说明',
    key: findingKey(f.rule, sheet, cell || `P${f.paragraph + 1}`, `${f.start}:${para.text.slice(f.start, f.end)}`),
    paragraph: f.paragraph,
    span: { start: f.start, end: f.end },
    excerpt,
    replacement: f.replacement,
  };
  if (f.replacement !== undefined && input?.sheet && input.cell && !input.joined) finding.fix = { sheet: input.sheet, cell: input.cell, value: f.replacement };
  return finding;
}

/** The paragraph with [start, end) replaced. */
export function replaced(ctx: LintContext, paragraph: number, start: number, end: number, text: string): string {
  const t = ctx.paragraphs[paragraph].text;
  return t.slice(0, start) + text + t.slice(end);
}

/** All facts in reading order up to (not including) `at`. */
export function factsBefore(ctx: LintContext, at: Fact): Fact[] {
  const i = ctx.facts.indexOf(at);
  return i < 0 ? [] : ctx.facts.slice(0, i);
}

/**
 * The amount the 说明 gives for an item, looking back from a fact: the same sentence, then the
 * same paragraph, then earlier paragraphs (same section first); the tables when the text has none.
 */
export function lookupAmount(ctx: LintContext, item: string, at: Fact, scope: Scope = at.scope): { amount: Amount; fact?: Fact; table?: TableValue } | undefined {
  const before = factsBefore(ctx, at).filter((f) => f.item === item && f.role === 'amount' && f.money);
  const sameSentence = before.filter((f) => f.paragraph === at.paragraph && f.sentence === at.sentence);
  const sameParagraph = before.filter((f) => f.paragraph === at.paragraph);
  const sameScope = before.filter((f) => f.scope === scope);
  const pick = sameSentence.pop() ?? sameParagraph.pop() ?? sameScope.pop() ?? before.pop();
  if (pick) return { amount: amountOf(pick), fact: pick };
  const t = ctx.resolver?.resolve(item, scope, 'actual', ctx.sentenceOf(at).text)[0];
  if (t) return { amount: t.amount, table: t };
  return undefined;
}

export type RatioStatus = 'ok' | 'tail' | 'mismatch';

/**
 * Whether a stated percentage can be num/den × 100 for values inside the rounding intervals of
 * the printed numbers. 'tail' when it misses by at most one unit of its own last decimal.
 */
export function checkRatio(num: Amount, den: Amount, stated: Amount): { status: RatioStatus; expected: Decimal } {
  const half = (a: Amount) => (a.decimals === undefined ? new Decimal(0) : new Decimal(10).pow(-a.decimals).div(2));
  const expected = num.value.div(den.value).times(100);
  const nLo = Decimal.max(0, num.value.abs().minus(half(num)));
  const nHi = num.value.abs().plus(half(num));
  const dLo = den.value.abs().minus(half(den));
  const dHi = den.value.abs().plus(half(den));
  const lo = nLo.div(dHi).times(100);
  const hi = dLo.lte(0) ? new Decimal(Infinity) : nHi.div(dLo).times(100);
  const sHalf = half(stated);
  const sLo = stated.value.minus(sHalf);
  const sHi = stated.value.plus(sHalf);
  if (sHi.gte(lo) && sLo.lte(hi)) return { status: 'ok', expected };
  const gap = sLo.gt(hi) ? sLo.minus(hi) : lo.minus(sHi);
  const unit = new Decimal(10).pow(-(stated.decimals ?? 2));
  return { status: gap.lte(unit) ? 'tail' : 'mismatch', expected };
}

export function pctText(v: Decimal, decimals: number): string {
  const d = Math.max(decimals, 2);
  return `${v.toDecimalPlaces(d, Decimal.ROUND_HALF_UP).toFixed(d)}%`;
}
