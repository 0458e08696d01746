import type { Cell, Workbook } from '../core/model/workbook';
import { cellAt, withCell } from '../core/model/workbook';
import { parseA1 } from '../core/model/address';
import type { CellSnapshot } from './journal';
import { cellFromOffice } from './read';
import type { LastCheck } from './session';

/** The snapshot Office.js would report for a model cell (for messages). */
export function snapshotOf(cell: Cell | undefined): CellSnapshot {
  const value = cell?.error ?? cell?.value ?? '';
  return { value, formula: cell?.formula !== undefined ? `=${cell.formula}` : value, numFmt: cell?.numFmt ?? 'General' };
}

export function modelCell(workbook: Workbook, sheet: string, cell: string): Cell | undefined {
  const s = workbook.sheets.find((x) => x.name === sheet);
  const { row, col } = parseA1(cell);
  return s ? cellAt(s, row, col) : undefined;
}

export function snapshotAt(workbook: Workbook, sheet: string, cell: string): CellSnapshot {
  return snapshotOf(modelCell(workbook, sheet, cell));
}

const norm = (c: Cell | undefined) => JSON.stringify([c?.value ?? null, c?.formula ?? null, c?.numFmt ?? null, c?.error ?? null]);

/**
 * The cell still holds what the check read (compared the way the gateway read it: dates, errors, formats).
 * A formula is compared by its text: its value moves with the cells it reads, a 修正 elsewhere included.
 */
export function unchangedSinceCheck(workbook: Workbook, sheet: string, cell: string, current: CellSnapshot): boolean {
  const now = cellFromOffice(current.value, current.formula, current.numFmt);
  const then = modelCell(workbook, sheet, cell);
  if (now?.formula !== undefined && then?.formula !== undefined) return now.formula === then.formula && now.numFmt === then.numFmt;
  return norm(now) === norm(then);
}

/**
 * The checked model after the add-in's own writes (修正 and 撤销修正): each cell as Office would read it
 * back, so a later 修正 or 全部修正 sees its own writes as such, not as the user's changes since the check.
 */
export function rememberWrites(last: LastCheck, writes: { sheet: string; cell: string; now: CellSnapshot }[]): void {
  for (const w of writes) last.workbook = withCell(last.workbook, w.sheet, w.cell, () => cellFromOffice(w.now.value, w.now.formula, w.now.numFmt));
}
