import type { NarrativeParagraph } from './context';
import { PERIOD_FOR_FULL_STOP, normalizeChars } from './text';

/**
 * A 说明 copied out of a PDF comes back one printed line per paragraph (or cell): sentences cut
 * mid-way, an amount on one line and its 万元 on the next. Lines are joined back into paragraphs:
 * a full-width line that does not end a sentence runs on into the next, unless the next line
 * starts a numbered item or is a figure's caption. Headings and titles are shorter than a full line and stay apart.
 */
/** 。！？… or a '.' typed for 。, closing quotes after. */
const ENDS_SENTENCE = new RegExp(`(?:[。！？!?…]|${PERIOD_FOR_FULL_STOP})[”」』）)]*$`);
/** 一、 （一） 1. 1、 (1) ① 第一部分 附件 — how headings and list items start. */
const NUMBERED = /^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[)）]|\d+[、.．](?!\d)|[①-⑳]|第[一二三四五六七八九十\d]+[部章节条]|附件|附表)/;
/** （图7：…）, 图1：…, 表2 — a figure's or table's caption line is no part of the sentence before it. */
const CAPTION = /^[（(]?[图表]\s*\d+/;
/** Word's bookmarks as some conversions print them: '[bookmark: _Toc15377205]一、…'. */
const BOOKMARKS = /^(?:\[bookmark:[^\]]*\]\s*)+/;
/** Lines shorter than this are titles, headings or a paragraph's last line, whatever the page. */
const MIN_LINE = 20;

/** The line as the patterns read it: no bookmarks, ASCII digits ('１．' numbers an item as '1.' does). */
const plain = (text: string) => normalizeChars(text.trim().replace(BOOKMARKS, ''));

/**
 * How many characters a full printed line holds: most lines of a PDF copy are that long. In a
 * document of real paragraphs this is a long paragraph's length, and few lines come near it
 * without ending their sentence.
 */
function fullLine(paragraphs: NarrativeParagraph[]): number {
  const lengths = paragraphs
    .map((p) => plain(p.text).length)
    .filter((n) => n >= MIN_LINE)
    .sort((a, b) => a - b);
  return lengths.length ? lengths[Math.floor(lengths.length * 0.8)] : Infinity;
}

export function joinWrappedLines(paragraphs: NarrativeParagraph[]): NarrativeParagraph[] {
  // Widths vary by a few characters: digits and Latin letters are narrower than 汉字.
  const width = Math.max(MIN_LINE, fullLine(paragraphs) * 0.85);
  // '…附件2.' then a line of words: a '.' typed for 。 after a digit (a decimal cut by the line runs on into digits).
  const endsAfterDigit = (line: string, next: string) => /\d\.$/.test(line) && !/^\d/.test(next);
  const runsOn = (line: string, next: string) => line.length >= width && !ENDS_SENTENCE.test(line) && !endsAfterDigit(line, next) && !NUMBERED.test(next) && !CAPTION.test(next);
  const out: NarrativeParagraph[] = [];
  for (const p of paragraphs) {
    const last = out[out.length - 1];
    if (last && runsOn(plain(last.text), plain(p.text))) out[out.length - 1] = { ...last, text: last.text.trimEnd() + p.text.trim(), joined: true };
    else out.push(p);
  }
  return out;
}

/** 汉字, CJK or full-width punctuation and Chinese quotes (not the ideographic space): the characters of a 说明's words. */
const CJK = '\\u2018-\\u201f\\u3001-\\u303f\\u4e00-\\u9fff\\uff01-\\uffef';
const SPACED_CJK = new RegExp(`([${CJK}])[ \\u00a0](?=[${CJK}])`, 'g');
const SPACED_HANZI = /[\u4e00-\u9fff][ \u00a0](?=[\u4e00-\u9fff])/g;
const JOINED_HANZI = /[\u4e00-\u9fff](?=[\u4e00-\u9fff])/g;

/**
 * A line a PDF justified by spacing its letters comes back with a space between every two 汉字
 * ('一 般 公 共 预 算 财 政 拨 款'): names and units no longer read. When at least half of the
 * neighbouring 汉字 of a paragraph are so spaced, the spaces between its CJK characters go; a stray
 * space in an ordinary paragraph stays.
 */
export function closeLetterSpacing(text: string): string {
  const spaced = text.match(SPACED_HANZI)?.length ?? 0;
  if (spaced < 2) return text;
  const joined = text.match(JOINED_HANZI)?.length ?? 0;
  return spaced >= joined ? text.replace(SPACED_CJK, '$1') : text;
}

/** A 说明 as it comes out of a PDF, mended: letter spacing closed, printed lines joined into paragraphs. */
export function repairPdfCopy(paragraphs: NarrativeParagraph[]): NarrativeParagraph[] {
  return joinWrappedLines(paragraphs.map((p) => ({ ...p, text: closeLetterSpacing(p.text) })));
}
