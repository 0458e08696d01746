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
  if (numbers && usable.every((s) => s.colNo !== undefined) && numbersAgreeWithHeaders(usable, candidates, paths, numbers)) {
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

/**
 * The 栏次 numbering is the template's only when the printed headers do not say otherwise: a
 * template of another year numbers other columns, and mapping by number would then be silently
 * wrong. Headers shifted by one column against their numbers (exports that lose a merged cell)
 * still confirm the numbering.
 */
function numbersAgreeWithHeaders(specs: ColumnSpec[], candidates: number[], paths: Map<number, string>, numbers: Map<number, number>): boolean {
  const tally = (shift: number) => {
    let agree = 0;
    let disagree = 0;
    for (const col of candidates) {
      const n = numbers.get(col);
      const path = paths.get(col + shift);
      if (n === undefined || !path) continue;
      const byText = specs.find((s) => s.header.test(path));
      if (!byText) continue;
      if (specs.find((s) => s.colNo === n)?.header.test(path)) agree++;
      else disagree++;
    }
    return { agree, disagree };
  };
  return [0, -1, 1].some((shift) => {
    const t = tally(shift);
    return t.agree > 0 && t.disagree <= t.agree;
  }) || tally(0).disagree === 0;
}
