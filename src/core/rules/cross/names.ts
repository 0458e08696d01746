import { cellAt, cellText, type CellRef } from '../../model/workbook';
import type { Fix } from '../../findings/finding';
import { a1 } from '../../model/address';
import type { CheckContext } from '../context';
import type { RecognizedTable, TableId, TableRow } from '../../tables/types';

/** Tables whose rows carry 支出功能分类 codes, and those with 支出经济分类 codes. */
export const FUNCTIONAL_TABLES: TableId[] = ['T01', 'T02', 'T03', 'T04', 'T05', 'T08', 'T09'];
export const ECONOMIC_TABLES: TableId[] = ['T06', 'T07', 'T08B'];

export type Scheme = 'functional' | 'economic';

export function schemeOf(table: RecognizedTable): Scheme | undefined {
  if (FUNCTIONAL_TABLES.includes(table.id)) return 'functional';
  if (ECONOMIC_TABLES.includes(table.id)) return 'economic';
  return undefined;
}

export interface NamedRow {
  table: RecognizedTable;
  row: TableRow;
  code: string;
  /** The cell a name finding points at. */
  at: CellRef;
}

/** Every coded row with its name cell (the row label cell when recognition gives none), table by table. */
export function namedRows(tables: RecognizedTable[], ctx?: CheckContext): NamedRow[] {
  const out: NamedRow[] = [];
  for (const table of tables) {
    for (const n of ctx ? namedRowsOf(ctx, table) : tableNamedRows(table)) out.push(n);
  }
  return out;
}

/** CLASS-NAME and CODE-NAME both read every coded row: made once per table per check. */
const namedByContext = new WeakMap<CheckContext, Map<RecognizedTable, NamedRow[]>>();

function namedRowsOf(ctx: CheckContext, table: RecognizedTable): NamedRow[] {
  let byTable = namedByContext.get(ctx);
  if (!byTable) namedByContext.set(ctx, (byTable = new Map()));
  let rows = byTable.get(table);
  if (!rows) byTable.set(table, (rows = tableNamedRows(table)));
  return rows;
}

function tableNamedRows(table: RecognizedTable): NamedRow[] {
  const out: NamedRow[] = [];
  if (!schemeOf(table)) return out;
  for (const row of table.rows) {
    if (!row.code || !row.name.trim()) continue;
    out.push({ table, row, code: row.code, at: row.nameCell ?? { sheet: table.sheet, row: row.row, col: table.left } });
  }
  return out;
}

/** Rewrites only the name inside the cell text (it may also hold the code or a list number). */
export function renameFix(ctx: CheckContext, at: CellRef, printed: string, wanted: string): Fix | undefined {
  const sheet = ctx.sheet(at.sheet);
  const text = sheet ? cellText(cellAt(sheet, at.row, at.col)) : '';
  if (!printed || !text.includes(printed)) return undefined;
  return { sheet: at.sheet, cell: a1(at.row, at.col), value: text.replace(printed, wanted) };
}
