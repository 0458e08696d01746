import type { CellRange, Sheet } from './workbook';

/** Merges larger than this are looked up by scanning (they are rare: whole-row banners). */
const INDEXED_AREA = 4096;
/** Excel's column count bounds the index key. */
const WIDTH = 1 << 14;

interface MergeIndex {
  merges: CellRange[];
  count: number;
  covering: Map<number, CellRange>;
  big: CellRange[];
}

const indexes = new WeakMap<Sheet, MergeIndex>();

/**
 * The sheet's merges by covered cell, built once per merge list: a self-evaluation sheet has
 * hundreds of merges and its readers look through them for every empty cell.
 */
function indexOf(sheet: Sheet): MergeIndex {
  const hit = indexes.get(sheet);
  // Rebuilt when the list is replaced or grows (the add-in re-reads sheets into new objects).
  if (hit && hit.merges === sheet.merges && hit.count === sheet.merges.length) return hit;
  const index: MergeIndex = { merges: sheet.merges, count: sheet.merges.length, covering: new Map(), big: [] };
  for (const m of sheet.merges) {
    if ((m.bottom - m.top + 1) * (m.right - m.left + 1) > INDEXED_AREA) {
      index.big.push(m);
      continue;
    }
    for (let r = m.top; r <= m.bottom; r++) for (let c = m.left; c <= m.right; c++) if (!index.covering.has(r * WIDTH + c)) index.covering.set(r * WIDTH + c, m);
  }
  indexes.set(sheet, index);
  return index;
}

/** The first merge (in sheet order) covering (row, col), if any. */
export function mergeCovering(sheet: Sheet, row: number, col: number): CellRange | undefined {
  if (!sheet.merges.length) return undefined;
  const index = indexOf(sheet);
  const small = index.covering.get(row * WIDTH + col);
  for (const m of index.big) {
    if (row >= m.top && row <= m.bottom && col >= m.left && col <= m.right) {
      // Keep sheet order between a big and a small merge over the same cell (overlaps are malformed but possible).
      return small && index.merges.indexOf(small) < index.merges.indexOf(m) ? small : m;
    }
  }
  return small;
}
