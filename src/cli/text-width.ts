/**
 * Terminal columns of a text: CJK ideographs, kana, hangul and full-width forms take two columns
 * (East Asian Wide/Fullwidth), everything else one — so tables of file names and table labels
 * line up in a Chinese terminal, where `padEnd` counts characters.
 */
const WIDE = /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{20000}-\u{3fffd}]/u;

/** Columns of one character (a code point: rare ideographs beyond the BMP are one character, two columns). */
function columnsOf(ch: string): number {
  return WIDE.test(ch) ? 2 : 1;
}

export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += columnsOf(ch);
  return width;
}

/** `text` followed by spaces up to `width` columns (at least one space when it is wider). */
export function padToWidth(text: string, width: number): string {
  return text + ' '.repeat(Math.max(1, width - displayWidth(text)));
}

/** `text` cut to at most `width` columns and padded to exactly `width` (a one-line display that \r overwrites). */
export function fitToWidth(text: string, width: number): string {
  let out = '';
  let used = 0;
  for (const ch of text) {
    const w = columnsOf(ch);
    if (used + w > width) break;
    out += ch;
    used += w;
  }
  return out + ' '.repeat(width - used);
}
