import { normalizeLabel } from '../numbers/normalize';

const MAX = 50_000;
const memo = new Map<string, string>();

/**
 * `normalizeLabel` remembered: a batch workbook repeats the same labels and headers for every
 * unit, so recognition normalises each distinct text once.
 */
export function normalized(text: string): string {
  let v = memo.get(text);
  if (v === undefined) {
    v = normalizeLabel(text);
    if (memo.size >= MAX) memo.clear();
    memo.set(text, v);
  }
  return v;
}
