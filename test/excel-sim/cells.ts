import { rangeA1 } from '../../src/core/model/address';
import type { SimCell, SimSheet } from './state';
import { key } from './state';

export interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export const MAX_ROW = 1048575;
export const MAX_COL = 16383;

/** Excel quotes sheet names that are not plain words (spaces, punctuation, leading digit). */
export function sheetRef(name: string): string {
  return /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

export function addressOf(sheet: SimSheet, r: Rect): string {
  return `${sheetRef(sheet.name)}!${rangeA1(r.top, r.left, r.bottom, r.right)}`;
}

export function cellOf(sheet: SimSheet, row: number, col: number): SimCell | undefined {
  return sheet.cells.get(key(row, col));
}

export function grid<T>(r: Rect, f: (row: number, col: number) => T): T[][] {
  const out: T[][] = [];
  for (let row = r.top; row <= r.bottom; row++) {
    const line: T[] = [];
    for (let col = r.left; col <= r.right; col++) line.push(f(row, col));
    out.push(line);
  }
  return out;
}

const NUMBER = /^\s*[-+]?(\d{1,3}(,\d{3})+|\d+)?(\.\d+)?\s*%?\s*$/;

/**
 * What Excel stores when a value is written through Range.values / formulas: '=…' is a formula, a
 * leading apostrophe keeps text, numeric text becomes a number unless the cell is formatted as text.
 */
export function parseInput(v: unknown, numFmt: string | undefined): Pick<SimCell, 'value' | 'formula'> {
  if (typeof v === 'number' || typeof v === 'boolean') return { value: v };
  const s = String(v ?? '');
  if (numFmt === '@') return { value: s };
  if (s.startsWith('=') && s.length > 1) return { value: '', formula: s };
  if (s.startsWith("'")) return { value: s.slice(1) };
  if (/^(TRUE|FALSE)$/i.test(s)) return { value: s.toUpperCase() === 'TRUE' };
  if (s.trim() !== '' && /\d/.test(s) && NUMBER.test(s)) {
    const pct = s.trim().endsWith('%');
    const n = Number(s.replace(/[,%\s]/g, ''));
    if (Number.isFinite(n)) return { value: pct ? n / 100 : n };
  }
  return { value: s };
}

export function usedRect(sheet: SimSheet, valuesOnly: boolean): Rect | null {
  let r: Rect | null = null;
  for (const [k, c] of sheet.cells) {
    const hasValue = c.value !== '' || Boolean(c.formula);
    if (!hasValue && (valuesOnly || (!c.numFmt && !c.fill))) continue;
    const [row, col] = k.split(',').map(Number);
    if (!r) r = { top: row, left: col, bottom: row, right: col };
    else {
      r.top = Math.min(r.top, row);
      r.left = Math.min(r.left, col);
      r.bottom = Math.max(r.bottom, row);
      r.right = Math.max(r.right, col);
    }
  }
  return r;
}

export function intersects(a: Rect, b: Rect): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}
