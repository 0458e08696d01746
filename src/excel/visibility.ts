import type { RevealRecord } from './journal';
import type { SheetList } from './read';

/*
 * Reading and setting which rows, columns and sheets are hidden, for 取消隐藏 and its undo.
 * Rows are Excel's 1-based numbers, columns letters; rowHidden / columnHidden are ExcelApi 1.2.
 */

/** Rows and columns of a reveal that are hidden now, read in a batch (call the getter after the sync). */
export type HiddenNow = () => { rows: number[]; cols: string[] };

/** Queues reading which of these rows and columns are hidden now (rowHidden / columnHidden, ExcelApi 1.2). */
export function queueHiddenNow(context: Excel.RequestContext, sheet: string, rows: number[], cols: string[]): HiddenNow {
  const ws = context.workbook.worksheets.getItem(sheet);
  const rowRanges = rows.map((r) => ws.getRange(`A${r}`).load('rowHidden'));
  const colRanges = cols.map((c) => ws.getRange(`${c}1`).load('columnHidden'));
  return () => ({
    rows: rows.filter((_, i) => rowRanges[i].rowHidden === true),
    cols: cols.filter((_, i) => colRanges[i].columnHidden === true),
  });
}

/** Runs of consecutive rows ('A5:A7'): one range per run rather than one per row. */
function rowRuns(rows: number[]): string[] {
  const sorted = [...rows].sort((a, b) => a - b);
  const runs: string[] = [];
  let start = sorted[0];
  for (let i = 1; i <= sorted.length; i++) {
    if (sorted[i] === sorted[i - 1] + 1) continue;
    runs.push(start === sorted[i - 1] ? `A${start}` : `A${start}:A${sorted[i - 1]}`);
    start = sorted[i];
  }
  return runs;
}

/** Queues hiding (or showing) rows and columns of a sheet. */
export function queueLinesHidden(context: Excel.RequestContext, sheet: string, rows: number[], cols: string[], hidden: boolean): void {
  const ws = context.workbook.worksheets.getItem(sheet);
  if (rows.length) for (const address of rowRuns(rows)) ws.getRange(address).rowHidden = hidden;
  for (const c of cols) ws.getRange(`${c}1`).columnHidden = hidden;
}

export function visibilityOf(list: SheetList, sheet: string): string | undefined {
  return list.sheets.find((s) => s.name === sheet)?.visibility;
}

/** Queues showing what the records name (hide = false) or hiding it again (hide = true, for undo). */
export function queueReveal(context: Excel.RequestContext, records: RevealRecord[], hide: boolean): void {
  for (const r of records) {
    // A sheet is shown before its lines and hidden after them (Excel changes lines of hidden sheets too).
    if (r.visibility && !hide) context.workbook.worksheets.getItem(r.sheet).visibility = 'Visible' as Excel.SheetVisibility;
    queueLinesHidden(context, r.sheet, r.rows, r.cols, hide);
    if (r.visibility && hide) context.workbook.worksheets.getItem(r.sheet).visibility = r.visibility as Excel.SheetVisibility;
  }
}
