import { INVISIBLE } from '../../numbers/normalize';

/**
 * Character-level helpers for reading a 说明. Normalisation maps one character to one character,
 * so every span found in the normalised text is a span of the original paragraph.
 */

const ONE_TO_ONE: Record<string, string> = { '％': '%', '．': '.', '﹪': '%' };

export function normalizeChars(s: string): string {
  let out = '';
  for (const ch of s) {
    const code = ch.charCodeAt(0);
    if (ch.length === 1 && code >= 0xff10 && code <= 0xff19) out += String.fromCharCode(code - 0xff10 + 48);
    else if (ch.length === 1 && ONE_TO_ONE[ch]) out += ONE_TO_ONE[ch];
    else out += ch;
  }
  return out;
}

export interface Sentence {
  start: number;
  end: number;
  text: string;
}

/**
 * An ASCII '.' typed for 。 (half-width punctuation), as a regex source for the patterns built on it: after a
 * 汉字, a closing bracket or quote, or %, so never a decimal point (a digit before it), nor an item number ('一.').
 */
export const PERIOD_FOR_FULL_STOP = '(?![一二三四五六七八九十])[\\u4e00-\\u9fff）)”」』%]\\.';
const PERIOD_AT = new RegExp(PERIOD_FOR_FULL_STOP, 'y');

function endsSentenceAt(text: string, i: number): boolean {
  const ch = text[i];
  if ('。！？!?'.includes(ch)) return true;
  if (ch !== '.' || i === 0) return false;
  PERIOD_AT.lastIndex = i - 1;
  return PERIOD_AT.test(text);
}

/** Sentences end at 。！？ (or a '.' typed for 。); a ； keeps a 其中 list together. */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (endsSentenceAt(text, i) || i === text.length - 1) {
      const end = i + 1;
      if (text.slice(start, end).trim()) out.push({ start, end, text: text.slice(start, end) });
      start = end;
    }
  }
  return out;
}

/** Levenshtein distance, for near-miss 科目 names. */
export function editDistance(a: string, b: string): number {
  const m = a.length;
  const n = b.length;
  let prev = Array.from({ length: n + 1 }, (_, j) => j);
  for (let i = 1; i <= m; i++) {
    const cur = [i];
    for (let j = 1; j <= n; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[n];
}

/** Name comparison key: no spaces, quotes or bracket-width differences. */
export function nameKey(s: string): string {
  return s
    .replace(INVISIBLE, '')
    .replace(/[“”"‘’'「」『』]/g, '')
    .replace(/\(/g, '（')
    .replace(/\)/g, '）');
}
