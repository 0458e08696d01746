import type { SheetView } from '../sheet-view';
import type { TableStart } from './locate';

/** Where one table may lie: its rows end before the next table below it; its columns stop at a neighbour beside it. */
export interface Lane {
  limit: number;
  left: number;
  right: number;
}

/** Titles within this many rows of each other, in different columns, start tables side by side. */
const SIDE_BY_SIDE_ROWS = 3;
/** Rows under the titles (title, 单位 line, header band) in which a column between two tables must be empty. */
export const SEPARATOR_ROWS = 12;

const isBeside = (a: TableStart, b: TableStart) =>
  a !== b && a.titleCol !== undefined && b.titleCol !== undefined && Math.abs(a.top - b.top) <= SIDE_BY_SIDE_ROWS && Math.abs(a.titleCol - b.titleCol) >= 2;

/**
 * Lanes of the tables starting on one sheet, in the order of `starts` (sorted by row). Tables are
 * usually stacked: each then runs to the next start and spans the whole width. Officers also put
 * small tables side by side; a title beside another splits the columns at the empty column
 * between them, and each table runs down to the next start in its own columns.
 */
export function tableLanes(view: SheetView, starts: TableStart[]): Lane[] {
  const edge = Number.MAX_SAFE_INTEGER;
  if (!anyBeside(starts)) {
    return starts.map((_, i) => ({ left: 0, right: edge, limit: (i + 1 < starts.length ? starts[i + 1].top : view.rowCount) - 1 }));
  }
  const lanes = starts.map((s) => {
    const beside = starts.filter((o) => isBeside(s, o));
    if (!beside.length) return { left: 0, right: edge, limit: view.rowCount - 1 };
    const col = s.titleCol!;
    const leftOf = beside.filter((o) => o.titleCol! < col).sort((a, b) => b.titleCol! - a.titleCol!)[0];
    const rightOf = beside.filter((o) => o.titleCol! > col).sort((a, b) => a.titleCol! - b.titleCol!)[0];
    const top = Math.min(s.top, ...beside.map((o) => o.top));
    const bottom = Math.min(view.rowCount - 1, top + SEPARATOR_ROWS);
    return {
      left: leftOf ? separator(view, leftOf.titleCol!, col, top, bottom) + 1 : 0,
      right: rightOf ? separator(view, col, rightOf.titleCol!, top, bottom) - 1 : edge,
      limit: view.rowCount - 1,
    };
  });
  // Each table ends above the next start below it whose title falls in its columns (or spans all of them).
  starts.forEach((s, i) => {
    const lane = lanes[i];
    for (let j = 0; j < starts.length; j++) {
      const o = starts[j];
      if (o.top <= s.top || isBeside(s, o)) continue;
      const col = o.titleCol;
      const inLane = col === undefined || (col >= lane.left && col <= lane.right) || (lanes[j].left <= lane.left && lanes[j].right >= lane.right);
      if (inLane) lane.limit = Math.min(lane.limit, o.top - 1);
    }
  });
  return lanes;
}

/** Starts are sorted by row: only the few just below each can be beside it. */
function anyBeside(starts: TableStart[]): boolean {
  for (let i = 0; i < starts.length; i++) {
    for (let j = i + 1; j < starts.length && starts[j].top - starts[i].top <= SIDE_BY_SIDE_ROWS; j++) if (isBeside(starts[i], starts[j])) return true;
  }
  return false;
}

/**
 * The column between two tables: the empty column nearest to the right-hand title, looking left
 * from it; without one, the right-hand table begins at its title's column.
 */
function separator(view: SheetView, leftCol: number, rightCol: number, top: number, bottom: number): number {
  for (let c = rightCol - 1; c > leftCol; c--) if (view.isColumnEmpty(c, top, bottom)) return c;
  return rightCol - 1;
}
