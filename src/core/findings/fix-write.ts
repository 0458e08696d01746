import type { Finding, Fix } from './finding';

/** 修正 writes the correct value, or (where the finding offers one) a live formula over its parts. */
export type FixMode = 'value' | 'formula';

/** What a fix writes into its cell: a value, or a formula beginning with '='; and the number format to keep. */
export interface CellWrite {
  value?: unknown;
  formula?: string;
  numFmt?: string;
}

export function writeOf(fix: Fix, mode: FixMode): CellWrite {
  const write: CellWrite = mode === 'formula' && fix.formula ? { formula: `=${fix.formula}` } : { value: fix.value };
  if (fix.numFmt) write.numFmt = fix.numFmt;
  return write;
}

/** Excel may re-case or re-space a formula it stores. */
export function sameFormula(a: unknown, b: unknown): boolean {
  const norm = (x: unknown) => String(x ?? '').replace(/\s+/g, '').toUpperCase();
  return norm(a) === norm(b);
}

export function sameValue(a: unknown, b: unknown): boolean {
  if (typeof a === 'number' && typeof b === 'number') return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
  return (a ?? '') === (b ?? '');
}

/** Two writes of one cell that leave the same content (the fixes of one 说明 paragraph do). */
export function sameWrite(a: CellWrite, b: CellWrite): boolean {
  if (a.formula || b.formula) return sameFormula(a.formula, b.formula) && a.numFmt === b.numFmt;
  return sameValue(a.value, b.value) && a.numFmt === b.numFmt;
}

/** 全部修正's findings: every error and warning with a fix (an info is within rounding: nothing to correct). */
export function bulkFixable(findings: Finding[]): Finding[] {
  return findings.filter((f) => f.fix && f.severity !== 'info');
}
