import type { NarrativeParagraph } from './context';

/**
 * A 说明 copied out of a PDF comes back one printed line per paragraph (or cell): sentences cut
 * mid-way, an amount on one line and its 万元 on the next. Lines are joined back into paragraphs:
 * a full-width line that does not end a sentence runs on into the next, unless the next line
 * starts a numbered item. Headings and titles are shorter than a full line and stay apart.
 */
const ENDS_SENTENCE = /[。！？!?…][”」』）)]*$/;
/** 一、 （一） 1. 1、 (1) ① 第一部分 附件 — how headings and list items start. */
const NUMBERED = /^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[)）]|\d+[、.．](?!\d)|[①-⑳]|第[一二三四五六七八九十\d]+[部章节条]|附件|附表)/;
/** Word's bookmarks as some conversions print them: '[bookmark: _Toc15377205]一、…'. */
const BOOKMARKS = /^(?:\[bookmark:[^\]]*\]\s*)+/;
/** Lines shorter than this are titles, headings or a paragraph's last line, whatever the page. */
const MIN_LINE = 20;

const plain = (text: string) => text.trim().replace(BOOKMARKS, '');

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
  const runsOn = (line: string, next: string) => line.length >= width && !ENDS_SENTENCE.test(line) && !NUMBERED.test(next);
  const out: NarrativeParagraph[] = [];
  for (const p of paragraphs) {
    const last = out[out.length - 1];
    if (last && runsOn(plain(last.text), plain(p.text))) out[out.length - 1] = { ...last, text: last.text.trimEnd() + p.text.trim() };
    else out.push(p);
  }
  return out;
}
