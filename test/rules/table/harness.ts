/** Running within-table rules on fixture workbooks and on one-cell edits of them. */
import type { Finding } from '../../../src/core/findings/finding';
import { a1 } from '../../../src/core/model/address';
import { type CellRef, type CellValue, type Workbook, setCell } from '../../../src/core/model/workbook';
import { CheckContext } from '../../../src/core/rules/context';
import type { Rule } from '../../../src/core/rules/types';
import { recognizeTables } from '../../../src/core/tables/recognize';
import type { TableId, TableRow } from '../../../src/core/tables/types';
import { loadFixture } from '../../tables/harness';

export const clean = (): Promise<Workbook> => loadFixture('seed004-clean.xlsx');

export function run(rules: Rule[], wb: Workbook): Finding[] {
  const ctx = new CheckContext(wb, recognizeTables(wb).tables);
  return rules.flatMap((r) => r.check(ctx));
}

/** The cell of (table, row, column) as recognised in the workbook. */
export function cellOf(wb: Workbook, id: TableId, pick: (r: TableRow) => boolean, key: string): CellRef {
  const table = recognizeTables(wb).tables.find((t) => t.id === id);
  const ref = table?.rows.find((r) => pick(r) && r.cells[key])?.cells[key];
  if (!ref) throw new Error(`no cell ${id} ${key}`);
  return ref;
}

/** A copy of the workbook with one cell changed (a number keeps the 2-decimal format). */
export function edited(wb: Workbook, ref: CellRef, value: CellValue): Workbook {
  const copy = structuredClone(wb);
  const sheet = copy.sheets.find((s) => s.name === ref.sheet)!;
  if (value === null || value === '') sheet.rows[ref.row][ref.col] = undefined;
  else setCell(sheet, ref.row, ref.col, typeof value === 'number' ? { value, numFmt: '#,##0.00' } : { value });
  return copy;
}

export const where = (f: Finding): string => `${f.sheet}!${f.cell}`;
export const at = (ref: CellRef): string => `${ref.sheet}!${a1(ref.row, ref.col)}`;

export const byKey = (key: string) => (r: TableRow) => r.key === key;
export const byCode = (code: string) => (r: TableRow) => r.code === code;
