import { hasSheet, type SheetList } from './read';
import type { RevealRecord } from './journal';
import { protectedSet } from './session';
import { type HiddenNow, queueHiddenNow, visibilityOf } from './visibility';

/** What 撤销修正 does with the 取消隐藏 records: hide again what is still shown. */
export interface RevealUndoPlan {
  /** Records narrowed to what is shown now (queue with queueReveal(…, true)). */
  hide: RevealRecord[];
  /** Records settled (hidden again, or hidden by hand since): dropped from the journal. */
  done: Set<RevealRecord>;
  conflicts: { sheet: string; cell: string; reason: string }[];
  /** Rows, columns and sheets that will be hidden again. */
  count: number;
}

/** Queues reading the current state of every recorded line (call the getters after the sync). */
export function queueRevealUndoReads(context: Excel.RequestContext, list: SheetList, records: RevealRecord[]): Map<RevealRecord, HiddenNow> {
  const reads = new Map<RevealRecord, HiddenNow>();
  for (const r of records) if (hasSheet(list, r.sheet) && (r.rows.length || r.cols.length)) reads.set(r, queueHiddenNow(context, r.sheet, r.rows, r.cols));
  return reads;
}

function firstCell(r: RevealRecord): string {
  return r.rows.length ? `A${r.rows[0]}` : r.cols.length ? `${r.cols[0]}1` : 'A1';
}

/** Newest first: lines still shown are hidden again; a sheet gone or protected is a conflict, and its record stays. */
export function planRevealUndo(list: SheetList, records: RevealRecord[], reads: Map<RevealRecord, HiddenNow>): RevealUndoPlan {
  const plan: RevealUndoPlan = { hide: [], done: new Set(), conflicts: [], count: 0 };
  const locked = protectedSet(list);
  for (const r of [...records].reverse()) {
    const conflict = (reason: string) => plan.conflicts.push({ sheet: r.sheet, cell: firstCell(r), reason });
    if (!hasSheet(list, r.sheet)) {
      conflict(`找不到工作表“${r.sheet}”，无法重新隐藏。`);
      continue;
    }
    const hiddenNow = reads.get(r)?.() ?? { rows: [], cols: [] };
    const rows = r.rows.filter((x) => !hiddenNow.rows.includes(x));
    const cols = r.cols.filter((x) => !hiddenNow.cols.includes(x));
    const sheetShown = Boolean(r.visibility) && visibilityOf(list, r.sheet) === 'Visible';
    if ((rows.length || cols.length) && locked.has(r.sheet)) {
      conflict(`工作表“${r.sheet}”受保护，取消隐藏的行列未重新隐藏。请先撤销工作表保护。`);
      continue;
    }
    if (sheetShown && list.structureProtected) {
      conflict(`工作簿结构受保护，工作表“${r.sheet}”未重新隐藏。请先撤销工作簿保护。`);
      continue;
    }
    plan.done.add(r);
    if (!rows.length && !cols.length && !sheetShown) continue;
    plan.hide.push({ ...r, rows, cols, visibility: sheetShown ? r.visibility : undefined });
    plan.count += rows.length + cols.length + (sheetShown ? 1 : 0);
  }
  return plan;
}
