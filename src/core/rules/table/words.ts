import type { RecognizedTable } from '../../tables/types';

const GENERIC = /^(合计|小计|金额|决算数|本年数)$/;

function headerParts(header: string): string[] {
  return header
    .split('/')
    .map((p) => p.replace(/^其中[:：]/, ''))
    .filter((p) => p && p !== '栏次' && !/^\d+$/.test(p));
}

/** Per table: the words found so far, and each column's header parts joined (for the uniqueness test). */
interface TableWords {
  words: Map<string, string>;
  joined?: string[];
}
const words = new WeakMap<RecognizedTable, TableWords>();

/**
 * Column word for messages: the last header part, widened with its parents until it is not generic
 * and no other column of the table uses the same word ('本年收入/基本支出' → 本年收入基本支出).
 */
export function colWord(table: RecognizedTable, key: string): string {
  let m = words.get(table);
  if (!m) words.set(table, (m = { words: new Map() }));
  let w = m.words.get(key);
  if (w === undefined) m.words.set(key, (w = computeColWord(table, key, m)));
  return w;
}

function computeColWord(table: RecognizedTable, key: string, m: TableWords): string {
  const index = table.columns.findIndex((c) => c.key === key);
  if (index < 0) return key;
  const col = table.columns[index];
  const parts = headerParts(col.header);
  if (!parts.length) return key === 'amount' ? '金额' : key;
  // Every column's parts are split once per table, not once per column asked about.
  const joined = (m.joined ??= table.columns.map((c) => headerParts(c.header).join('/')));
  const others = joined.filter((_, i) => table.columns[i] !== col && table.columns[i].key !== key);
  for (let n = 1; n <= parts.length; n++) {
    const tail = parts.slice(-n);
    if (GENERIC.test(tail[0]) && n < parts.length) continue;
    const needle = tail.join('/');
    if (n < parts.length && others.some((o) => o === needle || o.endsWith('/' + needle) || o.startsWith(needle + '/') || o.includes('/' + needle + '/'))) continue;
    return tail.join('');
  }
  return parts.join('');
}
