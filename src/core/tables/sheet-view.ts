import type { Cell, CellRange, Sheet } from '../model/workbook';
import { cellText } from '../model/workbook';

/** Merges larger than this are looked up by scanning (they are rare: whole-row banners). */
const INDEXED_MERGE_AREA = 4096;

/**
 * Read access to one sheet for recognition: cell text and merged-cell lookups in O(1), so that
 * recognising a table never scans the merge list or the whole sheet per cell (same answers as
 * `mergedText` in the model).
 */
export class SheetView {
  private readonly masters = new Map<number, CellRange>();
  private readonly bigMerges: CellRange[] = [];
  /** Column count bound for index keys. */
  private static readonly W = 1 << 14;

  constructor(readonly sheet: Sheet) {
    for (const m of sheet.merges) {
      const area = (m.bottom - m.top + 1) * (m.right - m.left + 1);
      if (area > INDEXED_MERGE_AREA) {
        this.bigMerges.push(m);
        continue;
      }
      for (let r = m.top; r <= m.bottom; r++) for (let c = m.left; c <= m.right; c++) this.masters.set(r * SheetView.W + c, m);
    }
  }

  get name(): string {
    return this.sheet.name;
  }

  get rowCount(): number {
    return this.sheet.rows.length;
  }

  cell(row: number, col: number): Cell | undefined {
    return this.sheet.rows[row]?.[col];
  }

  /** Width of one stored row (cells beyond are empty). */
  width(row: number): number {
    return this.sheet.rows[row]?.length ?? 0;
  }

  text(row: number, col: number): string {
    return cellText(this.cell(row, col));
  }

  mergeAt(row: number, col: number): CellRange | undefined {
    const hit = this.masters.get(row * SheetView.W + col);
    if (hit) return hit;
    for (const m of this.bigMerges) if (row >= m.top && row <= m.bottom && col >= m.left && col <= m.right) return m;
    return undefined;
  }

  /** Own text, or the text of the merge master covering the cell. */
  mergedText(row: number, col: number): string {
    const own = this.text(row, col);
    if (own || this.sheet.merges.length === 0) return own;
    const m = this.mergeAt(row, col);
    return m && (m.top !== row || m.left !== col) ? this.text(m.top, m.left) : '';
  }

  /** Whether a column holds nothing, not even part of a merge, in rows [top, bottom]: a gap between tables. */
  isColumnEmpty(col: number, top: number, bottom: number): boolean {
    for (let r = top; r <= bottom; r++) if (this.text(r, col) !== '' || this.mergeAt(r, col)) return false;
    return true;
  }

  /** Whether the row has any non-empty cell in [left, right]. */
  rowHasContent(row: number, left = 0, right = Number.MAX_SAFE_INTEGER): boolean {
    return this.firstText(row, left, right) !== '';
  }

  /** Text of the first non-empty cell in [left, right], or ''; numbers are turned into text only when first. */
  firstText(row: number, left = 0, right = Number.MAX_SAFE_INTEGER): string {
    const line = this.sheet.rows[row];
    if (!line) return '';
    const end = Math.min(right, line.length - 1);
    for (let c = Math.max(0, left); c <= end; c++) {
      const v = line[c]?.value;
      if (v === null || v === undefined || (typeof v === 'string' && v.trim() === '')) continue;
      return cellText(line[c]);
    }
    return '';
  }

  /**
   * Whether the row has text in [left, right] and every text passes `test`, left to right; stops
   * at the first that fails (no row of texts built).
   */
  everyText(row: number, left: number, right: number, test: (text: string, col: number) => boolean): boolean {
    const line = this.sheet.rows[row];
    if (!line) return false;
    const end = Math.min(right, line.length - 1);
    let any = false;
    for (let c = Math.max(0, left); c <= end; c++) {
      const t = cellText(line[c]);
      if (t === '') continue;
      if (!test(t, c)) return false;
      any = true;
    }
    return any;
  }

  /** Calls `visit` for each non-empty cell of the row in [left, right]; returns how many there were. */
  forEachText(row: number, left: number, right: number, visit: (text: string, col: number) => void): number {
    const line = this.sheet.rows[row];
    if (!line) return 0;
    const end = Math.min(right, line.length - 1);
    let n = 0;
    for (let c = Math.max(0, left); c <= end; c++) {
      const t = cellText(line[c]);
      if (t === '') continue;
      visit(t, c);
      n++;
    }
    return n;
  }

  /** Non-empty cells of a row as [col, text] within [left, right]. */
  rowTexts(row: number, left = 0, right = Number.MAX_SAFE_INTEGER): [number, string][] {
    const line = this.sheet.rows[row];
    const out: [number, string][] = [];
    if (!line) return out;
    const end = Math.min(right, line.length - 1);
    for (let c = Math.max(0, left); c <= end; c++) {
      const t = cellText(line[c]);
      if (t !== '') out.push([c, t]);
    }
    return out;
  }
}
