import type { RecognizedTable, TableRow } from '../tables/types';

export { childRows, hasColumn } from '../tables/access';

/**
 * A table's rows by key and by code, and its 合计 row: the same answers as tables/access (first
 * row that matches), indexed once per table instead of a scan of its rows per question (rules ask
 * ~30 of them per table, per unit of a batch workbook). Rebuilt if the rows array changes.
 */
interface RowIndex {
  rows: TableRow[];
  length: number;
  byKey: Map<string, TableRow>;
  byCode: Map<string, TableRow>;
  total?: TableRow;
}
const indexes = new WeakMap<RecognizedTable, RowIndex>();

function indexOf(table: RecognizedTable): RowIndex {
  const hit = indexes.get(table);
  if (hit && hit.rows === table.rows && hit.length === table.rows.length) return hit;
  const index: RowIndex = { rows: table.rows, length: table.rows.length, byKey: new Map(), byCode: new Map() };
  for (const r of table.rows) {
    if (r.key !== undefined && !index.byKey.has(r.key)) index.byKey.set(r.key, r);
    if (r.code !== undefined && !index.byCode.has(r.code)) index.byCode.set(r.code, r);
    if (r.level === 'total' && !index.total) index.total = r;
  }
  indexes.set(table, index);
  return index;
}

export function rowByKey(table: RecognizedTable | undefined, key: string): TableRow | undefined {
  return table && indexOf(table).byKey.get(key);
}

export function rowByCode(table: RecognizedTable | undefined, code: string): TableRow | undefined {
  return table && indexOf(table).byCode.get(code);
}

export function totalRow(table: RecognizedTable | undefined): TableRow | undefined {
  return table && indexOf(table).total;
}
