import type { RecognizedTable } from '../../tables/types';
import { keyAcrossPanels } from '../../tables/access';

const GENERIC = /^(合计|小计|金额|决算数|本年数)$/;

function headerParts(header: string): string[] {
  return header
    .split('/')
    .map((p) => p.replace(/^其中[:：]/, ''))
    .filter((p) => p && p !== '栏次' && !/^\d+$/.test(p));
}

/**
 * Words by table layout: a word depends only on the table's column keys and headers, and a batch
 * workbook prints the same layout for every unit. Layouts are kept by table id and compared
 * column by column (cheaper than making a text key of every table's headers).
 */
interface Layout {
  columns: { key: string; header: string }[];
  words: Map<string, string>;
}
const layoutsById = new Map<string, Layout[]>();
const layoutWords = new WeakMap<RecognizedTable, Map<string, string>>();
const MAX_LAYOUTS_PER_ID = 100;

function sameLayout(layout: Layout, table: RecognizedTable): boolean {
  const cols = table.columns;
  if (layout.columns.length !== cols.length) return false;
  for (let i = 0; i < cols.length; i++) {
    if (layout.columns[i].key !== cols[i].key || layout.columns[i].header !== cols[i].header) return false;
  }
  return true;
}

function wordsOf(table: RecognizedTable): Map<string, string> {
  let m = layoutWords.get(table);
  if (!m) {
    let layouts = layoutsById.get(table.id);
    if (!layouts) layoutsById.set(table.id, (layouts = []));
    let layout = layouts.find((l) => sameLayout(l, table));
    if (!layout) {
      if (layouts.length >= MAX_LAYOUTS_PER_ID) layouts.length = 0;
      layout = { columns: table.columns.map((c) => ({ key: c.key, header: c.header })), words: new Map() };
      layouts.push(layout);
    }
    layoutWords.set(table, (m = layout.words));
  }
  return m;
}

/**
 * Column word for messages: the last header part, widened with its parents until it is not generic
 * and no other column of the table uses the same word ('本年收入/基本支出' → 本年收入基本支出).
 */
export function colWord(table: RecognizedTable, key: string): string {
  const m = wordsOf(table);
  let w = m.get(key);
  if (w === undefined) m.set(key, (w = computeColWord(table, key)));
  return w;
}

function computeColWord(table: RecognizedTable, key: string): string {
  const col = table.columns.find((c) => c.key === key);
  if (!col) return key;
  if (keyAcrossPanels(table, key)) return '金额';
  const parts = headerParts(col.header);
  if (!parts.length) return key === 'amount' ? '金额' : key;
  const others = table.columns.filter((c) => c !== col && c.key !== key).map((c) => headerParts(c.header).join('/'));
  for (let n = 1; n <= parts.length; n++) {
    const tail = parts.slice(-n);
    if (GENERIC.test(tail[0]) && n < parts.length) continue;
    const needle = tail.join('/');
    if (n < parts.length && others.some((o) => o === needle || o.endsWith('/' + needle) || o.startsWith(needle + '/') || o.includes('/' + needle + '/'))) continue;
    return tail.join('');
  }
  return parts.join('');
}
