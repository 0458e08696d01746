import Decimal from 'decimal.js';
import { CLASS_NAMES, ITEM_LEXICON } from './lexicon';
import { PERIOD_FOR_FULL_STOP, normalizeChars, splitSentences } from './text';

/**
 * Reads a 说明 into facts: every amount, share, growth rate, completion rate and count, with the
 * item it belongs to, its role in the sentence and its character span in the paragraph.
 */

export type Role = 'amount' | 'prior' | 'budget' | 'delta' | 'share' | 'growth' | 'completion' | 'count' | 'other';
export type Direction = 'up' | 'down' | 'flat' | 'both';
export type Scope = 'all' | 'fiscal' | 'gpb' | 'sg' | 'fund' | 'soe' | 'opex' | 'proc' | 'assets' | 'perf' | 'glossary' | 'profile';

export interface Mention {
  key: string;
  start: number;
  end: number;
  text: string;
  /** 类/款/项 path written as X（类）Y（款）Z（项）. */
  path?: string[];
  /** Quoted “name” or a path: a 科目 name to compare with the tables. */
  named?: boolean;
  /** Former 类 name (文化体育与传媒支出). */
  former?: { current: string; renamedIn: number };
}

export interface Fact {
  paragraph: number;
  sentence: number;
  start: number;
  end: number;
  raw: string;
  /** Value in the fact's own unit (万元 for money, percent for rates). */
  value: Decimal;
  decimals: number;
  unit: string;
  role: Role;
  item?: string;
  mention?: Mention;
  direction?: Direction;
  budgetKind?: string;
  /** Text naming the denominator of a share (“收入合计”), may be ''. */
  denominator?: string;
  scope: Scope;
  /** 元 amount that its sentence's other amounts show is 万元 (read as 万元 everywhere else). */
  yuanForWan?: boolean;
  /** Money amount read in 万元. */
  money: boolean;
}

export interface ParsedSentence {
  paragraph: number;
  index: number;
  start: number;
  end: number;
  text: string;
  mentions: Mention[];
  facts: Fact[];
  scope: Scope;
}

export interface ParsedParagraph {
  index: number;
  text: string;
  /** Normalised text (same length, spans agree). */
  norm: string;
  heading: boolean;
  scope: Scope;
  sentences: ParsedSentence[];
}

/** A unit after a number; a PDF copy may space out its characters ('41.80 万 元'). */
const UNIT = /^\s?(万\s?元|亿\s?元|元|%|个|辆|人次|人|批次|次|台[（(]套[）)]|台|套|项|分|名|家|件|份|本|张|天|小时|年|月|日|号|岁|栋|平方米)/;
const COUNT_UNITS = new Set(['个', '辆', '人次', '人', '批次', '次', '台（套）', '台(套)', '台', '套', '项', '分', '名', '家', '件', '份', '本', '张', '天', '小时', '栋', '平方米', '岁']);
const NUMBER = /\d+(?:,\d{3})*(?:\.\d+)?/g;
const UP = /(增加|增长|上升|提高|增幅|超支|多)$/;
const DOWN = /(减少|下降|降低|降幅|节约|少)$/;

export function headingScope(text: string): Scope | undefined {
  if (/名词解释/.test(text)) return 'glossary';
  if (/三公/.test(text)) return 'sg';
  if (/机关运行/.test(text)) return 'opex';
  if (/政府采购/.test(text)) return 'proc';
  if (/国有资产/.test(text)) return 'assets';
  if (/绩效/.test(text)) return 'perf';
  if (/政府性基金/.test(text)) return 'fund';
  if (/国有资本/.test(text)) return 'soe';
  if (/一般公共预算/.test(text)) return 'gpb';
  if (/财政拨款/.test(text)) return 'fiscal';
  if (/收入|支出/.test(text)) return 'all';
  if (/部门概况|基本情况|主要职能|机构设置|人员构成/.test(text)) return 'profile';
  return undefined;
}

const HEADING_START = /^\s*(第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[）)]|\d+[、.．]\s*\D)/;

/** A sentence or clause ends the text: not a heading. */
const ENDS_CLAUSE = new RegExp(`(?:[。；;]|${PERIOD_FOR_FULL_STOP})$`);

export function isHeading(text: string): boolean {
  const t = text.replace(/\[bookmark:[^\]]*\]/g, '').trim();
  if (!t || t.length > 45) return false;
  if (ENDS_CLAUSE.test(t)) return false;
  if (/\d+(?:\.\d+)?\s*(万元|%)/.test(t)) return false;
  return HEADING_START.test(t) || /情况说明$|情况$|名词解释$/.test(t);
}

function findMentions(text: string, extraNames: string[]): Mention[] {
  const found: Mention[] = [];
  for (const e of ITEM_LEXICON) {
    for (const m of text.matchAll(e.pattern)) found.push({ key: e.key, start: m.index!, end: m.index! + m[0].length, text: m[0] });
  }
  for (const c of CLASS_NAMES) {
    let i = text.indexOf(c.name);
    while (i >= 0) {
      found.push({
        key: `class:${c.current}`,
        start: i,
        end: i + c.name.length,
        text: c.name,
        former: c.renamedIn ? { current: c.current, renamedIn: c.renamedIn } : undefined,
      });
      i = text.indexOf(c.name, i + 1);
    }
  }
  for (const n of extraNames) {
    if (n.length < 3) continue;
    let i = text.indexOf(n);
    while (i >= 0) {
      found.push({ key: `name:${n}`, start: i, end: i + n.length, text: n, named: false });
      i = text.indexOf(n, i + 1);
    }
  }
  // X（类）Y（款）Z（项）: the deepest level names the item.
  for (const m of text.matchAll(/([^\s，,。；;:：、\d.]{2,20}?)（类）(?:(.{2,30}?)（款）)?(?:(.{2,30}?)（项）)?/g)) {
    const path = [m[1], m[2], m[3]].filter((x): x is string => !!x).map((x) => x.replace(/^[“"]|[”"]$/g, ''));
    const last = path[path.length - 1];
    const key = path.length === 1 ? `class:${classCurrent(last)}` : `name:${last}`;
    found.push({ key, start: m.index!, end: m.index! + m[0].length, text: m[0], path, named: true, former: formerOf(path[0]) });
  }
  for (const m of text.matchAll(/[“"]([^”"]{2,30})[”"]/g)) {
    const inner = m[1];
    if (/^三公$/.test(inner)) continue;
    const lex = ITEM_LEXICON.find((e) => new RegExp(`^(?:${e.pattern.source})$`).test(inner));
    const cls = CLASS_NAMES.find((c) => c.name === inner);
    const key = lex ? lex.key : cls ? `class:${cls.current}` : `name:${inner}`;
    found.push({ key, start: m.index!, end: m.index! + m[0].length, text: m[0], named: !lex, former: cls?.renamedIn ? { current: cls.current, renamedIn: cls.renamedIn } : undefined });
  }
  // Longest match wins; earlier on ties.
  found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: Mention[] = [];
  for (const m of found) if (!kept.some((k) => m.start < k.end && k.start < m.end)) kept.push(m);
  return kept.sort((a, b) => a.start - b.start);
}

function classCurrent(name: string): string {
  const withSuffix = name.endsWith('支出') ? name : `${name}支出`;
  const c = CLASS_NAMES.find((x) => x.name === withSuffix || x.name === name);
  return c ? c.current : withSuffix;
}

function formerOf(name: string): Mention['former'] {
  const withSuffix = name.endsWith('支出') ? name : `${name}支出`;
  const c = CLASS_NAMES.find((x) => (x.name === withSuffix || x.name === name) && x.renamedIn);
  return c?.renamedIn ? { current: c.current, renamedIn: c.renamedIn } : undefined;
}

/** Words that may stand between an item and its amount without changing the subject. */
const CONNECTOR = /(\d{4}年度?|本年度?|全年|年度|共计|合计|总计|共|为|是|支出决算|决算数|决算|支出|实际|数|金额|安排|的|了|财政拨款|[“”"]|\s|[:：]|[（(][^）)]*[）)])/g;

function isConnectorOnly(s: string): boolean {
  return s.replace(CONNECTOR, '').length === 0;
}

function classifyRole(lead: string, unit: string): { role: Role; direction?: Direction; budgetKind?: string; denominator?: string } {
  const l = lead.replace(/\s+$/, '');
  const shareAt = l.lastIndexOf('占');
  if (shareAt >= 0 && !/[，,；;]/.test(l.slice(shareAt)) && (unit === '%' || unit === '') && !/占用|占有/.test(l.slice(shareAt, shareAt + 2))) {
    const denominator = l.slice(shareAt + 1).replace(/^(比重|比例|比)/, '').replace(/(的|比重|比例|为)+$/, '');
    return { role: 'share', denominator };
  }
  const completion = /完成(?:了)?(年初|调整后?|全年)?(?:预算)?(?:数)?(?:的)?$/.exec(l);
  if (completion && (unit === '%' || unit === '')) return { role: 'completion', budgetKind: completion[1] ?? '' };
  const trimmed = l.replace(/[了为是达到约]+$/, '');
  const both = /(增加[（(]减少[）)]|减少[（(]增加[）)]|增长[（(]下降[）)]|下降[（(]增长[）)])$/.test(trimmed);
  if (UP.test(trimmed) || DOWN.test(trimmed) || both) {
    const direction: Direction = both ? 'both' : UP.test(trimmed) ? 'up' : 'down';
    if (unit === '%' || unit === '') return { role: 'growth', direction };
    return { role: 'delta', direction };
  }
  if (unit === '%') return { role: 'other' };
  if (unit === '') return { role: 'other' };
  if (COUNT_UNITS.has(unit)) return { role: 'count' };
  const clause = l.slice(Math.max(l.lastIndexOf('，'), l.lastIndexOf(','), l.lastIndexOf('；'), l.lastIndexOf(';')) + 1);
  // 一般公共预算/政府性基金预算/国有资本经营预算 name funds, not budgets.
  const plain = withoutFundNames(clause);
  const budget = /(年初|调整后?|全年)?预算(?:数)?(?:为|是)?$/.exec(plain);
  if (budget) return { role: 'budget', budgetKind: budget[1] ?? '' };
  if (/预算/.test(plain) && !/决算/.test(plain.slice(plain.lastIndexOf('预算')))) return { role: 'budget', budgetKind: /年初/.test(plain) ? '年初' : /全年/.test(plain) ? '全年' : /调整/.test(plain) ? '调整' : '' };
  if (/(^|[与比较同])(上年|上一年度?|\d{4}年度?)/.test(clause) && /^(与|比|较|同)|上年|上一年/.test(clause.replace(/^\s+/, ''))) return { role: 'prior' };
  return { role: 'amount' };
}

/** The words with 一般公共预算/政府性基金预算/国有资本经营预算 (funds) and 预算单位/预算管理/预算绩效 taken out: what 预算 is left is a 预算数. */
export function withoutFundNames(text: string): string {
  return text.replace(/[“”"]/g, '').replace(/一般公共预算|政府性基金预算|国有资本经营预算|预算单位|预算管理|预算绩效/g, '');
}

/** Whether the words speak of a 预算数 (年初预算, 全年预算 …), not only of a fund named 预算. */
export function speaksOfBudget(text: string): boolean {
  return /预算/.test(withoutFundNames(text));
}

interface RawNumber {
  start: number;
  end: number;
  raw: string;
  value: Decimal;
  decimals: number;
  unit: string;
  /** No unit and nothing but punctuation after: a rate that lost its % sign. */
  bare: boolean;
}

function numbersOf(text: string): RawNumber[] {
  const out: RawNumber[] = [];
  for (const m of text.matchAll(NUMBER)) {
    const start = m.index!;
    const numText = m[0];
    const before = text.slice(Math.max(0, start - 1), start);
    const afterText = text.slice(start + numText.length);
    if (/[A-Za-z\d]/.test(before)) continue;
    if (/^[、]/.test(afterText)) continue; // list numbering 1、
    // List numbering '1.' starts an item; after a word ('占支出合计的0.') the '.' was typed for 。.
    if (/^[.．](?!\d)/.test(afterText) && (before === '' || /[\s，,；;：:。.（(]/.test(before))) continue;
    if (/[（(]$/.test(before) && /^[）)]/.test(afterText)) continue; // （1）
    if (/^\s?[-—~～至]\s?\d/.test(afterText)) continue; // ranges 90-100
    const u = UNIT.exec(afterText);
    const unit = u ? u[1].replace(/\s/g, '') : '';
    if (['年', '月', '日', '号'].includes(unit)) continue;
    if (/^\d{7,}$/.test(numText.replace(/[,.]/g, '')) && !unit) continue; // 科目编码, phone numbers
    const clean = numText.replace(/,/g, '');
    const dot = clean.indexOf('.');
    out.push({
      start,
      end: start + numText.length + (u ? u[0].length : 0),
      raw: text.slice(start, start + numText.length + (u ? u[0].length : 0)),
      value: new Decimal(clean),
      decimals: dot < 0 ? 0 : clean.length - dot - 1,
      unit: unit.replace('(', '（').replace(')', '）'),
      bare: !u && /^(\s*$|[，,。；;、）)]|\.(?!\d))/.test(afterText),
    });
  }
  return out;
}

/** A sentence that opens by comparing with last year (与2022年度相比, 比上年, 较上年). */
const COMPARED_TO_LAST_YEAR = /^\s*[与比较同](?:上年|上一年|\d{4}年)/;

export interface ExtractOptions {
  /** 款/项 names known from the tables: recognised as items where they appear unquoted. */
  names?: string[];
}

export function parseParagraphs(paragraphs: string[], options: ExtractOptions = {}): ParsedParagraph[] {
  const out: ParsedParagraph[] = [];
  let scope: Scope = 'all';
  let parentScope: Scope = 'all';
  paragraphs.forEach((original, pIndex) => {
    const norm = normalizeChars(original).replace(/\[bookmark:[^\]]*\]/g, (s) => ' '.repeat(s.length));
    const heading = isHeading(norm);
    if (heading) {
      const s = headingScope(norm);
      const top = /^\s*(第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+[、.．])/.test(norm.trim());
      if (top) {
        parentScope = s ?? 'all';
        scope = parentScope;
      } else scope = s ?? parentScope;
    }
    const sentences = splitSentences(norm).map((s, sIndex) => parseSentence(s.text, s.start, pIndex, sIndex, heading ? headingScope(norm) ?? scope : scope, options));
    // “1.因公出国（境）费用。2022年决算数0万元，…”: a sentence that names nothing speaks of the
    // item the paragraph named last.
    for (let i = 1; i < sentences.length; i++) {
      if (sentences[i].mentions.length) continue;
      // “…机关运行经费支出63.69万元。与2022年度相比增长25.00%。”: the change is the last amount's.
      if (COMPARED_TO_LAST_YEAR.test(sentences[i].text)) {
        const amount = sentences[i - 1].facts.filter((f) => f.role === 'amount' && f.money && f.item).pop();
        for (const f of sentences[i].facts) {
          if (amount && !f.item && (f.role === 'delta' || f.role === 'growth')) {
            f.item = amount.item;
            f.mention = amount.mention;
          }
        }
      }
      const titled = sentences.slice(0, i).filter((x) => x.mentions.length).pop();
      // Only a bare title sentence (a name and no amount) sets the subject.
      if (!titled || titled.facts.some((f) => f.money)) continue;
      const subject = titled.mentions[titled.mentions.length - 1];
      for (const f of sentences[i].facts) {
        if (!f.item && ['amount', 'budget', 'prior'].includes(f.role)) {
          f.item = subject.key;
          f.mention = subject;
        }
      }
    }
    out.push({ index: pIndex, text: original, norm, heading, scope, sentences });
  });
  return out;
}

function parseSentence(text: string, offset: number, paragraph: number, index: number, scope: Scope, options: ExtractOptions): ParsedSentence {
  const mentions = findMentions(text, options.names ?? []).map((m) => ({ ...m, start: m.start + offset, end: m.end + offset }));
  const numbers = numbersOf(text).map((n) => ({ ...n, start: n.start + offset, end: n.end + offset }));
  const facts: Fact[] = [];
  let prevEnd = offset;
  // Role words are read with item names blanked out: 一般公共预算财政拨款收入 is no 预算数.
  let masked = text;
  for (const m of mentions) masked = masked.slice(0, m.start - offset) + '□'.repeat(m.end - m.start) + masked.slice(m.end - offset);
  const denominatorSpans: [number, number][] = [];
  for (const n of numbers) {
    const lead = masked.slice(prevEnd - offset, n.start - offset);
    const cls = n.unit === '' && !n.bare ? { role: 'other' as Role } : classifyRole(lead, n.unit);
    if (cls.role === 'share') {
      // The denominator is read in the original words (the masked lead hides item names).
      const original = text.slice(prevEnd - offset, n.start - offset);
      cls.denominator = original.slice(original.lastIndexOf('占') + 1).replace(/^(比重|比例|比)/, '').replace(/(的|比重|比例|为)+$/, '');
    }
    if (cls.role === 'share') denominatorSpans.push([n.start - lead.length + lead.lastIndexOf('占'), n.start]);
    const money = n.unit === '万元' || n.unit === '元' || n.unit === '亿元';
    const fact: Fact = {
      paragraph,
      sentence: index,
      start: n.start,
      end: n.end,
      raw: n.raw,
      value: n.unit === '元' ? n.value.div(10000) : n.unit === '亿元' ? n.value.times(10000) : n.value,
      decimals: n.unit === '元' ? n.decimals + 4 : n.unit === '亿元' ? Math.max(0, n.decimals - 4) : n.decimals,
      unit: n.unit,
      role: cls.role,
      direction: cls.direction,
      budgetKind: cls.budgetKind,
      denominator: cls.denominator,
      scope: /一般公共预算/.test(text) && (scope === 'all' || scope === 'fiscal') ? 'gpb' : scope,
      money,
    };
    // The item: for an amount, the nearest name before it in the same clause (or separated only
    // by connecting words); for a rate or a change, the item of the amount it follows.
    const usable = mentions.filter((m) => m.end <= n.start && !denominatorSpans.some(([s, e]) => m.start >= s && m.end <= e));
    const last = usable[usable.length - 1];
    if (['amount', 'budget', 'prior', 'count'].includes(fact.role)) {
      if (last && isConnectorOnly(normalizeBetween(text, last.end - offset, n.start - offset))) {
        fact.item = last.key;
        fact.mention = last;
      } else if (last && fact.role !== 'amount') {
        fact.item = last.key;
        fact.mention = last;
      } else {
        // “年初预算为B万元，支出决算为A万元”: A continues the item of the budget just stated.
        const prev = facts[facts.length - 1];
        if (prev?.item && (prev.role === 'budget' || prev.role === 'prior') && isConnectorOnly(lead.replace(/^[，,；;]/, ''))) {
          fact.item = prev.item;
          fact.mention = prev.mention;
        }
      }
    } else if (fact.role !== 'other') {
      const prior = [...facts].reverse().find((f) => f.item && ['amount', 'budget', 'prior'].includes(f.role));
      if (prior && (!last || last.start <= prior.start || fact.role === 'share')) {
        fact.item = prior.item;
        fact.mention = prior.mention;
      } else if (last) {
        fact.item = last.key;
        fact.mention = last;
      }
    }
    facts.push(fact);
    prevEnd = n.end;
  }
  // 元 among 万元: a slip of the unit (the amount reads as 万元 everywhere else).
  const hasWan = facts.some((f) => f.unit === '万元');
  for (const f of facts) {
    // Per-head and unit prices are rightly in 元 (人均、生均、每人、单价、标准).
    const clause = text.slice(0, f.start - offset).split(/[，,；;。]/).pop() ?? '';
    if (f.unit === '元' && hasWan && f.role !== 'other' && f.item && !/人均|生均|每人|每[个次辆天]|单价|标准/.test(clause)) {
      f.yuanForWan = true;
      f.value = f.value.times(10000);
      f.decimals -= 4;
    }
  }
  return { paragraph, index, start: offset, end: offset + text.length, text, mentions, facts, scope };
}

function normalizeBetween(text: string, from: number, to: number): string {
  return from <= to ? text.slice(from, to) : '';
}