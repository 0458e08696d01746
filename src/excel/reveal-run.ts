import type { Finding, Reveal } from '../core/findings/finding';
import { chineseError } from './errors';
import { type JournalRecord, type RevealRecord, queueJournalWrite } from './journal';
import { type SheetList, hasSheet } from './read';
import { type Host, type LastCheck, protectedSet, readListAndJournal } from './session';
import { SyncCounter } from './sync-counter';
import type { RevealResult } from './types';

/** Rows and columns of a reveal that are hidden now, read in a batch (call the getter after the sync). */
export type HiddenNow = () => { rows: number[]; cols: string[] };

/** Queues reading which of these rows and columns are hidden now (rowHidden / columnHidden, ExcelApi 1.2). */
export function queueHiddenNow(context: Excel.RequestContext, sheet: string, rows: number[], cols: string[]): HiddenNow {
  const ws = context.workbook.worksheets.getItem(sheet);
  const rowRanges = rows.map((r) => ws.getRange(`A${r}`).load('rowHidden'));
  const colRanges = cols.map((c) => ws.getRange(`${c}1`).load('columnHidden'));
  return () => ({
    rows: rows.filter((_, i) => rowRanges[i].rowHidden === true),
    cols: cols.filter((_, i) => colRanges[i].columnHidden === true),
  });
}

/** Runs of consecutive rows ('A5:A7'): one range per run rather than one per row. */
function rowRuns(rows: number[]): string[] {
  const sorted = [...rows].sort((a, b) => a - b);
  const runs: string[] = [];
  let start = sorted[0];
  for (let i = 1; i <= sorted.length; i++) {
    if (sorted[i] === sorted[i - 1] + 1) continue;
    runs.push(start === sorted[i - 1] ? `A${start}` : `A${start}:A${sorted[i - 1]}`);
    start = sorted[i];
  }
  return runs;
}

/** Queues hiding (or showing) rows and columns of a sheet. */
export function queueLinesHidden(context: Excel.RequestContext, sheet: string, rows: number[], cols: string[], hidden: boolean): void {
  const ws = context.workbook.worksheets.getItem(sheet);
  if (rows.length) for (const address of rowRuns(rows)) ws.getRange(address).rowHidden = hidden;
  for (const c of cols) ws.getRange(`${c}1`).columnHidden = hidden;
}

function visibilityOf(list: SheetList, sheet: string): string | undefined {
  return list.sheets.find((s) => s.name === sheet)?.visibility;
}

/** Why a reveal cannot be done in this workbook now, or undefined. */
function refusal(list: SheetList, locked: Set<string>, reveal: Reveal): string | undefined {
  if (!hasSheet(list, reveal.sheet)) return `找不到工作表“${reveal.sheet}”，未取消隐藏。`;
  if (reveal.wholeSheet) {
    if (visibilityOf(list, reveal.sheet) !== 'Visible' && list.structureProtected) {
      return `工作簿结构受保护，无法取消隐藏工作表“${reveal.sheet}”。请先撤销工作簿保护（审阅 →“保护工作簿”）。`;
    }
    return undefined;
  }
  if (locked.has(reveal.sheet)) return `工作表“${reveal.sheet}”受保护，隐藏的行列未显示。请先撤销工作表保护。`;
  return undefined;
}

/**
 * 取消隐藏 for HIDDEN-AMOUNT findings: shows the hidden rows, columns or sheet that hold amounts.
 * Reads what is still hidden first, journals exactly that (撤销修正 hides it again), then writes.
 */
export async function revealHidden(host: Host, last: LastCheck | undefined, keys: string[]): Promise<RevealResult> {
  const result: RevealResult = { revealed: [], shown: 0, refused: [] };
  if (!last) {
    result.refused = keys.map((key) => ({ key, reason: '请先运行“检查本工作簿”，再取消隐藏。' }));
    return result;
  }
  const wanted: (Finding & { reveal: Reveal })[] = [];
  for (const key of keys) {
    const f = last.findings.get(key);
    if (!f) result.refused.push({ key, reason: '找不到这条问题，请重新检查。' });
    else if (!f.reveal) result.refused.push({ key, reason: '这条问题不涉及隐藏的行、列或工作表。' });
    else wanted.push(f as Finding & { reveal: Reveal });
  }
  if (!wanted.length) return result;
  return host.run(async (context) => {
    const counter = new SyncCounter();
    const reads = new Map<Finding, HiddenNow>();
    const { sheetList, journal } = await readListAndJournal(context, counter, (list) => {
      for (const f of wanted) {
        const { sheet, rows = [], cols = [] } = f.reveal;
        if (hasSheet(list, sheet) && (rows.length || cols.length)) reads.set(f, queueHiddenNow(context, sheet, rows, cols));
      }
      return () => undefined;
    });
    const locked = protectedSet(sheetList);
    const batch = host.now().getTime().toString(36);
    const at = host.now().toISOString();
    const todo: { f: Finding; rec: RevealRecord }[] = [];
    for (const f of wanted) {
      const reason = refusal(sheetList, locked, f.reveal);
      if (reason) {
        result.refused.push({ key: f.key, reason });
        continue;
      }
      const { rows, cols } = reads.get(f)?.() ?? { rows: [], cols: [] };
      const visibility = visibilityOf(sheetList, f.reveal.sheet);
      const rec: RevealRecord = { k: 'reveal', batch, at, key: f.key, sheet: f.reveal.sheet, rows, cols };
      if (f.reveal.wholeSheet && visibility !== 'Visible') rec.visibility = visibility === 'VeryHidden' ? 'VeryHidden' : 'Hidden';
      // Shown by hand since the check: nothing left to do, nothing to journal.
      if (rows.length || cols.length || rec.visibility) todo.push({ f, rec });
      else result.revealed.push(f.key);
    }
    if (!todo.length) return result;
    if (!journal.exists && sheetList.structureProtected) {
      for (const t of todo) result.refused.push({ key: t.f.key, reason: '工作簿结构受保护，无法保存修正记录（撤销需要它），未作任何修改。' });
      return result;
    }
    const records = todo.map((t) => t.rec);
    // Journal first, as for 修正: what may change is on record before it changes.
    queueJournalWrite(context, journal, [...journal.records, ...records]);
    queueReveal(context, records, false);
    try {
      await counter.sync(context);
    } catch (e) {
      await rollback(host, records, journal.records);
      const reason = `${chineseError('取消隐藏', e)} 已恢复原状，未作任何修改。`;
      for (const t of todo) result.refused.push({ key: t.f.key, reason });
      return result;
    }
    for (const t of todo) {
      result.revealed.push(t.f.key);
      result.shown += t.rec.rows.length + t.rec.cols.length + (t.rec.visibility ? 1 : 0);
    }
    return result;
  });
}

/** Queues showing what the records name (hide = false) or hiding it again (hide = true, for undo). */
export function queueReveal(context: Excel.RequestContext, records: RevealRecord[], hide: boolean): void {
  for (const r of records) {
    // A sheet is shown before its lines and hidden after them (Excel changes lines of hidden sheets too).
    if (r.visibility && !hide) context.workbook.worksheets.getItem(r.sheet).visibility = 'Visible' as Excel.SheetVisibility;
    queueLinesHidden(context, r.sheet, r.rows, r.cols, hide);
    if (r.visibility && hide) context.workbook.worksheets.getItem(r.sheet).visibility = r.visibility as Excel.SheetVisibility;
  }
}

/** Hides again and puts the journal back after a failed batch (fresh context: its proxies are dead). */
async function rollback(host: Host, shown: RevealRecord[], journalBefore: JournalRecord[]): Promise<void> {
  try {
    await host.run(async (context) => {
      const counter = new SyncCounter();
      const { sheetList, journal } = await readListAndJournal(context, counter);
      queueReveal(context, shown.filter((r) => hasSheet(sheetList, r.sheet)), true);
      queueJournalWrite(context, journal, journalBefore);
      await context.sync();
    });
  } catch {
    /* the journal still lists what may have been shown, so 撤销修正 can hide it again */
  }
}

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
