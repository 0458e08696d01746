/**
 * Hand-built recognised tables for rule unit tests: each table on its own sheet, names in column A,
 * one column per key from B on, rows from sheet row 2 (row 1 holds the unit line).
 */
import type { CellValue, Sheet, Workbook } from '../../../src/core/model/workbook';
import { setCell } from '../../../src/core/model/workbook';
import type { RecognizedTable, RowLevel, TableId, TableRow, Unit } from '../../../src/core/tables/types';
import { CheckContext } from '../../../src/core/rules/context';
import { a1 } from '../../../src/core/model/address';

export interface RowSpec {
  name: string;
  key?: string;
  code?: string;
  level?: RowLevel;
  lineNo?: number;
  /** Values by column key; strings are written as text (e.g. '7.99O', '1,095.72'). */
  v?: Record<string, CellValue>;
}

export interface TableSpec {
  id: TableId;
  columns: string[];
  rows: RowSpec[];
  unit?: Unit;
  notes?: string[];
  label?: string;
  year?: number;
  /** Extra text lines written under the table (e.g. a 空表 statement recognition left out of notes). */
  below?: string[];
}

export class ModelBuilder {
  readonly sheets: Sheet[] = [];
  readonly tables: RecognizedTable[] = [];

  add(spec: TableSpec): RecognizedTable {
    const label = spec.label ?? `公开${spec.id.slice(1)}表`;
    const sheet: Sheet = { name: label, rows: [], merges: [] };
    const unit = spec.unit ?? '万元';
    setCell(sheet, 0, 0, { value: `金额单位：${unit}` });
    spec.columns.forEach((k, j) => setCell(sheet, 0, j + 1, { value: k }));
    const rows: TableRow[] = spec.rows.map((r, i) => {
      const row = i + 1;
      setCell(sheet, row, 0, { value: r.name });
      const cells: TableRow['cells'] = {};
      spec.columns.forEach((k, j) => {
        cells[k] = { sheet: label, row, col: j + 1 };
        const v = r.v?.[k];
        if (v !== undefined && v !== null && v !== '') setCell(sheet, row, j + 1, typeof v === 'number' ? { value: v, numFmt: '#,##0.00' } : { value: v });
      });
      return { row, key: r.key, code: r.code, level: r.level, lineNo: r.lineNo, name: r.name, nameCell: { sheet: label, row, col: 0 }, cells };
    });
    let bottom = spec.rows.length;
    for (const [i, line] of (spec.below ?? []).entries()) setCell(sheet, bottom + 1 + i, 0, { value: line });
    bottom += (spec.below ?? []).length;
    const empty = spec.rows.every((r) => Object.values(r.v ?? {}).every((v) => v === undefined || v === null || v === '' || Number(v) === 0));
    const table: RecognizedTable = {
      id: spec.id,
      family: 'yunnan',
      label,
      title: label,
      sheet: label,
      range: `A1:${a1(bottom, spec.columns.length)}`,
      top: 0,
      left: 0,
      bottom,
      right: spec.columns.length,
      unit,
      year: spec.year,
      columns: spec.columns.map((k, j) => ({ key: k, header: k, col: j + 1 })),
      rows,
      notes: spec.notes ?? [],
      empty,
    };
    this.sheets.push(sheet);
    this.tables.push(table);
    return table;
  }

  /** Overwrites one amount cell of a built table. */
  set(t: RecognizedTable, row: string, col: string, value: CellValue): void {
    const r = t.rows.find((x) => x.key === row || x.code === row || (row === 'total' && x.level === 'total'))!;
    const ref = r.cells[col];
    const sheet = this.sheets.find((s) => s.name === ref.sheet)!;
    setCell(sheet, ref.row, ref.col, typeof value === 'number' ? { value, numFmt: '#,##0.00' } : { value });
  }

  workbook(): Workbook {
    return { sheets: this.sheets, source: 'hand-built' };
  }

  context(): CheckContext {
    return new CheckContext(this.workbook(), this.tables);
  }
}

/** A1 address of (row key or code, column key) in a built table. */
export function at(t: RecognizedTable, row: string, col: string): string {
  const r = t.rows.find((x) => x.key === row || x.code === row || (row === 'total' && x.level === 'total'));
  if (!r) throw new Error(`no row ${row} in ${t.label}`);
  const ref = r.cells[col];
  return a1(ref.row, ref.col);
}
