import type { RecognizedTable, TableRow } from '../../tables/types';
import { keyAcrossPanels } from '../../tables/access';
import { memoByText } from '../../memo';
import { INVISIBLE } from '../../numbers/normalize';

/** Printed name without its list number: '一、一般公共服务支出' → '一般公共服务支出'. */
export const bareName: (name: string) => string = memoByText((name) => stripListNumber(name));

function stripListNumber(name: string): string {
  return name
    .trim()
    .replace(/^[一二三四五六七八九十]+[、．.]\s*/, '')
    .replace(/^[（(][一二三四五六七八九十\d]+[）)]\s*/, '')
    .replace(/^\d+[、．.]\s*/, '')
    .replace(/^其中[:：]\s*/, '')
    .trim();
}

/**
 * How a message names a row: '合计行', '第27行（本年收入合计）', '“20899 其他社会保障和就业支出”行';
 * an item printed as a column (horizontal 三公 table): '“公务接待费”栏'.
 */
export function rowWord(row: TableRow): string {
  if (row.level === 'total' && !row.lineNo) return '合计行';
  const name = bareName(row.name);
  if (row.code) return `“${row.code} ${name}”行`;
  if (row.lineNo !== undefined) return name ? `第${row.lineNo}行（${name}）` : `第${row.lineNo}行`;
  return `“${name}”${row.across ? '栏' : '行'}`;
}

const GENERIC = new Set(['合计', '小计', '金额', '决算数', '']);

/** Short column name: '本年支出/基本支出/人员经费' → '人员经费'; '本年支出/合计' → '本年支出合计'. */
export function columnWord(table: RecognizedTable, key: string): string {
  const col = table.columns.find((c) => c.key === key);
  if (!col) return key;
  if (keyAcrossPanels(table, key)) return '金额';
  const parts = col.header
    .split('/')
    .map((p) => p.replace(INVISIBLE, ''))
    .filter((p) => p && p !== '栏次' && !/^\d+$/.test(p));
  if (parts.length === 0) return key;
  const last = parts[parts.length - 1];
  if (GENERIC.has(last) && parts.length > 1) return `${parts[parts.length - 2]}${last}`;
  return last;
}

/** '公开02表 合计行 本年收入合计' — a term of a between-table identity. */
export function cellLabel(table: RecognizedTable, row: TableRow, key: string): string {
  const col = columnWord(table, key);
  const rw = rowWord(row);
  // Single-amount tables (T01, T06, T07, T04 income side) need no column word.
  return GENERIC.has(col) || col === 'amount' ? `${table.label} ${rw}` : `${table.label} ${rw} ${col}`;
}
