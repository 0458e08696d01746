import type { RecognizedTable, TableRow } from './types';

export function rowByKey(table: RecognizedTable | undefined, key: string): TableRow | undefined {
  return table?.rows.find((r) => r.key === key);
}

export function rowByCode(table: RecognizedTable | undefined, code: string): TableRow | undefined {
  return table?.rows.find((r) => r.code === code);
}

export function totalRow(table: RecognizedTable | undefined): TableRow | undefined {
  return table?.rows.find((r) => r.level === 'total');
}

export function hasColumn(table: RecognizedTable | undefined, key: string): boolean {
  return !!table?.columns.some((c) => c.key === key);
}

/** Rows whose code is a direct child of `code` (201 → 20101…; 20101 → 2010101…). */
export function childRows(table: RecognizedTable, code: string): TableRow[] {
  const len = code.length === 3 ? 5 : code.length === 5 ? 7 : -1;
  return table.rows.filter((r) => r.code?.length === len && r.code.startsWith(code));
}

/**
 * Whether side-by-side panels (公开06/07表) print this key under different headings: a word from
 * one panel's heading would name the wrong panel, so messages say 金额.
 */
export function keyAcrossPanels(table: RecognizedTable, key: string): boolean {
  let header: string | undefined;
  for (const c of table.columns) {
    if (c.key !== key) continue;
    if (header === undefined) header = c.header;
    else if (c.header !== header) return true;
  }
  return false;
}
