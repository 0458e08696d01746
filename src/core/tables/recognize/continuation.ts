import { rangeA1 } from '../../model/address';
import type { SheetView } from '../sheet-view';
import type { RecognizedTable } from '../types';
import type { TableStart } from './locate';
import { onlyPageBreakBetween } from './page-break';
import { olderSheet } from '../sheet-versions';

/** '支出决算表（续）', '(续表)', '续表' — how a table carried over a page break is marked. */
const CONTINUED_TITLE = /[（(]\s*续\s*表?\s*[)）]\s*$|续表$/;
const CONTINUED_LINE = /^[（(]?\s*续\s*表?\s*[)）]?$/;
/** Rows above and below a start that may carry a lone '(续)' line. */
const LINES_ABOVE = 2;
const HEADING_ROWS = 3;

/** Whether the table starting here continues the previous one ('…（续）' title or a '(续)' line). */
export function isContinuation(view: SheetView, start: TableStart, limit: number, cols = { left: 0, right: Number.MAX_SAFE_INTEGER }): boolean {
  if (start.title && CONTINUED_TITLE.test(start.title.trim())) return true;
  const last = Math.min(limit, start.top + HEADING_ROWS);
  for (let r = Math.max(0, start.top - LINES_ABOVE); r <= last; r++) {
    for (const [, t] of view.rowTexts(r, cols.left, cols.right)) if (CONTINUED_LINE.test(t)) return true;
  }
  return false;
}

/**
 * Whether `part` is the rest of `table` on the next printed page: the same table of the same
 * department on the same sheet, the first part closed by no notes, and nothing but blank rows and
 * page numbers between them (the title and header printed again at the top of the page).
 */
export function continuesOnNextPage(view: SheetView, table: RecognizedTable, part: RecognizedTable): boolean {
  return (
    table.sheet === part.sheet &&
    table.id === part.id &&
    table.notes.length === 0 &&
    table.department === part.department &&
    table.unit === part.unit &&
    part.top > table.bottom &&
    onlyPageBreakBetween(view, table.bottom + 1, part.top - 1, Math.min(table.left, part.left), Math.max(table.right, part.right))
  );
}

/**
 * Folds a continuation block into the table it continues: its rows join the table's rows, so
 * 合计 = Σ 类 and every other identity see the whole table, not two halves of it.
 */
export function mergeContinuation(table: RecognizedTable, part: RecognizedTable): void {
  const keys = new Set(table.columns.map((c) => c.key));
  for (const c of part.columns) if (!keys.has(c.key)) table.columns.push(c);
  table.rows.push(...part.rows);
  table.notes.push(...part.notes);
  table.empty = table.empty && part.empty;
  if (part.sheet !== table.sheet) {
    // Rows keep their own cells; the range stays the first part's, the other sheets are listed.
    table.continuedOn = [...(table.continuedOn ?? []), { sheet: part.sheet, range: part.range }];
    return;
  }
  table.bottom = Math.max(table.bottom, part.bottom);
  table.right = Math.max(table.right, part.right);
  table.left = Math.min(table.left, part.left);
  table.range = rangeA1(table.top, table.left, table.bottom, table.right);
}

/** A row as the table knows it: its 科目编码 or fixed key, and its name. */
function rowIdentity(r: RecognizedTable['rows'][number]): string | undefined {
  const id = r.code ?? r.key;
  return id ? `${id}|${r.name}` : undefined;
}

/**
 * Whether a continuation block only repeats rows the table already has: a copy of its '（续）' sheet
 * (an older draft, Excel's '(2)'), not the rest of the table. A real continuation adds rows.
 */
export function repeatsRows(table: RecognizedTable, part: RecognizedTable): boolean {
  const known = new Set(table.rows.map(rowIdentity));
  let rows = 0;
  for (const r of part.rows) {
    const id = rowIdentity(r);
    if (!id) continue;
    if (!known.has(id)) return false;
    rows++;
  }
  return rows > 0;
}

/** The sheet a row's cells are on. */
function sheetOf(r: RecognizedTable['rows'][number]): string | undefined {
  if (r.nameCell) return r.nameCell.sheet;
  for (const key in r.cells) return r.cells[key].sheet;
  return undefined;
}

/**
 * When `part` repeats the rows of an earlier part on another sheet, whether that earlier part should
 * give way: it is hidden and `part` is not, or its sheet's name marks it older ('… (2)', '…-修改前').
 * Returns the earlier part's sheet, or undefined to keep the table as it is.
 */
export function supersededPart(table: RecognizedTable, part: RecognizedTable, hiddenSheets: ReadonlySet<string>): string | undefined {
  const repeated = new Set(part.rows.map(rowIdentity));
  const row = table.rows.find((r) => rowIdentity(r) !== undefined && repeated.has(rowIdentity(r)));
  const earlier = row && sheetOf(row);
  if (!earlier || earlier === table.sheet || earlier === part.sheet) return undefined;
  if (hiddenSheets.has(earlier) !== hiddenSheets.has(part.sheet)) return hiddenSheets.has(earlier) ? earlier : undefined;
  return olderSheet(earlier, part.sheet) === earlier ? earlier : undefined;
}

/** Takes the part on `sheet` back out of the table: its rows and its place in continuedOn. */
export function removePart(table: RecognizedTable, sheet: string): { sheet: string; range: string } | undefined {
  table.rows = table.rows.filter((r) => sheetOf(r) !== sheet);
  const entry = table.continuedOn?.find((c) => c.sheet === sheet);
  const rest = table.continuedOn?.filter((c) => c.sheet !== sheet);
  if (rest?.length) table.continuedOn = rest;
  else delete table.continuedOn;
  return entry;
}
