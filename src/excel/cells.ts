import { sameFormula, sameValue } from '../core/findings/fix-write';
import type { CellSnapshot } from './journal';

/** Reads one cell's value, formula and number format (queued; call the getter after the sync). */
export function queueCellRead(context: Excel.RequestContext, sheet: string, cell: string): () => CellSnapshot {
  const r = context.workbook.worksheets.getItem(sheet).getRange(cell);
  r.load('values,formulas,numberFormat');
  return () => ({ value: r.values[0][0], formula: r.formulas[0][0], numFmt: String(r.numberFormat[0][0]) });
}

export function hasFormula(s: CellSnapshot): boolean {
  return typeof s.formula === 'string' && s.formula.startsWith('=');
}

/** Same content as far as a user can tell: formula if any, else value; and number format. */
export function sameSnapshot(a: CellSnapshot, b: CellSnapshot): boolean {
  if (hasFormula(a) || hasFormula(b)) return sameFormula(a.formula, b.formula) && a.numFmt === b.numFmt;
  return sameValue(a.value, b.value) && a.numFmt === b.numFmt;
}

/** Text that Excel would turn into a number, date or formula when written to values. */
const CONVERTIBLE = /^\s*[=+\-@]|^\s*[0-9.,(]|%\s*$|^(TRUE|FALSE)$/i;

/** Queues writing a snapshot back exactly: formula, or value (text kept as text), then number format. */
export function queueCellRestore(context: Excel.RequestContext, sheet: string, cell: string, s: CellSnapshot): void {
  const r = context.workbook.worksheets.getItem(sheet).getRange(cell);
  r.numberFormat = [[s.numFmt]];
  if (hasFormula(s)) r.formulas = [[s.formula as string]];
  else if (typeof s.value === 'string' && s.value !== '' && s.numFmt !== '@' && CONVERTIBLE.test(s.value)) r.values = [[`'${s.value}`]];
  else r.values = [[s.value as string | number | boolean]];
}

/** Snapshot of the cell as it will be after the add-in writes it (for changed-since comparisons). */
export function describe(s: CellSnapshot): string {
  if (hasFormula(s)) return String(s.formula);
  if (s.value === '' || s.value === null || s.value === undefined) return '（空）';
  return String(s.value);
}
