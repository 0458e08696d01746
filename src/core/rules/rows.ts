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
  /** Each built on the first question of its kind. */
  byKey?: Map<string, TableRow>;
  byCode?: Map<string, TableRow>;
  total?: TableRow | null;
}
const indexes = new WeakMap<RecognizedTable, RowIndex>();

function indexOf(table: RecognizedTable): RowIndex {
  const hit = indexes.get(table);
  if (hit && hit.rows === table.rows && hit.length === table.rows.length) return hit;
  const index: RowIndex = { rows: table.rows, length: table.rows.length };
  indexes.set(table, index);
  return index;
}

/** First row per value of `field` (as `rows.find` would answer). */
function firstBy(rows: TableRow[], field: 'key' | 'code'): Map<string, TableRow> {
  const m = new Map<string, TableRow>();
  for (const r of rows) {
    const v = r[field];
    if (v !== undefined && !m.has(v)) m.set(v, r);
  }
  return m;
}

export function rowByKey(table: RecognizedTable | undefined, key: string): TableRow | undefined {
  if (!table) return undefined;
  const index = indexOf(table);
  return (index.byKey ??= firstBy(table.rows, 'key')).get(key);
}

export function rowByCode(table: RecognizedTable | undefined, code: string): TableRow | undefined {
  if (!table) return undefined;
  const index = indexOf(table);
  return (index.byCode ??= firstBy(table.rows, 'code')).get(code);
}

export function totalRow(table: RecognizedTable | undefined): TableRow | undefined {
  if (!table) return undefined;
  const index = indexOf(table);
  if (index.total === undefined) index.total = table.rows.find((r) => r.level === 'total') ?? null;
  return index.total ?? undefined;
}
