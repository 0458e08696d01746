import type { CellRef } from '../model/workbook';
import { a1 } from '../model/address';

export type Severity = 'error' | 'warning' | 'info';

export const SEVERITY_LABEL: Record<Severity, string> = {
  error: '错误（强制性）',
  warning: '警告（提示性）',
  info: '提示',
};

/** A correct value the add-in can write in place (and a live formula where one exists). */
export interface Fix {
  sheet: string;
  /** A1 address of the cell to change. */
  cell: string;
  value: number | string;
  /** Formula without '=', over the cells the value is computed from, when that makes sense. */
  formula?: string;
  /** Number format to keep (e.g. '0.00%') when the value is a ratio. */
  numFmt?: string;
}

/**
 * Hidden rows, columns or a hidden sheet that the add-in can show again (取消隐藏): what a
 * HIDDEN-AMOUNT finding is about. Addresses as Excel shows them.
 */
export interface Reveal {
  sheet: string;
  /** Row numbers (1-based) to show. */
  rows?: number[];
  /** Column letters to show. */
  cols?: string[];
  /** The sheet itself is hidden. */
  wholeSheet?: boolean;
}

export interface RelatedCell {
  sheet: string;
  cell: string;
  /** What this cell is in the rule, e.g. '基本支出'. */
  role?: string;
}

export interface Finding {
  /** Rule id, e.g. 'T03-1'. */
  rule: string;
  severity: Severity;
  sheet: string;
  /** A1 address of the cell to fix. */
  cell: string;
  related: RelatedCell[];
  /** Expected value as printed text (e.g. '43.31'). */
  expected?: string;
  /** Found value as printed text. */
  actual?: string;
  /** actual − expected, signed text. */
  difference?: string;
  /** Plain Chinese, names the formula in words and the numbers. */
  message: string;
  /** Logical table id (T01…T12), score form or narrative the finding belongs to. */
  table?: string;
  fix?: Fix;
  /** Hidden lines or sheet to show again instead of a value to write. */
  reveal?: Reveal;
  /** Stable identity for dismissals across runs: rule + sheet + cell + expected. */
  key: string;
}

export function findingKey(rule: string, sheet: string, cell: string, detail = ''): string {
  return `${rule}|${sheet}|${cell}|${detail}`;
}

export function cellRefA1(ref: CellRef): { sheet: string; cell: string } {
  return { sheet: ref.sheet, cell: a1(ref.row, ref.col) };
}

export interface Summary {
  errors: number;
  warnings: number;
  infos: number;
}

export function summarize(findings: Finding[]): Summary {
  const s: Summary = { errors: 0, warnings: 0, infos: 0 };
  for (const f of findings) {
    if (f.severity === 'error') s.errors++;
    else if (f.severity === 'warning') s.warnings++;
    else s.infos++;
  }
  return s;
}
