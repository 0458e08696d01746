/** A1 addresses with 0-based row/column indices inside the core. */

export function columnLetters(col: number): string {
  let n = col + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function a1(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}

export function rangeA1(top: number, left: number, bottom: number, right: number): string {
  const start = a1(top, left);
  const end = a1(bottom, right);
  return start === end ? start : `${start}:${end}`;
}

export function parseA1(ref: string): { row: number; col: number } {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(ref.trim());
  if (!m) throw new Error(`不是有效的单元格地址：${ref}`);
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
}

export function parseRangeA1(ref: string): { top: number; left: number; bottom: number; right: number } {
  const bare = ref.includes('!') ? ref.slice(ref.lastIndexOf('!') + 1) : ref;
  const [start, end] = bare.split(':');
  const s = parseA1(start);
  const e = end ? parseA1(end) : s;
  return { top: Math.min(s.row, e.row), left: Math.min(s.col, e.col), bottom: Math.max(s.row, e.row), right: Math.max(s.col, e.col) };
}

/**
 * Whether Excel reads a sheet name bare in a reference. It does only for a name of letters, digits,
 * underscores and periods that starts with a letter or underscore and could not be taken for a cell
 * (A1, XFD3), an R1C1 reference (R1C1, R, C12, RC) or a boolean; anything else (3, 1季度, Sheet 1,
 * 公开03表) is quoted. Quoting one that needs none is never wrong.
 */
export function sheetNameNeedsQuotes(sheet: string): boolean {
  if (!/^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet)) return true;
  return /^[A-Za-z]{1,3}\d+$/.test(sheet) || /^(R\d*C?\d*|C\d*)$/i.test(sheet) || /^(TRUE|FALSE)$/i.test(sheet);
}

/** Sheet-qualified reference usable in formulas and hyperlinks: 'Sheet 1'!B3, '3'!D26, 'R1C1'!D13. */
export function qualified(sheet: string, cell: string): string {
  const name = sheetNameNeedsQuotes(sheet) ? `'${sheet.replace(/'/g, "''")}'` : sheet;
  return `${name}!${cell}`;
}
