import type { TableColumn } from '../types';
import type { ColumnSpec } from '../schema';

export interface ColumnInput {
  specs: ColumnSpec[];
  /** Sheet columns that may hold these columns, left to right. */
  candidates: number[];
  paths: Map<number, string>;
  /** 栏次 numbers by sheet column, when printed and meaningful for this family. */
  numbers?: Map<number, number>;
  /** Keys this title variant has (others are absent). */
  allowed?: string[];
  panel?: number;
}

/**
 * Maps schema columns onto sheet columns: by 栏次 number where the template's numbering applies
 * (robust against misaligned header texts in exports), else by header text, each sheet column
 * taking the first schema column whose pattern matches its header path.
 */
export function mapColumns(input: ColumnInput): TableColumn[] {
  const { specs, candidates, paths, numbers, allowed, panel } = input;
  const usable = specs.filter((s) => !allowed || allowed.includes(s.key));
  const out: TableColumn[] = [];
  const used = new Set<ColumnSpec>();
  if (numbers && usable.every((s) => s.colNo !== undefined)) {
    for (const col of candidates) {
      const n = numbers.get(col);
      const spec = n === undefined ? undefined : usable.find((s) => s.colNo === n && !used.has(s));
      if (!spec) continue;
      used.add(spec);
      // Exports sometimes shift header texts by a column; the 栏次 is authoritative then.
      const printed = paths.get(col);
      const header = printed && spec.header.test(printed) ? printed : spec.name;
      out.push({ key: spec.key, header, col, colNo: n, panel });
    }
    if (out.length) return out;
  }
  for (const col of candidates) {
    const path = paths.get(col);
    if (!path) continue;
    const spec = usable.find((s) => !used.has(s) && s.header.test(path));
    if (!spec) continue;
    used.add(spec);
    out.push({ key: spec.key, header: path, col, colNo: numbers?.get(col), panel });
  }
  return out;
}
