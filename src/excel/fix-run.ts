import type { Finding, Fix } from '../core/findings/finding';
import { trialFixes } from '../core/fix-trial';
import { type FixMode, sameFormula, sameValue, sameWrite, writeOf } from '../core/findings/fix-write';
import { describe, hasFormula, queueCellRead, queueCellRestore, sameSnapshot } from './cells';
import { AddinError, chineseError } from './errors';
import { type CellSnapshot, type FixRecord, type JournalRecord, queueJournalWrite } from './journal';
import { type SheetList, hasSheet } from './read';
import { syncJournaled } from './journaled-sync';
import { type Host, type LastCheck, protectedSet, readListAndJournal, records } from './session';
import { rememberWrites, snapshotAt, unchangedSinceCheck } from './snapshot';
import { planRevealUndo, queueRevealUndoReads } from './reveal-undo';
import { queueReveal } from './visibility';
import { SyncCounter } from './sync-counter';
import type { ApplyResult, UndoResult } from './types';

/** One cell to write: the finding it corrects (its key), the fix, and whether it only comes along with another's. */
interface FixItem {
  key: string;
  fix: Fix;
  /** Written along with the finding `key`'s own correction (its 总分, the same amount in another table). */
  along?: boolean;
}

/** What to write, decided once the sheet list is known (protected sheets, the journal's sheet). */
interface FixPlan {
  items: FixItem[];
  /** Several writes of one cell are a sequence (全部修正's chains): the last stands. Else the first does, and a different one is refused. */
  sequential?: boolean;
}

/**
 * Writes the chosen findings' fixes as they are (the pane's 「仍然写入」, after the trial warned): reads
 * every target cell first (sheet there, not protected, unchanged since the check), then writes the
 * journal and the cells in one batch. Never relies on Excel's undo.
 */
export async function applyFixes(host: Host, last: LastCheck | undefined, keys: string[], mode: FixMode, undoGroup = true): Promise<ApplyResult> {
  const result: ApplyResult = { applied: [], covered: [], refused: [] };
  const wanted = fixableOf(last, keys, result);
  if (!last || !wanted.length) return result;
  return writeFixes(host, last, mode, undoGroup, result, () => ({ items: wanted.map((f) => ({ key: f.key, fix: f.fix! })) }));
}

/**
 * 修正 and 全部修正: each correction tried on the checked model first (core/fix-trial): only those that
 * leave fewer problems and none new are written, with what they bring along; the others are refused
 * with the problem they would have caused. Fixes on protected sheets are left out of the trial.
 */
export async function applyAllFixes(host: Host, last: LastCheck | undefined, keys: string[], mode: FixMode, undoGroup = true): Promise<ApplyResult> {
  const result: ApplyResult = { applied: [], covered: [], refused: [] };
  const wanted = fixableOf(last, keys, result);
  if (!last || !wanted.length) return result;
  return writeFixes(host, last, mode, undoGroup, result, (list) => {
    const locked = protectedSet(list);
    const trial = trialFixes(last.workbook, wanted, last.options, (fix) => unwritable(list, locked, fix));
    for (const r of trial.rejected) result.refused.push({ key: r.finding.key, reason: r.reason });
    for (const f of trial.resolved) result.covered.push({ key: f.key, resolved: true });
    return { items: trial.accepted.flatMap((a) => a.fixes.map((fix, i) => ({ key: a.finding.key, fix, ...(i > 0 ? { along: true } : {}) }))), sequential: true };
  });
}

/** Why a fix's cell cannot be written in this workbook now, or nothing. */
function unwritable(list: SheetList, locked: Set<string>, fix: Fix): string | undefined {
  if (!hasSheet(list, fix.sheet)) return `找不到工作表“${fix.sheet}”，未修改。`;
  if (locked.has(fix.sheet)) return `工作表“${fix.sheet}”受保护，${fix.cell} 未修改。请先撤销工作表保护。`;
  return undefined;
}

/** The findings of `keys` that have a fix; the others refused with the reason. */
function fixableOf(last: LastCheck | undefined, keys: string[], result: ApplyResult): Finding[] {
  if (!last) {
    result.refused = keys.map((key) => ({ key, reason: '请先运行“检查本工作簿”，再修正。' }));
    return [];
  }
  const wanted: Finding[] = [];
  for (const key of keys) {
    const f = last.findings.get(key);
    if (!f) result.refused.push({ key, reason: '找不到这条问题，请重新检查。' });
    else if (!f.fix) result.refused.push({ key, reason: '这条问题没有可以自动写入的正确值，请人工核对。' });
    else wanted.push(f);
  }
  return wanted;
}

async function writeFixes(
  host: Host,
  last: LastCheck,
  mode: FixMode,
  undoGroup: boolean,
  result: ApplyResult,
  planOf: (list: SheetList) => FixPlan,
): Promise<ApplyResult> {
  const checkedWorkbook = last.workbook;
  const start = { applied: [...result.applied], covered: [...result.covered], refused: [...result.refused] };
  let retryUngrouped = false;
  const outcome = await host.run(async (context) => {
    const counter = new SyncCounter();
    const reads = new Map<string, () => CellSnapshot>();
    let plan: FixPlan = { items: [] };
    let refusedInPlan = 0;
    const { sheetList, journal } = await readListAndJournal(context, counter, (list) => {
      plan = planOf(list);
      refusedInPlan = result.refused.length;
      for (const { fix } of plan.items) {
        const id = `${fix.sheet}!${fix.cell}`;
        if (!reads.has(id) && hasSheet(list, fix.sheet)) reads.set(id, queueCellRead(context, fix.sheet, fix.cell));
      }
      return () => undefined;
    });
    // Preconditions, all verified before anything is written.
    const locked = protectedSet(sheetList);
    const batch = host.now().getTime().toString(36);
    const at = host.now().toISOString();
    const todo: { item: FixItem; old: CellSnapshot; rec: FixRecord }[] = [];
    const writing = new Map<string, { item: FixItem; old: CellSnapshot; rec: FixRecord }>();
    for (const item of plan.items) {
      const { fix, key } = item;
      const id = `${fix.sheet}!${fix.cell}`;
      const refusal = unwritable(sheetList, locked, fix);
      if (refusal) {
        result.refused.push({ key, reason: refusal });
        continue;
      }
      const wrote = writeOf(fix, mode);
      const prior = writing.get(id);
      if (prior && plan.sequential) {
        // The cell's last state in the sequence is what the trial checked; it is a finding's own write if any was.
        prior.rec.wrote = wrote;
        prior.item = { ...item, along: prior.item.along && item.along };
        continue;
      }
      if (prior) {
        if (sameWrite(prior.rec.wrote, wrote)) result.covered.push({ key, by: prior.item.key });
        else result.refused.push({ key, reason: `${id} 已按另一条问题写入 ${describeWrite(prior.rec.wrote)}，本条的 ${describeWrite(wrote)} 未写入（一个单元格只写一次）。请重新检查后再核对。` });
        continue;
      }
      const current = reads.get(id)!();
      if (!plan.sequential && holds(current, wrote)) {
        result.covered.push({ key });
        continue;
      }
      if (!unchangedSinceCheck(checkedWorkbook, fix.sheet, fix.cell, current)) {
        const atCheck = snapshotAt(checkedWorkbook, fix.sheet, fix.cell);
        result.refused.push({
          key,
          reason: `${fix.sheet}!${fix.cell} 在检查之后被改过（检查时为 ${describe(atCheck)}，现在为 ${describe(current)}），未修改。请重新检查后再修正。`,
        });
        continue;
      }
      const rec: FixRecord = { k: 'fix', batch, at, key, sheet: fix.sheet, cell: fix.cell, old: current, wrote };
      const entry = { item, old: current, rec };
      writing.set(id, entry);
      todo.push(entry);
    }
    // A sequence is all or nothing: each correction was tried on the state the ones before it left.
    if (plan.sequential && result.refused.length > refusedInPlan) {
      const why = result.refused[refusedInPlan].reason;
      const keys = [...new Set(plan.items.map((i) => i.key))];
      result.covered = result.covered.filter((c) => !c.resolved);
      result.refused = [...result.refused.slice(0, refusedInPlan), ...keys.map((key) => ({ key, reason: keys.length > 1 ? `全部修正未执行：${why}` : why }))];
      return result;
    }
    if (!todo.length) return result;
    if (!journal.exists && sheetList.structureProtected) {
      for (const t of todo) if (!t.item.along) result.refused.push({ key: t.item.key, reason: '工作簿结构受保护，无法保存修正记录（撤销需要它），未作任何修改。' });
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
      refuse: (reason) => todo.forEach((t) => !t.item.along && result.refused.push({ key: t.item.key, reason })),
    });
    retryUngrouped = written === 'retry-ungrouped';
    if (written !== 'written') {
      // What rode on a write that did not happen was not corrected either.
      const unwritten = new Set(todo.map((t) => t.item.key));
      for (const c of result.covered.filter((x) => (x.by && unwritten.has(x.by)) || x.resolved)) {
        result.refused.push({ key: c.key, reason: result.refused.find((r) => r.key === c.by)?.reason ?? '写入未完成，未修改。' });
      }
      result.covered = result.covered.filter((x) => !((x.by && unwritten.has(x.by)) || x.resolved));
      return result;
    }
    for (const t of todo) {
      result.applied.push({ key: t.item.key, sheet: t.rec.sheet, cell: t.rec.cell, old: t.old.value, value: writtenValue(t.rec.wrote, t.item.fix), formula: t.rec.wrote.formula, ...(t.item.along ? { along: true } : {}) });
    }
    // A correction whose only cell a later one of the sequence wrote again is done all the same.
    if (plan.sequential) {
      const done = new Set([...result.applied.map((a) => a.key), ...result.covered.map((c) => c.key)]);
      const byCell = new Map(result.applied.map((a) => [`${a.sheet}!${a.cell}`, a.key]));
      for (const i of plan.items) {
        if (done.has(i.key)) continue;
        done.add(i.key);
        result.covered.push({ key: i.key, by: byCell.get(`${i.fix.sheet}!${i.fix.cell}`) });
      }
    }
    rememberWrites(last, todo.map((t) => ({ sheet: t.rec.sheet, cell: t.rec.cell, now: readBack(t.rec.wrote, t.item.fix, t.old) })));
    return result;
  }, undoGroup);
  if (!retryUngrouped) return outcome;
  Object.assign(result, start);
  return writeFixes(host, last, mode, false, result, planOf);
}

/** What Office reads back from a cell after the write: a constant shows in `formulas` as itself. */
function readBack(wrote: FixRecord['wrote'], fix: Fix, old: CellSnapshot): CellSnapshot {
  const value = writtenValue(wrote, fix);
  return { value, formula: wrote.formula ?? value, numFmt: wrote.numFmt ?? old.numFmt };
}

/** The value a write leaves in the cell: the fix's, or for a formula the value it computes. */
function writtenValue(wrote: FixRecord['wrote'], fix: Fix): unknown {
  return wrote.formula ? fix.value : wrote.value;
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
export async function undoFixes(host: Host, last?: LastCheck): Promise<UndoResult> {
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
    if (last) rememberWrites(last, writes.map((r) => ({ sheet: r.sheet, cell: r.cell, now: r.old })));
    return result;
  });
}
