import type { Cell, Workbook } from '../core/model/workbook';
import { cellAt } from '../core/model/workbook';
import { parseA1 } from '../core/model/address';
import type { CellSnapshot } from './journal';
import { cellFromOffice } from './read';

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

/** The cell still holds what the check read (compared the way the gateway read it: dates, errors, formats). */
export function unchangedSinceCheck(workbook: Workbook, sheet: string, cell: string, current: CellSnapshot): boolean {
  return norm(cellFromOffice(current.value, current.formula, current.numFmt)) === norm(modelCell(workbook, sheet, cell));
}
