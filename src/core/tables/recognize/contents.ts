import type { TableStart } from './locate';

/** Rows from one listed title to the next in a 目录 (a blank line or two between entries). */
const MAX_GAP = 3;
/** Titles so listed before the list counts as one. */
const MIN_RUN = 3;

/**
 * Starts listed one under another in one column — three or more, each within three rows of the
 * next — are a table of contents (目录) or a list of the tables, not tables: no table, with its
 * header and at least one data row, fits between two of them. Side-by-side tables (one row, other
 * columns) are not a list.
 */
export function listedStarts(starts: TableStart[]): Set<TableStart> {
  const listed = new Set<TableStart>();
  const byColumn = new Map<number, TableStart[]>();
  for (const s of starts) {
    const col = s.titleCol ?? -1;
    const list = byColumn.get(col);
    if (list) list.push(s);
    else byColumn.set(col, [s]);
  }
  for (const column of byColumn.values()) {
    column.sort((a, b) => a.top - b.top);
    let run: TableStart[] = [];
    const close = () => {
      if (run.length >= MIN_RUN) for (const s of run) listed.add(s);
    };
    for (const s of column) {
      const gap = run.length ? s.top - run[run.length - 1].top : 0;
      if (run.length && (gap < 1 || gap > MAX_GAP)) {
        close();
        run = [];
      }
      run.push(s);
    }
    close();
  }
  return listed;
}
