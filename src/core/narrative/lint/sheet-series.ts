/**
 * Sheet names that number the parts of one text: 说明1 说明2, 决算说明（一） 决算说明（二）, 附件2-1 附件2-2.
 * Not 附件2 附件3 (attachments, each its own text), nor the names Excel gives copies of a sheet
 * (决算说明 (2), 决算说明 (3): the same text again).
 */
const PART = /^(.*?)\s*([-－_—]|之)?\s*(?:[（(]\s*([一二三四五六七八九十\d]+)\s*[）)]|(\d+|[一二三四五六七八九十]+))$/;
const EXCEL_COPY = /\s\(\d+\)$/;
const CHINESE_DIGITS = '一二三四五六七八九';

function numberOf(text: string): number {
  if (/^\d+$/.test(text)) return Number(text);
  // 一 … 九十九: [tens]十[units]
  const [tens, units] = text.includes('十') ? text.split('十') : ['', text];
  const digit = (c: string) => CHINESE_DIGITS.indexOf(c) + 1;
  return (text.includes('十') ? (tens ? digit(tens) : 1) * 10 : 0) + (units ? digit(units) : 0);
}

/** The stem and number of a numbered part of a 说明, or nothing when the name numbers no such part. */
export function seriesPart(name: string): { stem: string; n: number } | undefined {
  const trimmed = name.trim();
  const m = PART.exec(trimmed);
  if (!m || !m[1] || EXCEL_COPY.test(trimmed)) return undefined;
  const stem = m[1].replace(/\s+/g, '');
  // A part of a 说明 by its name, or a sub-number (附件2-1) rather than an attachment's own number.
  if (!/说明/.test(stem) && !(m[2] && /\d$/.test(stem))) return undefined;
  const n = numberOf(m[3] ?? m[4]);
  return n > 0 ? { stem, n } : undefined;
}

/** Whether sheet `next` is the part after sheet `prev` of one numbered series. */
export function continuesSeries(prev: string, next: string): boolean {
  const a = seriesPart(prev);
  const b = seriesPart(next);
  return !!a && !!b && a.stem === b.stem && b.n === a.n + 1;
}
