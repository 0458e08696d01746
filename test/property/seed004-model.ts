/** Seed 004's twelve tables as an in-memory workbook (one table per sheet at A1, as in the sample). */
import type { Cell, Sheet, Workbook } from '../../src/core/model/workbook';
import { seed004Tables } from '../fixtures/seed004-tables';

/** Printed amounts of the seed: '1,095.72', '0.38'. */
export const AMOUNT_TEXT = /^-?(\d{1,3}(,\d{3})+|\d+)\.\d+$/;

export type AmountStyle = (text: string) => Cell;

const fullWidth = (s: string) => s.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0)).replace(/,/g, '，').replace(/\./g, '．');
const decimals = (s: string) => s.split('.')[1].length;
const plain = (s: string) => s.replace(/,/g, '');

/** Ways the same printed amount reaches a workbook: a formatted number, or text with or without separators. */
export const STYLES: Record<string, AmountStyle> = {
  number: (t) => ({ value: Number(plain(t)), numFmt: `#,##0.${'0'.repeat(decimals(t))}` }),
  numberNoThousands: (t) => ({ value: Number(plain(t)), numFmt: `0.${'0'.repeat(decimals(t))}` }),
  text: (t) => ({ value: t }),
  textNoThousands: (t) => ({ value: plain(t) }),
  fullWidth: (t) => ({ value: fullWidth(t) }),
  fullWidthNoThousands: (t) => ({ value: fullWidth(plain(t)) }),
  // Pasted from a PDF or a web page: no-break spaces and zero-width characters around the digits.
  pastedFromPdf: (t) => ({ value: `\u00a0${t}\u200b` }),
  pastedWithBom: (t) => ({ value: `\ufeff${plain(t)}\u2060` }),
};

export const STYLE_NAMES = Object.keys(STYLES);

/** Number of amount cells, in sheet order: the index a style choice applies to. */
export function amountCount(): number {
  let n = 0;
  for (const t of seed004Tables()) for (const r of t.rows) for (const c of r) if (AMOUNT_TEXT.test(c)) n++;
  return n;
}

/** Builds the workbook; `style(i)` picks the style of the i-th amount cell. */
export function seed004Workbook(style: (i: number) => AmountStyle = () => STYLES.number): Workbook {
  let i = 0;
  const sheets: Sheet[] = seed004Tables().map((t) => {
    const rows: (Cell | undefined)[][] = t.rows.map((r) =>
      r.map((text) => (text === '' ? undefined : AMOUNT_TEXT.test(text) ? style(i++)(text) : { value: text })),
    );
    return { name: t.number, rows, merges: [] };
  });
  return { sheets, source: 'seed 004 (in memory)' };
}
