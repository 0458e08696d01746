import { parseCell } from '../../numbers/parse';
import type { RowSpec } from '../schema';
import { headerKey, rowLabelKey } from '../labels';
import type { TableColumn, TableRow } from '../types';
import type { Block } from './band';

/** Blocks of the horizontal 三公 table (central / Beijing): 预算数 | 决算数 with the items across. */
const BLOCKS: [RegExp, string][] = [
  [/^全年预算数?$/, 'budget.full'],
  [/^(年初)?预算数?$/, 'budget'],
  [/^决算(统计)?数?$/, 'actual'],
];

interface Placed {
  key: string;
  item: string;
  col: number;
  block: string;
  blockHeader: string;
}

function blockOf(part: string): string | undefined {
  return BLOCKS.find(([re]) => re.test(part))?.[1];
}

function itemKey(parts: string[], specs: RowSpec[]): string | undefined {
  const [item, sub] = parts.map((p) => rowLabelKey(p));
  if (!item) return undefined;
  const find = (t: string) => specs.find((s) => s.label.test(t))?.key;
  if (/^(合计|总计|支出合计)$/.test(item)) return 'sg.total';
  if (!sub || /^(小计|合计)$/.test(sub)) return find(item);
  return find(sub);
}

/** Whether header paths look like the horizontal layout (a block word above item words). */
export function isHorizontalSangong(paths: Map<number, string>): boolean {
  let n = 0;
  for (const p of paths.values()) {
    const parts = p.split('/');
    if (parts.length >= 2 && blockOf(parts[0])) n++;
  }
  return n >= 2;
}

/**
 * Maps the horizontal 三公 table onto the vertical row keys (KEYS.md): one logical row per item,
 * its cells in the 预算数 / 决算数 blocks of the single data row.
 */
export function horizontalSangong(
  b: Block,
  paths: Map<number, string>,
  dataStart: number,
  dataEnd: number,
  specs: RowSpec[],
): { columns: TableColumn[]; rows: TableRow[] } {
  const placed: Placed[] = [];
  for (const [col, path] of paths) {
    const parts = path.split('/');
    const block = blockOf(parts[0]);
    if (!block) continue;
    const key = itemKey(parts.slice(1), specs);
    if (key) placed.push({ key, item: parts.slice(1).join('/'), col, block, blockHeader: parts[0] });
  }
  let dataRow = dataStart;
  for (let r = dataStart; r <= dataEnd; r++) {
    if (b.skipRows?.has(r)) continue;
    if (placed.some((p) => parseCell(b.view.cell(r, p.col)).kind === 'number')) {
      dataRow = r;
      break;
    }
  }
  const columns: TableColumn[] = [];
  for (const [, block] of BLOCKS) {
    const first = placed.filter((p) => p.block === block).sort((x, y) => x.col - y.col)[0];
    if (first) columns.push({ key: block, header: first.blockHeader, col: first.col });
  }
  const rows: TableRow[] = [];
  for (const spec of specs) {
    const mine = placed.filter((p) => p.key === spec.key);
    if (!mine.length) continue;
    const cells: TableRow['cells'] = {};
    for (const p of mine) cells[p.block] ??= { sheet: b.view.name, row: dataRow, col: p.col };
    const item = mine[0].item.split('/');
    const name = item[item.length - 1] === '小计' ? item[0] : item[item.length - 1];
    rows.push({ row: dataRow, key: spec.key, name: printedHeader(b, dataStart, mine[0].col, name), across: true, cells });
  }
  return { columns, rows };
}

/**
 * The header words as the sheet prints them ('因公出国（境）费'): paths hold them normalised
 * (half-width brackets), which a message must not quote.
 */
function printedHeader(b: Block, dataStart: number, col: number, key: string): string {
  for (let r = b.top; r < dataStart; r++) {
    const text = b.view.mergedText(r, col);
    if (text && headerKey(text) === key) return text;
  }
  return key;
}
