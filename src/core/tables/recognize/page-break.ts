/**
 * A page break inside a table, as PDF-to-Excel conversions and pasted print-outs leave it: a page
 * number line ('第 1 页', '- 2 -', '1/3') and the header rows printed again at the top of the next
 * page, with blank rows around. The table goes on below; those rows are not data.
 */
import { HEADER_TOKEN, headerKey } from '../labels';
import type { SheetView } from '../sheet-view';
import type { Block } from './band';

/** A page number line as conversions print it: 第 1 页, - 2 -, 1/3, Page 4 of 9. */
const PAGE_NUMBER = /^(第\d+页([,，、]?共\d+页)?|共\d+页[,，、]?第\d+页|[-－—–]\d+[-－—–]|\d+\/\d+|page\d+(of\d+)?)$/i;

export function isPageNumber(text: string): boolean {
  return PAGE_NUMBER.test(text.replace(/\s+/g, ''));
}

/** A row whose only text (within the columns) is a page number. */
function isPageNumberRow(view: SheetView, r: number, left: number, right: number): boolean {
  const texts = view.rowTexts(r, left, right);
  return texts.length === 1 && isPageNumber(texts[0][1]);
}

/** A row's texts with their columns relative to the block: a repeated header row gives the same. */
function signature(b: Block, r: number): string {
  return b.view
    .rowTexts(r, b.left, b.right)
    .map(([c, t]) => `${c - b.left}:${headerKey(t)}`)
    .join('|');
}

/**
 * The header band's rows, to know them again below: those with at least two texts or a lone 栏次
 * (another lone word may be data). Only first texts are read up front; the full rows only when a
 * data row starts like one (rarely: recognition runs this for every table of a batch workbook).
 */
export class HeaderRows {
  /** First text of each band row, as printed: most data rows are ruled out by it alone. */
  readonly firstTexts = new Set<string>();
  private signatureSet?: Set<string>;

  constructor(
    private readonly b: Block,
    private readonly bandTop: number,
    private readonly bandBottom: number,
  ) {
    for (let r = bandTop; r <= bandBottom; r++) {
      const first = b.view.firstText(r, b.left, b.right);
      if (first !== '') this.firstTexts.add(first);
    }
  }

  /** Row r prints one of the band's rows again. */
  has(r: number): boolean {
    return this.signatures().has(signature(this.b, r));
  }

  private signatures(): Set<string> {
    if (this.signatureSet) return this.signatureSet;
    const out = new Set<string>();
    for (let r = this.bandTop; r <= this.bandBottom; r++) {
      const texts = this.b.view.rowTexts(r, this.b.left, this.b.right);
      if (texts.length >= 2 || (texts.length === 1 && HEADER_TOKEN.test(headerKey(texts[0][1])))) out.add(signature(this.b, r));
    }
    return (this.signatureSet = out);
  }
}

/** What a page number line may start with: any other first character rules one out at once. */
const PAGE_NUMBER_START = /^[\s第共\-－—–\dPp]/;

/** Whether a row with this first text may start a page break: a cheap test made on every data row. */
export function mayStartPageBreak(first: string, header?: HeaderRows): boolean {
  return first === '' || !!header?.firstTexts.has(first) || mayBePageNumber(first);
}

function mayBePageNumber(first: string): boolean {
  return PAGE_NUMBER_START.test(first) && isPageNumber(first);
}

/** Rows a page break may span: the page number, blank lines and a header of a few rows. */
const MAX_BREAK_ROWS = 10;

/**
 * After two or more blank lines, a row that carries the data on: a 科目编码 (or its 类/款/项 part)
 * or a 行次 first, or a label with its 行次 beside it. Notes, titles and scratch figures below a
 * table do not start so.
 */
function continuesData(b: Block, r: number): boolean {
  const texts = b.view.rowTexts(r, b.left, b.right);
  return texts.length >= 2 && (/^\d{2,7}$/.test(texts[0][1].trim()) || /^\d{1,3}$/.test(texts[1][1].trim()));
}

/**
 * When a page break starts at row r (a blank, a page number or a repeated header row) and the table's
 * data goes on after it, the rows of the break; otherwise undefined. A break shows a page number or
 * a repeated header row, or is two or more blank lines followed by a coded data row; other blank
 * lines still end the table.
 */
export function pageBreakAt(b: Block, r: number, header?: HeaderRows): number[] | undefined {
  const rows: number[] = [];
  let marked = false;
  for (let u = r; u <= b.limit && rows.length < MAX_BREAK_ROWS; u++) {
    const first = b.view.firstText(u, b.left, b.right);
    if (first === '') {
      rows.push(u);
      continue;
    }
    // The first text rules out most rows before any row of texts is built.
    const pageNumber = mayBePageNumber(first) && isPageNumberRow(b.view, u, b.left, b.right);
    if (pageNumber || (header?.firstTexts.has(first) && header.has(u))) {
      rows.push(u);
      marked = true;
      continue;
    }
    return marked || (rows.length >= 2 && continuesData(b, u)) ? rows : undefined;
  }
  // The block ends inside the break (the title printed again starts the next block).
  return marked && rows.length < MAX_BREAK_ROWS ? rows : undefined;
}

/**
 * Whether only blank rows and page numbers lie between two rows: a table printed again with its
 * title on the next page (print titles that include the title rows) continues across such a gap.
 */
export function onlyPageBreakBetween(view: SheetView, from: number, to: number, left: number, right: number): boolean {
  if (to - from + 1 > MAX_BREAK_ROWS) return false;
  for (let r = from; r <= to; r++) {
    if (view.rowHasContent(r, left, right) && !isPageNumberRow(view, r, left, right)) return false;
  }
  return true;
}
