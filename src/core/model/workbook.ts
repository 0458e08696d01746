/**
 * Host-neutral workbook model. The ExcelJS adapter (CLI) and the Office.js gateway (add-in)
 * both fill it; the core never sees either library.
 */

import { parseA1 } from './address';
import { mergeCovering } from './merge-index';

export type CellValue = string | number | boolean | null;

export interface Cell {
  /** Raw value as stored: number, text, boolean, or null for empty. */
  value: CellValue;
  /** Formula without the leading '=', when the cell holds one. */
  formula?: string;
  /** Excel number format, e.g. '#,##0.00'. */
  numFmt?: string;
  /** Excel error value such as '#REF!' when the cell evaluates to an error. */
  error?: string;
}

/** 0-based inclusive rectangle. */
export interface CellRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface Sheet {
  name: string;
  hidden?: boolean;
  /** Hidden (or filtered-out) rows and columns, 0-based: they do not print. Absent = none known. */
  hiddenRows?: number[];
  hiddenCols?: number[];
  /** The sheet's AutoFilter range, if it has one: rows hidden inside it below its header row are filtered out. */
  autoFilter?: CellRange;
  /** Row-major, 0-based, absolute sheet coordinates; missing entries are empty cells. */
  rows: (Cell | undefined)[][];
  merges: CellRange[];
}

export interface Workbook {
  sheets: Sheet[];
  /** File name or document title, for messages. */
  source?: string;
}

export interface CellRef {
  sheet: string;
  row: number;
  col: number;
}

/** Names of the hidden sheets (backups, drafts, helper sheets: they do not print). */
export function hiddenSheetNames(workbook: Workbook): Set<string> {
  return new Set(workbook.sheets.filter((s) => s.hidden).map((s) => s.name));
}

export function cellAt(sheet: Sheet, row: number, col: number): Cell | undefined {
  return sheet.rows[row]?.[col];
}

export function rowCount(sheet: Sheet): number {
  return sheet.rows.length;
}

export function colCount(sheet: Sheet): number {
  let max = 0;
  for (const r of sheet.rows) if (r && r.length > max) max = r.length;
  return max;
}

/** Display text of a cell for header and label matching. */
export function cellText(cell: Cell | undefined): string {
  if (!cell || cell.value === null || cell.value === undefined) return '';
  return String(cell.value).trim();
}

/** Master cell of the merge that covers (row, col), or the cell itself. */
export function mergeMaster(sheet: Sheet, row: number, col: number): { row: number; col: number } {
  const m = mergeCovering(sheet, row, col);
  return m ? { row: m.top, col: m.left } : { row, col };
}

/** Text of a cell, looking through merged areas to their master cell (merged headers). */
export function mergedText(sheet: Sheet, row: number, col: number): string {
  const own = cellText(cellAt(sheet, row, col));
  if (own) return own;
  const m = mergeMaster(sheet, row, col);
  return m.row === row && m.col === col ? '' : cellText(cellAt(sheet, m.row, m.col));
}

export function setCell(sheet: Sheet, row: number, col: number, cell: Cell): void {
  while (sheet.rows.length <= row) sheet.rows.push([]);
  const r = sheet.rows[row] ?? (sheet.rows[row] = []);
  r[col] = cell;
}

/** Build a sheet from a 2-D array of values (tests, Office.js values arrays). */
export function sheetFromValues(name: string, values: CellValue[][], origin = { row: 0, col: 0 }): Sheet {
  const sheet: Sheet = { name, rows: [], merges: [] };
  values.forEach((line, r) =>
    line.forEach((v, c) => {
      if (v !== null && v !== '' && v !== undefined) setCell(sheet, origin.row + r, origin.col + c, { value: v });
    }),
  );
  return sheet;
}

/** The cell lies inside the sheet's AutoFilter, below its header row: hidden, it is the filter that hides it. */
export function inAutoFilter(sheet: Sheet | undefined, row: number, col: number): boolean {
  const f = sheet?.autoFilter;
  return !!f && row > f.top && row <= f.bottom && col >= f.left && col <= f.right;
}

/**
 * The workbook with one cell replaced (`change` gets the cell as it was); the changed sheet and row are
 * new objects, the rest shared: the engine's caches key on sheet objects.
 */
export function withCell(workbook: Workbook, sheet: string, address: string, change: (was: Cell | undefined) => Cell | undefined): Workbook {
  const { row, col } = parseA1(address);
  return {
    ...workbook,
    sheets: workbook.sheets.map((s) => {
      if (s.name !== sheet) return s;
      const rows = s.rows.slice();
      const line = (rows[row] ?? []).slice();
      line[col] = change(line[col]);
      rows[row] = line;
      return { ...s, rows };
    }),
  };
}
