import type { Finding } from '../core/findings/finding';
import { describe, hasFormula, queueCellRead, queueCellRestore, sameFormula, sameSnapshot, sameValue } from './cells';
import { AddinError, chineseError } from './errors';
import { type CellSnapshot, type FixRecord, type JournalRecord, queueJournalWrite } from './journal';
import { hasSheet } from './read';
import { syncJournaled } from './journaled-sync';
import { type Host, type LastCheck, protectedSet, readListAndJournal, records } from './session';
import { snapshotAt, unchangedSinceCheck } from './snapshot';
import { planRevealUndo, queueRevealUndoReads } from './reveal-undo';
import { queueReveal } from './visibility';
import { SyncCounter } from './sync-counter';
import type { ApplyResult, UndoResult } from './types';

/**
 * 修正 / 全部修正: reads every target cell first (sheet there, not protected, unchanged since the
 * check), then writes the journal and the cells in one batch. Never relies on Excel's undo.
 */
export async function applyFixes(
  host: Host,
  last: LastCheck | undefined,
  keys: string[],
  mode: 'value' | 'formula',
  undoGroup = true,
): Promise<ApplyResult> {
  const result: ApplyResult = { applied: [], covered: [], refused: [] };
  if (!last) {
    result.refused = keys.map((key) => ({ key, reason: '请先运行“检查本工作簿”，再修正。' }));
    return result;
  }
  const wanted: Finding[] = [];
  for (const key of keys) {
    const f = last.findings.get(key);
    if (!f) result.refused.push({ key, reason: '找不到这条问题，请重新检查。' });
    else if (!f.fix) result.refused.push({ key, reason: '这条问题没有可以自动写入的正确值，请人工核对。' });
    else wanted.push(f);
  }
  if (!wanted.length) return result;
  const checkedWorkbook = last.workbook;
  let retryUngrouped = false;
  const outcome = await host.run(async (context) => {
    const counter = new SyncCounter();
    const reads = new Map<string, () => CellSnapshot>();
    const { sheetList, journal } = await readListAndJournal(context, counter, (list) => {
      for (const f of wanted) {
        const id = `${f.fix!.sheet}!${f.fix!.cell}`;
        if (!reads.has(id) && hasSheet(list, f.fix!.sheet)) reads.set(id, queueCellRead(context, f.fix!.sheet, f.fix!.cell));
      }
      return () => undefined;
    });
    // Preconditions, all verified before anything is written.
    const locked = protectedSet(sheetList);
    const batch = host.now().getTime().toString(36);
    const at = host.now().toISOString();
    const todo: { f: Finding; old: CellSnapshot; rec: FixRecord }[] = [];
    const writing = new Map<string, FixRecord>();
    for (const f of wanted) {
      const fix = f.fix!;
      const id = `${fix.sheet}!${fix.cell}`;
      if (!hasSheet(sheetList, fix.sheet)) {
        result.refused.push({ key: f.key, reason: `找不到工作表“${fix.sheet}”，未修改。` });
        continue;
      }
      if (locked.has(fix.sheet)) {
        result.refused.push({ key: f.key, reason: `工作表“${fix.sheet}”受保护，${fix.cell} 未修改。请先撤销工作表保护。` });
        continue;
      }
      const useFormula = mode === 'formula' && Boolean(fix.formula);
      const wrote: FixRecord['wrote'] = useFormula ? { formula: `=${fix.formula}` } : { value: fix.value };
      if (fix.numFmt) wrote.numFmt = fix.numFmt;
      const prior = writing.get(id);
      if (prior) {
        if (sameWrite(prior.wrote, wrote)) result.covered.push({ key: f.key, by: prior.key });
        else result.refused.push({ key: f.key, reason: `${id} 已按另一条问题写入 ${describeWrite(prior.wrote)}，本条的 ${describeWrite(wrote)} 未写入（一个单元格只写一次）。请重新检查后再核对。` });
        continue;
      }
      const current = reads.get(id)!();
      if (holds(current, wrote)) {
        result.covered.push({ key: f.key });
        continue;
      }
      if (!unchangedSinceCheck(checkedWorkbook, fix.sheet, fix.cell, current)) {
        const atCheck = snapshotAt(checkedWorkbook, fix.sheet, fix.cell);
        result.refused.push({
          key: f.key,
          reason: `${fix.sheet}!${fix.cell} 在检查之后被改过（检查时为 ${describe(atCheck)}，现在为 ${describe(current)}），未修改。请重新检查后再修正。`,
        });
        continue;
      }
      const rec: FixRecord = { k: 'fix', batch, at, key: f.key, sheet: fix.sheet, cell: fix.cell, old: current, wrote };
      writing.set(id, rec);
      todo.push({ f, old: current, rec });
    }
    if (!todo.length) return result;
    if (!journal.exists && sheetList.structureProtected) {
      for (const t of todo) result.refused.push({ key: t.f.key, reason: '工作簿结构受保护，无法保存修正记录（撤销需要它），未作任何修改。' });
      return result;
    }
    // Journal first: if Excel fails midway, the record of what may have changed is already there.
    queueJournalWrite(context, journal, [...journal.records, ...todo.map((t) => t.rec)]);
    for (const t of todo) {
      const r = context.workbook.worksheets.getItem(t.rec.sheet).getRange(t.rec.cell);
      if (t.rec.wrote.formula) r.formulas = [[t.rec.wrote.formula]];
      else r.values = [[t.rec.wrote.value as number | string]];
      if (t.rec.wrote.numFmt) r.numberFormat = [[t.rec.wrote.numFmt]];
    }
    // Excel refuses to group some operations into one undo step: then the same again without the group.
    const written = await syncJournaled(context, counter, {
      host,
      undoGroup,
      action: '写入修正',
      putBackWords: '已恢复原值',
      putBack: () => rollback(host, todo.map((t) => t.rec), journal.records),
      refuse: (reason) => todo.forEach((t) => result.refused.push({ key: t.f.key, reason })),
    });
    retryUngrouped = written === 'retry-ungrouped';
    if (written !== 'written') {
      // What rode on a write that did not happen was not corrected either.
      const unwritten = new Set(todo.map((t) => t.f.key));
      for (const c of result.covered.filter((x) => x.by && unwritten.has(x.by))) result.refused.push({ key: c.key, reason: result.refused.find((r) => r.key === c.by)?.reason ?? '写入未完成，未修改。' });
      result.covered = result.covered.filter((x) => !(x.by && unwritten.has(x.by)));
      return result;
    }
    for (const t of todo) {
      result.applied.push({ key: t.f.key, sheet: t.rec.sheet, cell: t.rec.cell, old: t.old.value, value: t.f.fix!.value, formula: t.rec.wrote.formula });
    }
    return result;
  }, undoGroup);
  return retryUngrouped ? applyFixes(host, last, keys, mode, false) : outcome;
}

/** Two fixes of one cell that write the same thing (the fixes of one 说明 paragraph do). */
function sameWrite(a: FixRecord['wrote'], b: FixRecord['wrote']): boolean {
  if (a.formula || b.formula) return sameFormula(a.formula, b.formula) && a.numFmt === b.numFmt;
  return sameValue(a.value, b.value) && a.numFmt === b.numFmt;
}

/** The cell already holds what the fix would write. */
function holds(current: CellSnapshot, wrote: FixRecord['wrote']): boolean {
  if (wrote.numFmt && current.numFmt !== wrote.numFmt) return false;
  return wrote.formula ? sameFormula(current.formula, wrote.formula) : !hasFormula(current) && sameValue(current.value, wrote.value);
}

function describeWrite(w: FixRecord['wrote']): string {
  return w.formula ? `公式 ${w.formula}` : describe({ value: w.value, formula: '', numFmt: w.numFmt ?? '' });
}

/** Puts back cells and journal after a failed write (fresh context: the failed batch's proxies are dead). */
async function rollback(host: Host, written: FixRecord[], journalBefore: JournalRecord[]): Promise<void> {
  try {
    await host.run(async (context) => {
      const counter = new SyncCounter();
      const { sheetList, journal } = await readListAndJournal(context, counter);
      for (const r of written) if (hasSheet(sheetList, r.sheet)) queueCellRestore(context, r.sheet, r.cell, r.old);
      queueJournalWrite(context, journal, journalBefore);
      await context.sync();
    });
  } catch {
    /* nothing more can be done; the journal still lists what may have changed, so 撤销修正 can repair it */
  }
}

/** 撤销修正: newest first, only cells that still hold what the add-in wrote; lines it showed are hidden again. */
export async function undoFixes(host: Host): Promise<UndoResult> {
  return host.run(async (context) => {
    const counter = new SyncCounter();
    const { sheetList, journal } = await readListAndJournal(context, counter);
    const fixes = records(journal, 'fix');
    const reveals = records(journal, 'reveal');
    const result: UndoResult = { restored: 0, rehidden: 0, conflicts: [] };
    if (!fixes.length && !reveals.length) return result;
    const reads = new Map<string, () => CellSnapshot>();
    for (const r of fixes) {
      const id = `${r.sheet}!${r.cell}`;
      if (!reads.has(id) && hasSheet(sheetList, r.sheet)) reads.set(id, queueCellRead(context, r.sheet, r.cell));
    }
    const lineReads = queueRevealUndoReads(context, sheetList, reveals);
    await counter.sync(context);
    const unreveal = planRevealUndo(sheetList, reveals, lineReads);
    result.conflicts.push(...unreveal.conflicts);
    const current = new Map([...reads].map(([id, get]) => [id, get()]));
    const locked = protectedSet(sheetList);
    const done = new Set<FixRecord>();
    const writes: FixRecord[] = [];
    // Newest first, so a cell fixed twice goes back through each state to the original.
    for (const r of [...fixes].reverse()) {
      const id = `${r.sheet}!${r.cell}`;
      const present = current.get(id);
      if (!present) {
        result.conflicts.push({ sheet: r.sheet, cell: r.cell, reason: `找不到工作表“${r.sheet}”，无法恢复。` });
        continue;
      }
      if (sameSnapshot(present, r.old)) {
        done.add(r); // already back to what it was
        continue;
      }
      const wroteIt = r.wrote.formula ? sameFormula(present.formula, r.wrote.formula) : !hasFormula(present) && sameValue(present.value, r.wrote.value);
      if (!wroteIt) {
        result.conflicts.push({ sheet: r.sheet, cell: r.cell, reason: `${r.sheet}!${r.cell} 在修正之后又被改过（现在为 ${describe(present)}），为免覆盖您的修改，未恢复。` });
        continue;
      }
      if (locked.has(r.sheet)) {
        result.conflicts.push({ sheet: r.sheet, cell: r.cell, reason: `工作表“${r.sheet}”受保护，${r.cell} 未恢复。请先撤销工作表保护。` });
        continue;
      }
      writes.push(r);
      done.add(r);
      current.set(id, r.old);
    }
    if (!done.size && !unreveal.done.size) return result;
    for (const r of writes) queueCellRestore(context, r.sheet, r.cell, r.old);
    queueReveal(context, unreveal.hide, true);
    queueJournalWrite(context, journal, journal.records.filter((r) => !(r.k === 'fix' && done.has(r)) && !(r.k === 'reveal' && unreveal.done.has(r))));
    try {
      await counter.sync(context);
    } catch (e) {
      throw new AddinError(`${chineseError('撤销修正', e)} 修正记录仍保存在工作簿中，可以再试一次。`);
    }
    result.restored = done.size;
    result.rehidden = unreveal.count;
    return result;
  });
}
