import type { RecognizedTable, RowLevel, TableRow } from '../../tables/types';

export interface CodePair {
  code: string;
  left?: TableRow;
  right?: TableRow;
}

function coded(table: RecognizedTable | undefined, levels?: RowLevel[]): Map<string, TableRow> {
  const m = new Map<string, TableRow>();
  for (const r of table?.rows ?? []) {
    if (!r.code || (levels && (!r.level || !levels.includes(r.level)))) continue;
    if (!m.has(r.code)) m.set(r.code, r);
  }
  return m;
}

/** Rows of two tables matched by 科目编码 (union, in the left table's order then the right's). */
export function pairByCode(left: RecognizedTable | undefined, right: RecognizedTable | undefined, levels?: RowLevel[]): CodePair[] {
  const l = coded(left, levels);
  const r = coded(right, levels);
  const codes = [...l.keys(), ...[...r.keys()].filter((c) => !l.has(c))];
  return codes.map((code) => ({ code, left: l.get(code), right: r.get(code) }));
}
