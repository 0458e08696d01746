import { memoByText } from '../memo';

/** Full-width digits and punctuation to ASCII; the forms officers type with a Chinese IME. */
const FULL_WIDTH: Record<string, string> = {
  '，': ',', '．': '.', '。': '.', '－': '-', '—': '-', '−': '-', '％': '%', '（': '(', '）': ')', '＋': '+', '　': ' ',
  // Minus signs that word processors and PDFs put in place of '-'.
  '–': '-', '‐': '-', '‑': '-', '﹣': '-',
};

/** Characters toHalfWidth changes: most cell texts have none and are returned as they are. */
const NEEDS_FOLDING = /[\uff01-\uff5e\u3000\u3002\u2010\u2011\u2013\u2014\u2212\ufe63]/;

export function toHalfWidth(s: string): string {
  if (!NEEDS_FOLDING.test(s)) return s;
  let out = '';
  for (const ch of s) {
    const code = ch.charCodeAt(0);
    if (code >= 0xff10 && code <= 0xff19) out += String.fromCharCode(code - 0xff10 + 48);
    else if (code >= 0xff21 && code <= 0xff5a) out += String.fromCharCode(code - 0xfee0);
    else out += FULL_WIDTH[ch] ?? ch;
  }
  return out;
}

/**
 * Only full-width digits, dot and dash as ASCII ('２０１０３', '１２', '２０１．０３'): for codes and 行次, where
 * toHalfWidth's folding of brackets and letters would change the names read beside them.
 */
export function halfWidthDigits(text: string): string {
  return /[\uff10-\uff19\uff0e\uff0d]/.test(text)
    ? text.replace(/[\uff10-\uff19\uff0e\uff0d]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    : text;
}

/**
 * Spaces of every kind, and the invisible characters text copied from a PDF or a web page brings
 * along (zero-width space/joiners, word joiner, BOM): never part of a number or a name.
 */
export const INVISIBLE = /[\s\u00a0\u200b-\u200d\u2060\ufeff]+/g;

/** Label normalisation for matching names: no spaces, half-width, unified quotes. */
export const normalizeLabel: (s: string) => string = memoByText(
  (s) =>
    toHalfWidth(s)
      .replace(INVISIBLE, '')
      .replace(/[“”"‘’']/g, '"')
      .replace(/[（]/g, '(')
      .replace(/[）]/g, ')'),
  100_000,
);
