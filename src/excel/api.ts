import { checkWorkbook } from '../core/check';
import type { Finding } from '../core/findings/finding';
import type { Workbook } from '../core/model/workbook';
import { detectCapabilities } from './capabilities';
import { type ExistingComment, queueCommentClear, queueCommentDetails, queueCommentList, queueCommentMarks } from './comments';
import { queueCellRead, queueCellRestore, describe, hasFormula, sameFormula, sameSnapshot, sameValue } from './cells';
import { isOurHighlight, queueCurrentFills, queueFillRead, queueHighlight, queueRestoreFill, resultsRows } from './highlight';
import {
  type CellSnapshot,
  type DismissRecord,
  type FixRecord,
  type JournalRecord,
  type JournalState,
  type MarkRecord,
  queueJournalRead,
  queueJournalWrite,
} from './journal';
import { markTargets } from './marks';
import { JOURNAL_SHEET, MARK, RESULTS_SHEET, RESULTS_SHEET_ALT, isOwnMark } from './own-sheets';
import { type SheetList, checkedSheets, hasSheet, queueSheetList, readSheets, workbookOf } from './read';
import { snapshotAt } from './snapshot';
import { SyncCounter } from './sync-counter';
import type { AddinApi, AddinCheckResult, ApplyResult, Capabilities, CheckOptionsForAddin, UndoResult } from './types';

export interface AddinApiOptions {
  /** Payload budget for splitting big reads (tests lower it). */
  payloadLimit?: number;
  /** Clock for journal timestamps (tests). */
  now?: () => Date;
}

interface LastCheck {
  workbook: Workbook;
  findings: Map<string, Finding>;
}

/** Excel's own messages are English and technical; the user gets a Chinese sentence with the detail after it. */
export function chineseError(action: string, e: unknown): string {
  const err = e as { code?: string; message?: string };
  const code = err?.code ?? '';
  if (code === 'AccessDenied' || /protect/i.test(err?.message ?? '')) return `${action}失败：工作表或工作簿受保护。请先撤销保护再试。`;
  if (code === 'InvalidOperationInCellEditMode') return `${action}失败：Excel 正在编辑单元格。请先按 Enter 或 Esc 结束编辑再试。`;
  return `${action}失败：${err?.message ?? String(e)}`;
}

function dropOwnResultsSheets(wb: Workbook): Workbook {
  wb.sheets = wb.sheets.filter((s) => !isOwnMark(s.rows[0]?.[0]?.value));
  return wb;
}

function records<K extends JournalRecord['k']>(state: JournalState, k: K): Extract<JournalRecord, { k: K }>[] {
  return state.records.filter((r) => r.k === k) as Extract<JournalRecord, { k: K }>[];
}

function protectedSet(list: SheetList): Set<string> {
  return new Set(list.sheets.filter((s) => s.protected).map((s) => s.name));
}

export function createAddinApi(options: AddinApiOptions = {}): AddinApi {
  const now = options.now ?? (() => new Date());
  let last: LastCheck | undefined;
  let caps: Capabilities | undefined;
  const capabilities = () => (caps ??= detectCapabilities());

  function run<T>(batch: (context: Excel.RequestContext) => Promise<T>, undoGroup = false): Promise<T> {
    if (undoGroup && capabilities().undoGroup) return Excel.run({ mergeUndoGroup: true } as Excel.RunOptions, batch);
    return Excel.run(batch);
  }

  /** Sync 1 + 2 of every operation that needs the sheets and the journal. */
  async function readListAndJournal(context: Excel.RequestContext, counter: SyncCounter, extra?: (list: SheetList) => () => void) {
    const list = queueSheetList(context);
    await counter.sync(context);
    const sheetList = list();
    const journalRead = queueJournalRead(context, hasSheet(sheetList, JOURNAL_SHEET));
    const finish = extra?.(sheetList);
    await counter.sync(context);
    finish?.();
    return { sheetList, journal: journalRead() };
  }

  async function check(opts: CheckOptionsForAddin = {}): Promise<AddinCheckResult> {
    const c = capabilities();
    const progress = opts.onProgress ?? (() => undefined);
    progress('读取工作表', 0);
    return run(async (context) => {
      const counter = new SyncCounter();
      const list = queueSheetList(context);
      const commentList = c.comments ? queueCommentList(context) : undefined;
      await counter.sync(context);
      const sheetList = list();
      let existing: ExistingComment[] = [];
      let journal: JournalState = { exists: false, records: [] };
      const sheets = await readSheets(context, checkedSheets(sheetList), counter, {
        caps: c,
        payloadLimit: options.payloadLimit,
        alsoQueue: () => {
          const details = commentList ? queueCommentDetails(commentList) : undefined;
          const j = queueJournalRead(context, hasSheet(sheetList, JOURNAL_SHEET));
          return () => {
            existing = details?.() ?? [];
            journal = j();
          };
        },
      });
      const workbook = dropOwnResultsSheets(workbookOf(sheets));
      progress('识别决算表', 0.4);
      const report = checkWorkbook(workbook, { profile: opts.profile });
      progress('核对勾稽关系', 0.6);
      last = { workbook, findings: new Map(report.findings.map((f) => [f.key, f])) };
      const dismissed = records(journal, 'dismiss').map(({ key, reason, at }) => ({ key, reason, at }));

      const locked = protectedSet(sheetList);
      const checked = new Set(workbook.sheets.map((s) => s.name));
      const all = markTargets(report.findings, new Set(dismissed.map((d) => d.key)), checked);
      const targets = all.filter((t) => !locked.has(t.sheet));
      const notes: string[] = [];
      if (!c.mergedAreas && report.unrecognized.length) {
        notes.push(`此版本的 Excel（ExcelApi ${c.apiVersion}）不能读取合并单元格，有 ${report.unrecognized.length} 处表格未能识别；在 Office 2021 或 Microsoft 365 中检查可识别合并表头。`);
      }
      const skipped = [...new Set(all.filter((t) => locked.has(t.sheet)).map((t) => t.sheet))];
      if (skipped.length) notes.push(`工作表“${skipped.join('”“')}”受保护，未在其中标注问题；问题仍列在清单中。`);
      progress('写入批注', 0.8);

      let marksMode: AddinCheckResult['marksMode'] = 'comments';
      if (c.comments) {
        const mine = existing.filter((e) => !locked.has(e.sheet));
        const oldMarks = records(journal, 'mark');
        const oldResults = records(journal, 'results');
        const anything = targets.length || mine.some((e) => e.own || e.ownReplies.length) || oldMarks.length || oldResults.length;
        if (anything) {
          queueCommentMarks(context, mine, targets);
          // Marks left by a run on an Excel without comments (file moved from Office 2019) are cleared too.
          if (oldMarks.length || oldResults.length) {
            oldMarks.filter((m) => !locked.has(m.sheet) && hasSheet(sheetList, m.sheet)).forEach((m) => queueRestoreFill(context, m));
            oldResults.filter((r) => hasSheet(sheetList, r.sheet)).forEach((r) => context.workbook.worksheets.getItem(r.sheet).delete());
            queueJournalWrite(context, journal, journal.records.filter((r) => r.k !== 'mark' && r.k !== 'results'));
          }
          await counter.sync(context);
        }
      } else {
        marksMode = 'highlight';
        notes.unshift(
          `此版本的 Excel（ExcelApi ${c.apiVersion}）不支持批注（需要 ExcelApi 1.10，Office 2021 或 Microsoft 365），已改为给问题单元格加底色，并在“检查结果”工作表中列出全部问题及链接。`,
        );
        const ok = await writeHighlights(context, counter, sheetList, journal, targets, report.findings.filter((f) => !dismissed.some((d) => d.key === f.key)));
        if (!ok) notes.push('工作簿结构受保护，无法添加“检查结果”工作表和修正记录，未加底色；问题仍列在清单中。');
      }
      progress('完成', 1);
      return { report, dismissed, marksMode, syncs: counter.count, notice: notes.length ? notes.join('\n') : undefined };
    });
  }

  /** Degraded mode: read original fills (sync 3), then highlight + results sheet + journal (sync 4). */
  async function writeHighlights(
    context: Excel.RequestContext,
    counter: SyncCounter,
    sheetList: SheetList,
    journal: JournalState,
    targets: ReturnType<typeof markTargets>,
    findings: Finding[],
  ): Promise<boolean> {
    const canStore = journal.exists || !sheetList.structureProtected;
    const oldResults = records(journal, 'results').find((r) => hasSheet(sheetList, r.sheet));
    if (!canStore || (!oldResults && sheetList.structureProtected)) return false;
    const oldMarks = records(journal, 'mark');
    const locked = protectedSet(sheetList);
    const wanted = new Set(targets.map((t) => `${t.sheet}!${t.cell}`));
    const stale = oldMarks.filter((m) => !wanted.has(`${m.sheet}!${m.cell}`) && !locked.has(m.sheet) && hasSheet(sheetList, m.sheet));
    const fills = queueFillRead(context, targets, oldMarks);
    const current = queueCurrentFills(context, stale);
    if (stale.length || targets.some((t) => !oldMarks.some((m) => m.sheet === t.sheet && m.cell === t.cell))) await counter.sync(context);
    const newMarks: MarkRecord[] = fills();
    const fillsNow = current();
    // A highlight the user recoloured since is the user's colour now: leave it.
    for (const m of stale) if (isOurHighlight(fillsNow.get(`${m.sheet}!${m.cell}`))) queueRestoreFill(context, m);
    targets.forEach((t) => queueHighlight(context, t));
    const name = oldResults?.sheet ?? (hasSheet(sheetList, RESULTS_SHEET) ? RESULTS_SHEET_ALT : RESULTS_SHEET);
    let sheet: Excel.Worksheet;
    if (oldResults) {
      sheet = context.workbook.worksheets.getItem(name);
      sheet.getRange().clear();
    } else {
      sheet = context.workbook.worksheets.add(name);
    }
    const rows = resultsRows(findings, '此版本的 Excel 不支持批注，问题单元格已加底色。点击“位置”列可跳到问题单元格；“清除标注”会删除本表并恢复原底色。');
    sheet.getRange(`A1:I${rows.length}`).formulas = rows;
    const keep = journal.records.filter((r) => r.k !== 'mark' && r.k !== 'results');
    queueJournalWrite(context, journal, [...keep, ...newMarks, { k: 'results', sheet: name }]);
    await counter.sync(context);
    return true;
  }

  async function select(sheet: string, cell: string): Promise<void> {
    await run(async (context) => {
      const ws = context.workbook.worksheets.getItem(sheet);
      ws.activate();
      ws.getRange(cell).select();
      await context.sync();
    }).catch((e) => {
      throw new Error(chineseError(`定位到“${sheet}”${cell}`, e));
    });
  }

  async function applyFixes(keys: string[], mode: 'value' | 'formula'): Promise<ApplyResult> {
    const result: ApplyResult = { applied: [], refused: [] };
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
    return run(async (context) => {
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
      const batch = `${now().getTime().toString(36)}`;
      const at = now().toISOString();
      const todo: { f: Finding; old: CellSnapshot; rec: FixRecord }[] = [];
      const seen = new Set<string>();
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
        if (seen.has(id)) {
          result.refused.push({ key: f.key, reason: `${fix.sheet}!${fix.cell} 已由另一条问题修正，本条未重复写入。` });
          continue;
        }
        const current = reads.get(id)!();
        const atCheck = snapshotAt(checkedWorkbook, fix.sheet, fix.cell);
        if (!sameSnapshot(current, atCheck)) {
          result.refused.push({
            key: f.key,
            reason: `${fix.sheet}!${fix.cell} 在检查之后被改过（检查时为 ${describe(atCheck)}，现在为 ${describe(current)}），未修改。请重新检查后再修正。`,
          });
          continue;
        }
        seen.add(id);
        const useFormula = mode === 'formula' && Boolean(fix.formula);
        const wrote: FixRecord['wrote'] = useFormula ? { formula: `=${fix.formula}` } : { value: fix.value };
        if (fix.numFmt) wrote.numFmt = fix.numFmt;
        todo.push({ f, old: current, rec: { k: 'fix', batch, at, key: f.key, sheet: fix.sheet, cell: fix.cell, old: current, wrote } });
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
      try {
        await counter.sync(context);
      } catch (e) {
        const reason = `${chineseError('写入修正', e)} 已恢复原值，未作任何修改。`;
        await rollback(todo.map((t) => t.rec), journal.records);
        for (const t of todo) result.refused.push({ key: t.f.key, reason });
        return result;
      }
      for (const t of todo) {
        result.applied.push({ key: t.f.key, sheet: t.rec.sheet, cell: t.rec.cell, old: t.old.value, value: t.f.fix!.value, formula: t.rec.wrote.formula });
      }
      return result;
    }, true);
  }

  /** Puts back cells and journal after a failed write (fresh context: the failed batch's proxies are dead). */
  async function rollback(written: FixRecord[], journalBefore: JournalRecord[]): Promise<void> {
    try {
      await Excel.run(async (context) => {
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

  async function undoFixes(): Promise<UndoResult> {
    return run(async (context) => {
      const counter = new SyncCounter();
      const list = queueSheetList(context);
      await counter.sync(context);
      const sheetList = list();
      const journalRead = queueJournalRead(context, hasSheet(sheetList, JOURNAL_SHEET));
      await counter.sync(context);
      const journal = journalRead();
      const fixes = records(journal, 'fix');
      const result: UndoResult = { restored: 0, conflicts: [] };
      if (!fixes.length) return result;
      const reads = new Map<string, () => CellSnapshot>();
      for (const r of fixes) {
        const id = `${r.sheet}!${r.cell}`;
        if (!reads.has(id) && hasSheet(sheetList, r.sheet)) reads.set(id, queueCellRead(context, r.sheet, r.cell));
      }
      await counter.sync(context);
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
      if (!done.size) return result;
      for (const r of writes) queueCellRestore(context, r.sheet, r.cell, r.old);
      queueJournalWrite(context, journal, journal.records.filter((r) => !(r.k === 'fix' && done.has(r))));
      try {
        await counter.sync(context);
      } catch (e) {
        throw new Error(`${chineseError('撤销修正', e)} 修正记录仍保存在工作簿中，可以再试一次。`);
      }
      result.restored = done.size;
      return result;
    });
  }

  async function clearMarks(): Promise<number> {
    const c = capabilities();
    return run(async (context) => {
      const counter = new SyncCounter();
      const list = queueSheetList(context);
      const commentList = c.comments ? queueCommentList(context) : undefined;
      await counter.sync(context);
      const sheetList = list();
      const details = commentList ? queueCommentDetails(commentList) : undefined;
      const journalRead = queueJournalRead(context, hasSheet(sheetList, JOURNAL_SHEET));
      await counter.sync(context);
      const journal = journalRead();
      const locked = protectedSet(sheetList);
      let removed = details ? queueCommentClear(details().filter((e) => !locked.has(e.sheet))) : 0;
      const marks = records(journal, 'mark').filter((m) => hasSheet(sheetList, m.sheet));
      const kept = marks.filter((m) => locked.has(m.sheet));
      const open = marks.filter((m) => !locked.has(m.sheet));
      if (open.length) {
        const current = queueCurrentFills(context, open);
        await counter.sync(context);
        const fillsNow = current();
        // A highlight the user recoloured since is the user's colour now: leave it.
        for (const m of open) if (isOurHighlight(fillsNow.get(`${m.sheet}!${m.cell}`))) queueRestoreFill(context, m);
      }
      removed += open.length;
      const results = records(journal, 'results').filter((r) => hasSheet(sheetList, r.sheet));
      for (const r of results) context.workbook.worksheets.getItem(r.sheet).delete();
      if (marks.length || results.length || records(journal, 'results').length) {
        queueJournalWrite(context, journal, [...journal.records.filter((r) => r.k !== 'mark' && r.k !== 'results'), ...kept]);
      }
      if (removed || results.length) await counter.sync(context);
      return removed;
    }).catch((e) => {
      throw new Error(chineseError('清除标注', e));
    });
  }

  async function dismiss(key: string, reason: string): Promise<void> {
    await run(async (context) => {
      const counter = new SyncCounter();
      const { sheetList, journal } = await readListAndJournal(context, counter);
      if (!journal.exists && sheetList.structureProtected) throw new Error('工作簿结构受保护，无法保存“忽略”的说明。请先撤销工作簿保护。');
      const record: DismissRecord = { k: 'dismiss', key, reason, at: now().toISOString() };
      queueJournalWrite(context, journal, [...journal.records.filter((r) => !(r.k === 'dismiss' && r.key === key)), record]);
      await counter.sync(context);
    }).catch((e) => {
      throw new Error((e as Error).message.startsWith('工作簿') ? (e as Error).message : chineseError('保存“忽略”说明', e));
    });
  }

  async function readWorkbookModel(): Promise<Workbook> {
    const c = capabilities();
    return run(async (context) => {
      const counter = new SyncCounter();
      const list = queueSheetList(context);
      await counter.sync(context);
      const sheets = await readSheets(context, checkedSheets(list()), counter, { caps: c, payloadLimit: options.payloadLimit });
      return dropOwnResultsSheets(workbookOf(sheets));
    });
  }

  return {
    capabilities: async () => capabilities(),
    check,
    select,
    applyFixes,
    undoFixes,
    clearMarks,
    dismiss,
    readWorkbookModel,
  };
}

