import { JOURNAL_SHEET } from './own-sheets';

/*
 * Where the journal lives, and why: a veryHidden worksheet `_juesuan_journal`, one JSON record per cell
 * in column A.
 * - It is saved inside the .xlsx, so 撤销修正 works after the file was closed, e-mailed or reopened on
 *   another machine; Office.context.document.settings would also survive, but needs saveAsync and is
 *   capped at 2 MB, and custom XML parts need extra round trips per part.
 * - It is read in the same context.sync() that reads the tables (it is just one more used range), so
 *   undo/dismiss cost no extra round trip, and it works from ExcelApi 1.1 (Office 2019 included).
 * - veryHidden means the user cannot unhide it from the Excel UI by accident.
 * Records begin with '{' so Excel never takes them for a formula or a number.
 */

/** A cell's full content as Office.js reports it: value, formula ('=…' or the value), number format. */
export interface CellSnapshot {
  value: unknown;
  formula: unknown;
  numFmt: string;
}

export interface FixRecord {
  k: 'fix';
  /** Batch id: all cells written by one 修正 / 全部修正. */
  batch: string;
  at: string;
  key: string;
  sheet: string;
  cell: string;
  old: CellSnapshot;
  /** What the add-in wrote: a value, or a formula beginning with '='. */
  wrote: { value?: unknown; formula?: string; numFmt?: string };
}

export interface DismissRecord {
  k: 'dismiss';
  key: string;
  reason: string;
  at: string;
}

/** A cell highlighted in degraded mode and the fill it had before. */
export interface MarkRecord {
  k: 'mark';
  sheet: string;
  cell: string;
  /** Original fill colour, or null for no fill. */
  fill: string | null;
}

/** Lines (or a sheet) the add-in showed again for a HIDDEN-AMOUNT finding: 撤销修正 hides them again. */
export interface RevealRecord {
  k: 'reveal';
  batch: string;
  at: string;
  key: string;
  sheet: string;
  /** Rows (1-based) that were hidden and were shown. */
  rows: number[];
  /** Column letters that were hidden and were shown. */
  cols: string[];
  /** The sheet's visibility before, when the add-in made it visible. */
  visibility?: 'Hidden' | 'VeryHidden';
}

/** The results sheet the add-in created (so 清除标注 deletes it and never a user's sheet). */
export interface ResultsSheetRecord {
  k: 'results';
  sheet: string;
}

export type JournalRecord = FixRecord | RevealRecord | DismissRecord | MarkRecord | ResultsSheetRecord;

export function encodeRecord(r: JournalRecord): string {
  return JSON.stringify(r);
}

/** Parses column A of the journal sheet; foreign or damaged lines are skipped, never fatal. */
export function decodeJournal(values: unknown[][] | undefined): JournalRecord[] {
  const out: JournalRecord[] = [];
  for (const row of values ?? []) {
    const text = row?.[0];
    if (typeof text !== 'string' || !text.startsWith('{')) continue;
    try {
      const r = JSON.parse(text) as JournalRecord;
      if (r && typeof r === 'object' && typeof r.k === 'string') out.push(r);
    } catch {
      /* a line damaged by hand: ignore it rather than block the add-in */
    }
  }
  return out;
}

export interface JournalState {
  exists: boolean;
  records: JournalRecord[];
  /** Range in use (cleared on rewrite). */
  usedAddress?: string;
}

export type JournalRead = () => JournalState;

/**
 * Queues the journal read into the current batch. `exists` comes from the worksheet list loaded in an
 * earlier sync, so no method is ever called on a null object.
 */
export function queueJournalRead(context: Excel.RequestContext, exists: boolean): JournalRead {
  if (!exists) return () => ({ exists: false, records: [] });
  const used = context.workbook.worksheets.getItem(JOURNAL_SHEET).getUsedRangeOrNullObject(true);
  used.load('values,address');
  return () =>
    used.isNullObject
      ? { exists: true, records: [] }
      : { exists: true, records: decodeJournal(used.values), usedAddress: used.address };
}

/**
 * Queues writing the whole journal (it is small: one line per changed cell). Creates the veryHidden
 * sheet when missing. Call only after checking the workbook structure is not protected.
 */
export function queueJournalWrite(context: Excel.RequestContext, state: JournalState, records: JournalRecord[]): void {
  const sheets = context.workbook.worksheets;
  let sheet: Excel.Worksheet;
  if (state.exists) {
    sheet = sheets.getItem(JOURNAL_SHEET);
    if (state.usedAddress) sheet.getRange(bare(state.usedAddress)).clear();
  } else {
    if (records.length === 0) return;
    sheet = sheets.add(JOURNAL_SHEET);
    sheet.visibility = 'VeryHidden' as Excel.SheetVisibility;
  }
  if (records.length === 0) return;
  const range = sheet.getRange(`A1:A${records.length}`);
  range.numberFormat = records.map(() => ['@']);
  range.values = records.map((r) => [encodeRecord(r)]);
}

function bare(address: string): string {
  return address.includes('!') ? address.slice(address.lastIndexOf('!') + 1) : address;
}
