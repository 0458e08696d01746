import type { Cell, Workbook } from '../core/model/workbook';
import { cellAt } from '../core/model/workbook';
import { parseA1 } from '../core/model/address';
import type { CellSnapshot } from './journal';

/** The snapshot Office.js would report for a model cell (as read by the check). */
export function snapshotOf(cell: Cell | undefined): CellSnapshot {
  const value = cell?.error ?? cell?.value ?? '';
  return { value, formula: cell?.formula !== undefined ? `=${cell.formula}` : value, numFmt: cell?.numFmt ?? 'General' };
}

export function snapshotAt(workbook: Workbook, sheet: string, cell: string): CellSnapshot {
  const s = workbook.sheets.find((x) => x.name === sheet);
  const { row, col } = parseA1(cell);
  return snapshotOf(s ? cellAt(s, row, col) : undefined);
}
