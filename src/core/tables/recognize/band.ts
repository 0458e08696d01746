import { normalized as normalizeLabel } from '../../classification/normalized';
import type { Cell } from '../../model/workbook';
import type { SheetView } from '../sheet-view';
import { HEADER_TOKEN, headerKey, isMetaText, isNoteContinuation, isNoteText, tableNumberOf, bareTitle } from '../labels';
import { matchTitle } from '../schema';
import { memoByText } from '../../memo';
import { type HeaderRows, mayStartPageBreak, pageBreakAt } from './page-break';

/** Rows/columns of one table block on a sheet (0-based, inclusive). */
export interface Block {
  view: SheetView;
  top: number;
  /** Last row the table may use (row before the next table's start). */
  limit: number;
  left: number;
  right: number;
  /** Rows inside the data that are not data: a page break's page number and repeated header. */
  skipRows?: ReadonlySet<number>;
}


/** A title, 公开编号, 部门/单位 line or (续) above the header: remembered, each unit prints the same lines. */
const isHeadingText = memoByText(
  (t: string) => tableNumberOf(t) !== undefined || isMetaText(t) || !!matchTitle(bareTitle(t)) || /^\(续\)$/.test(normalizeLabel(t)),
);

/** What a cell of a 栏次 row may be: a token (栏次/类/款/项) → 0, an integer 1–99 → itself, else → -1. */
const colNoPart = memoByText((t: string): number => {
  const k = normalizeLabel(t);
  if (HEADER_TOKEN.test(k)) return 0;
  return /^\d{1,2}$/.test(k) && Number(k) > 0 ? Number(k) : -1;
});

/** Column extent of the block: min/max column holding anything between top and limit, within [from, to]. */
export function blockColumns(view: SheetView, top: number, limit: number, from = 0, to = Number.MAX_SAFE_INTEGER): { left: number; right: number } {
  let left = Infinity;
  let right = -1;
  const hasValue = (cell: Cell | undefined) => {
    const v = cell?.value;
    return !(v === null || v === undefined || v === '');
  };
  for (let r = top; r <= limit; r++) {
    const line = view.sheet.rows[r];
    if (!line) continue;
    // Only cells that could widen the extent are looked at: from each end inwards.
    const leftEnd = Math.min(left, line.length, to + 1);
    for (let c = from; c < leftEnd; c++) {
      if (hasValue(line[c])) {
        left = c;
        break;
      }
    }
    for (let c = Math.min(line.length - 1, to); c > right && c >= from; c--) {
      if (hasValue(line[c])) {
        right = c;
        break;
      }
    }
  }
  return { left: left === Infinity ? from : left, right: Math.max(right, from) };
}

/** First row below the title lines that carries header text. */
export function findHeaderStart(b: Block): number {
  for (let r = b.top; r <= b.limit; r++) {
    if (!b.view.rowHasContent(r, b.left, b.right)) continue;
    if (b.view.everyText(r, b.left, b.right, isHeadingText)) continue;
    return r;
  }
  return b.limit + 1;
}

export interface ColNoRow {
  row: number;
  /** Sheet column → printed 栏次 number. */
  numbers: Map<number, number>;
}

/** The 栏次 row: only tokens (栏次/类/款/项) and the integers 1, 2, 3… left to right. */
export function findColNoRow(b: Block, from: number, to: number): ColNoRow | undefined {
  for (let r = from; r <= to; r++) {
    // Most rows fail on their first text: only then is a row of numbers collected.
    const first = b.view.firstText(r, b.left, b.right);
    if (first === '' || colNoPart(first) < 0) continue;
    const numbers = new Map<number, number>();
    let expected = 1;
    let token = false;
    const ok = b.view.everyText(r, b.left, b.right, (t, c) => {
      const part = colNoPart(t);
      if (part === 0) token = true;
      else if (part === expected) numbers.set(c, expected++);
      else return false;
      return true;
    });
    if (ok && (numbers.size >= 2 || (numbers.size === 1 && token))) return { row: r, numbers };
  }
  return undefined;
}

/** Rows that only repeat header tokens (a lone “栏次” row under the numbers). */
export function isTokenRow(b: Block, r: number): boolean {
  return b.view.everyText(r, b.left, b.right, (t) => colNoPart(t) === 0);
}

/**
 * Header path of every column: band texts top-down joined by '/'. Merged cells count for every
 * column they cover; an unmerged group header ('年初结转和结余' over three columns) is carried to
 * the right over columns that have sub-headers below it.
 */
export function headerPaths(b: Block, bandTop: number, bandBottom: number, skipRow?: number): Map<number, string> {
  const rows: number[] = [];
  for (let r = bandTop; r <= bandBottom; r++) if (r !== skipRow) rows.push(r);
  const grid = rows.map((r) => {
    const line: string[] = [];
    for (let c = b.left; c <= b.right; c++) {
      const t = headerKey(b.view.mergedText(r, c));
      line.push(HEADER_TOKEN.test(t) || /^\d{1,2}$/.test(t) ? '' : t);
    }
    return line;
  });
  const width = b.right - b.left + 1;
  // below[i][j]: some band row under row i has text in column j.
  const below = grid.map(() => new Array<boolean>(width).fill(false));
  for (let i = grid.length - 2; i >= 0; i--) for (let j = 0; j < width; j++) below[i][j] = below[i + 1][j] || grid[i + 1][j] !== '';
  const hasBelow = (i: number, j: number) => below[i][j];
  for (let i = 0; i < grid.length - 1; i++) {
    let carry = '';
    for (let j = 0; j < width; j++) {
      if (grid[i][j] !== '') carry = hasBelow(i, j) ? grid[i][j] : '';
      else if (carry && hasBelow(i, j)) grid[i][j] = carry;
      else carry = '';
    }
  }
  const paths = new Map<number, string>();
  for (let j = 0; j < width; j++) {
    const parts: string[] = [];
    for (const line of grid) if (line[j] && parts[parts.length - 1] !== line[j]) parts.push(line[j]);
    if (parts.length) paths.set(b.left + j, parts.join('/'));
  }
  return paths;
}

export interface Tail {
  /** Last data row. */
  dataEnd: number;
  /** Rows between dataStart and dataEnd that belong to a page break (see page-break.ts). */
  pageBreakRows: number[];
  notes: string[];
  /** Last row of the table including notes. */
  bottom: number;
}

/**
 * Data rows run until a note line or two blank rows; notes follow (blank lines allowed between).
 * A page break (page number, header printed again) with data after it does not end the data.
 */
export function findTail(b: Block, dataStart: number, header?: HeaderRows): Tail {
  let dataEnd = dataStart - 1;
  let blanks = 0;
  const pageBreakRows: number[] = [];
  let r = dataStart;
  for (; r <= b.limit; r++) {
    // Only the first text of a data row matters here: no row of texts built.
    const first = b.view.firstText(r, b.left, b.right);
    const pageBreak = r > dataStart && mayStartPageBreak(first, header) ? pageBreakAt(b, r, header) : undefined;
    if (pageBreak) {
      pageBreakRows.push(...pageBreak);
      r = pageBreak[pageBreak.length - 1];
      blanks = 0;
      continue;
    }
    if (first === '') {
      if (++blanks >= 2) break;
      continue;
    }
    blanks = 0;
    if (isNoteText(first)) break;
    dataEnd = r;
  }
  // A break after the last data row (the next table follows) is not inside the table.
  const inside = pageBreakRows.filter((row) => row < dataEnd);
  const notes: string[] = [];
  let bottom = dataEnd;
  blanks = 0;
  for (r = dataEnd + 1; r <= b.limit; r++) {
    const texts = b.view.rowTexts(r, b.left, b.right);
    if (!texts.length) {
      if (++blanks > 2) break;
      continue;
    }
    const line = texts.map(([, t]) => t).join(' ');
    if (!(isNoteText(line) || (notes.length && isNoteContinuation(line)))) break;
    blanks = 0;
    notes.push(line);
    bottom = r;
  }
  return { dataEnd, pageBreakRows: inside, notes, bottom };
}
