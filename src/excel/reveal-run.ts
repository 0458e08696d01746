import type { Finding, Reveal } from '../core/findings/finding';
import { type JournalRecord, type RevealRecord, queueJournalWrite } from './journal';
import { type SheetList, hasSheet } from './read';
import { syncJournaled } from './journaled-sync';
import { type Host, type LastCheck, protectedSet, readListAndJournal } from './session';
import { SyncCounter } from './sync-counter';
import type { RevealResult } from './types';
import { type HiddenNow, queueHiddenNow, queueReveal, visibilityOf } from './visibility';

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
 * Reads what is still hidden first, journals exactly that (撤销修正 hides it again), then writes —
 * as one Excel undo step where ExcelApi 1.20 allows, like 修正.
 */
export async function revealHidden(host: Host, last: LastCheck | undefined, keys: string[], undoGroup = true): Promise<RevealResult> {
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
  let retryUngrouped = false;
  const outcome = await host.run(async (context) => {
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
    const taken = new Set<string>();
    for (const f of wanted) {
      const reason = refusal(sheetList, locked, f.reveal);
      if (reason) {
        result.refused.push({ key: f.key, reason });
        continue;
      }
      const hiddenNow = reads.get(f)?.() ?? { rows: [], cols: [] };
      // A line (or sheet) two findings share is shown, journaled and counted once.
      const fresh = (line: string) => !taken.has(`${f.reveal.sheet}!${line}`) && !!taken.add(`${f.reveal.sheet}!${line}`);
      const rows = hiddenNow.rows.filter((r) => fresh(`${r}:${r}`));
      const cols = hiddenNow.cols.filter((c) => fresh(`${c}:${c}`));
      const visibility = visibilityOf(sheetList, f.reveal.sheet);
      const rec: RevealRecord = { k: 'reveal', batch, at, key: f.key, sheet: f.reveal.sheet, rows, cols };
      if (f.reveal.wholeSheet && visibility !== 'Visible' && fresh('')) rec.visibility = visibility === 'VeryHidden' ? 'VeryHidden' : 'Hidden';
      // Nothing left to show (shown by hand since the check, or by another finding here): nothing to journal.
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
    const written = await syncJournaled(context, counter, {
      host,
      undoGroup,
      action: '取消隐藏',
      putBackWords: '已恢复原状',
      putBack: () => rollback(host, records, journal.records),
      refuse: (reason) => todo.forEach((t) => result.refused.push({ key: t.f.key, reason })),
    });
    retryUngrouped = written === 'retry-ungrouped';
    if (written !== 'written') return result;
    for (const t of todo) {
      result.revealed.push(t.f.key);
      result.shown += t.rec.rows.length + t.rec.cols.length + (t.rec.visibility ? 1 : 0);
    }
    return result;
  }, undoGroup);
  return retryUngrouped ? revealHidden(host, last, keys, false) : outcome;
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
