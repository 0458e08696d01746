import type { SheetView } from '../sheet-view';
import type { TableStart } from './locate';

/** Where one table may lie: its rows end before the next table below it; its columns stop at a neighbour beside it. */
export interface Lane {
  limit: number;
  left: number;
  right: number;
}

/** Rows under a table's start (title, 单位 line, header band) that show which columns it spans. */
export const SEPARATOR_ROWS = 12;
/** Titles this many rows apart or fewer start tables on the same rows. */
const TOUCHING_ROWS = 3;

/**
 * Lanes of the tables starting on one sheet, in the order of `starts` (sorted by row). Tables are
 * usually stacked: each then runs to the next start and spans the whole width. Officers also put
 * tables side by side, in pairs or in two stacks that need not line up. Going down the sheet, a
 * new table ends every open table whose columns it shares and stands beside the others; a table
 * with a neighbour keeps to its own columns (up to the empty column between them).
 */
export function tableLanes(view: SheetView, starts: TableStart[]): Lane[] {
  const edge = Number.MAX_SAFE_INTEGER;
  const stacked = () => starts.map((_, i) => ({ left: 0, right: edge, limit: (i + 1 < starts.length ? starts[i + 1].top : view.rowCount) - 1 }));
  // Titles all in (about) one column: nothing can stand beside anything.
  const cols = starts.map((s) => s.titleCol).filter((c): c is number => c !== undefined);
  if (cols.length < 2 || Math.max(...cols) - Math.min(...cols) < 2) return stacked();
  const spans = starts.map((s) => columnsUnder(view, s));
  const limits = starts.map(() => view.rowCount - 1);
  let sideBySide = false;
  let open: number[] = [];
  starts.forEach((s, i) => {
    open = open.filter((u) => {
      const [ul, ur] = spans[u];
      const [l, r] = spans[i];
      // Two titles on the same rows cannot be stacked: tables touching column to column split at the right-hand title.
      if (ul <= r && l <= ur && touching(starts[u], s)) {
        const cut = Math.max(starts[u].titleCol!, s.titleCol!);
        if (starts[u].titleCol! < s.titleCol!) [spans[u], spans[i]] = [[ul, cut - 1], [cut, r]];
        else [spans[u], spans[i]] = [[cut, ur], [l, cut - 1]];
        sideBySide = true;
        return true;
      }
      if (ul <= r && l <= ur) {
        limits[u] = Math.min(limits[u], s.top - 1);
        return false;
      }
      sideBySide = true;
      return true;
    });
    open.push(i);
  });
  if (!sideBySide) return stacked();
  return starts.map((_, i) => ({ left: spans[i][0], right: spans[i][1], limit: limits[i] }));
}

/** Titles a few rows apart at least two columns apart: tables beside each other, even with no gap between. */
function touching(a: TableStart, b: TableStart): boolean {
  return a.titleCol !== undefined && b.titleCol !== undefined && Math.abs(a.top - b.top) <= TOUCHING_ROWS && Math.abs(a.titleCol - b.titleCol) >= 2;
}

/**
 * The run of columns around the start's title (or lone 公开编号) that hold something in the rows
 * just under it, bounded by empty columns: the table's width, or the whole sheet without a column.
 */
function columnsUnder(view: SheetView, s: TableStart): [number, number] {
  if (s.titleCol === undefined) return [0, Number.MAX_SAFE_INTEGER];
  const top = s.top;
  const bottom = Math.min(view.rowCount - 1, top + SEPARATOR_ROWS);
  let width = 0;
  for (let r = top; r <= bottom; r++) width = Math.max(width, view.width(r));
  let left = s.titleCol;
  let right = s.titleCol;
  while (left > 0 && !view.isColumnEmpty(left - 1, top, bottom)) left--;
  while (right + 1 < width && !view.isColumnEmpty(right + 1, top, bottom)) right++;
  return [left, right];
}
