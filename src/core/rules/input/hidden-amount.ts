import type { Finding, Reveal } from '../../findings/finding';
import { a1, columnLetters } from '../../model/address';
import { type CellRef, type Sheet, inAutoFilter } from '../../model/workbook';
import { formatAmount } from '../../money/amount';
import type { RecognizedTable, TableRow } from '../../tables/types';
import type { CheckContext } from '../context';
import type { Rule } from '../types';
import { UNREADABLE_MICRO } from '../table-amounts';
import { rowWord } from '../cross/labels';
import { colWord } from '../table/words';
import { plainFinding } from '../table/helpers';

/** Rows and columns a sheet hides, as sets (built once per sheet). */
interface HiddenLines {
  rows: Set<number>;
  cols: Set<number>;
}
const hiddenOf = new WeakMap<Sheet, HiddenLines>();

function hiddenLines(sheet: Sheet | undefined): HiddenLines | undefined {
  if (!sheet || (!sheet.hiddenRows?.length && !sheet.hiddenCols?.length)) return undefined;
  let lines = hiddenOf.get(sheet);
  if (!lines) hiddenOf.set(sheet, (lines = { rows: new Set(sheet.hiddenRows), cols: new Set(sheet.hiddenCols) }));
  return lines;
}

/** A hidden cell that holds a non-zero amount (unreadable text is NUM-PARSE's). */
interface HiddenAmount {
  ref: CellRef;
  /** What the cell is, beside the hidden line: its column in a row, its row in a column. */
  role: string;
  text: string;
}

function nonZero(ctx: CheckContext, table: RecognizedTable, ref: CellRef): string | undefined {
  const micro = ctx.amountsOf(table).microAt(ref);
  if (micro === 0 || micro === UNREADABLE_MICRO) return undefined;
  const amount = ctx.amount(ref);
  return amount.value.isZero() ? undefined : formatAmount(amount.value, amount.decimals ?? 2);
}

/** At most three amounts by name, then how many more. */
function listed(items: string[]): string {
  return items.length <= 3 ? items.join('，') : `${items.slice(0, 3).join('，')} 等 ${items.length} 处`;
}

/** The hidden lines holding the amounts: each row (or column) once, in order. */
function revealOf(found: HiddenAmount[], line: '行' | '栏'): Reveal {
  const sheet = found[0].ref.sheet;
  const lines = [...new Set(found.map((f) => (line === '行' ? f.ref.row : f.ref.col)))].sort((a, b) => a - b);
  return line === '行' ? { sheet, rows: lines.map((r) => r + 1) } : { sheet, cols: lines.map(columnLetters) };
}

function finding(table: RecognizedTable, found: HiddenAmount[], what: string, line: '行' | '栏', filtered = false): Finding {
  const [first, ...others] = found;
  const items = listed(found.map((f) => `${f.role} ${f.text}`));
  // A row the AutoFilter hides comes back by clearing the filter: 取消隐藏 from the row headers does not show it.
  const show = filtered ? '请清除筛选（“数据”选项卡 →“清除”），或在筛选中勾选这一行' : '请取消隐藏';
  const base = plainFinding({
    rule: HIDDEN_AMOUNT,
    table,
    ref: first.ref,
    related: others.map((o) => ({ sheet: o.ref.sheet, cell: a1(o.ref.row, o.ref.col), role: o.role })),
    actual: first.text,
    message:
      `${table.label} ${what}${filtered ? '被筛选隐藏' : '已隐藏'}，但有金额：${items}。打印或导出 PDF 公开时看不到这些数：公开的表缺了这些内容，合计也可能与看得见的各数对不上。` +
      `${show}；这一${line}确不应公开的，请删除并重算合计。`,
  });
  return { ...base, reveal: revealOf(found, line) };
}


/** One finding per logical row with amounts in hidden sheet rows; cells of hidden columns are left to columnFindings. */
function rowFindings(ctx: CheckContext, table: RecognizedTable, row: TableRow): Finding | undefined {
  const found: HiddenAmount[] = [];
  for (const key in row.cells) {
    const ref = row.cells[key];
    if (!hiddenLines(ctx.sheet(ref.sheet))?.rows.has(ref.row)) continue;
    const text = nonZero(ctx, table, ref);
    if (text !== undefined) found.push({ ref, role: colWord(table, key), text });
  }
  if (!found.length) return undefined;
  const filtered = inAutoFilter(ctx.sheet(found[0].ref.sheet), found[0].ref.row, found[0].ref.col);
  return finding(table, found, `${rowWord(row)}（第 ${found[0].ref.row + 1} 行）`, '行', filtered);
}

/** One finding per hidden sheet column of the table, over its rows that are not hidden themselves. */
function columnFindings(ctx: CheckContext, table: RecognizedTable): Finding[] {
  const bySheetColumn = new Map<string, { key: string; found: HiddenAmount[] }>();
  for (const row of table.rows) {
    for (const key in row.cells) {
      const ref = row.cells[key];
      const lines = hiddenLines(ctx.sheet(ref.sheet));
      if (!lines?.cols.has(ref.col) || lines.rows.has(ref.row)) continue;
      const text = nonZero(ctx, table, ref);
      if (text === undefined) continue;
      const id = `${ref.sheet}!${ref.col}`;
      const hit = { ref, role: rowWord(row), text };
      const column = bySheetColumn.get(id);
      if (column) column.found.push(hit);
      else bySheetColumn.set(id, { key, found: [hit] });
    }
  }
  return [...bySheetColumn.values()].map(({ key, found }) =>
    finding(table, found, `“${colWord(table, key)}”栏（${columnLetters(found[0].ref.col)} 列）`, '栏'),
  );
}

/** One finding per hidden sheet holding tables of the set: the whole sheet does not print. */
function sheetFindings(ctx: CheckContext): Finding[] {
  const bySheet = new Map<string, RecognizedTable[]>();
  for (const t of ctx.tables) {
    if (!ctx.sheet(t.sheet)?.hidden) continue;
    const list = bySheet.get(t.sheet);
    if (list) list.push(t);
    else bySheet.set(t.sheet, [t]);
  }
  return [...bySheet].map(([sheet, tables]) => ({
    ...plainFinding({
      rule: HIDDEN_AMOUNT,
      table: tables[0],
      ref: { sheet, row: tables[0].top, col: tables[0].left },
      message:
        `工作表“${sheet}”已隐藏，其中有${tables.map((t) => t.label).join('、')}：打印或导出 PDF 时整张工作表不会输出，` +
        `公开材料就少了${tables.length > 1 ? '这些表' : '这张表'}（没有数据的表也应列空表公开）。请取消隐藏该工作表。`,
    }),
    reveal: { sheet, wholeSheet: true },
  }));
}

export const HIDDEN_AMOUNT: Rule = {
  id: 'HIDDEN-AMOUNT',
  title: '隐藏的行、列或工作表中有公开内容',
  description:
    '表中被隐藏（或被筛选掉、折叠）的行、列里有不为零的金额：工作簿里的合计算上了它们，但打印或导出 PDF 公开时看不到，公开的表缺了内容、合计也可能对不上；全为零或空的隐藏行列不报告。' +
    '公开表所在的整张工作表被隐藏，也不会打印输出（与可见表重复的隐藏备份不算在内）。',
  scope: 'input',
  tables: [],
  source: 'project policy (what is published is what prints)',
  check(ctx) {
    if (!ctx.workbook.sheets.some((s) => s.hidden || hiddenLines(s))) return [];
    const out: Finding[] = sheetFindings(ctx);
    for (const table of ctx.tables) {
      // A hidden sheet is reported whole, not line by line.
      if (ctx.sheet(table.sheet)?.hidden) continue;
      for (const row of table.rows) {
        const f = rowFindings(ctx, table, row);
        if (f) out.push(f);
      }
      out.push(...columnFindings(ctx, table));
    }
    // A cell shared by two logical rows (a panel's total) is reported once.
    const seen = new Set<string>();
    return out.filter((f) => !seen.has(f.key) && !!seen.add(f.key));
  },
};
