import { checkWorkbook, unreadRegions } from '../core/check';
import type { Finding } from '../core/findings/finding';
import { chineseError } from './errors';
import { type ExistingComment, queueCommentDetails, queueCommentList, queueCommentMarks } from './comments';
import { isOurHighlight, queueCurrentFills, queueFillRead, queueHighlight, queueRestoreFill, resultsRows } from './highlight';
import { type JournalState, type MarkRecord, queueJournalRead, queueJournalWrite } from './journal';
import { type MarkTarget, markTargets } from './marks';
import { JOURNAL_SHEET, RESULTS_SHEET, RESULTS_SHEET_ALT } from './own-sheets';
import { type SheetList, checkedSheets, hasSheet, queueSheetList, readSheets, workbookOf } from './read';
import { type Host, type LastCheck, dropOwnResultsSheets, protectedSet, records } from './session';
import { SyncCounter } from './sync-counter';
import type { AddinCheckResult, CheckOptionsForAddin } from './types';
import type { UnrecognizedTable } from '../core/tables/types';

/**
 * The full check: sync 1 sheet list (+ comment threads), sync 2 every used range (+ comment locations,
 * journal), the core check in memory, sync 3 all marks at once. Degraded mode needs one more sync to
 * read the original fills before highlighting.
 */
export async function runCheck(host: Host, opts: CheckOptionsForAddin, remember: (last: LastCheck) => void): Promise<AddinCheckResult> {
  const c = host.caps();
  const progress = opts.onProgress ?? (() => undefined);
  progress('读取工作表', 0);
  return host.run(async (context) => {
    const counter = new SyncCounter();
    const list = queueSheetList(context);
    const commentList = c.comments ? queueCommentList(context) : undefined;
    await counter.sync(context);
    const sheetList = list();
    let existing: ExistingComment[] = [];
    let journal: JournalState = { exists: false, records: [] };
    const sheets = await readSheets(context, checkedSheets(sheetList), counter, {
      caps: c,
      payloadLimit: host.payloadLimit,
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
    const options = { profile: opts.profile };
    const report = checkWorkbook(workbook, options);
    progress('核对勾稽关系', 0.6);
    remember({ workbook, findings: new Map(report.findings.map((f) => [f.key, f])), options });
    const dismissed = records(journal, 'dismiss').map(({ key, reason, at }) => ({ key, reason, at }));

    const locked = protectedSet(sheetList);
    const checked = new Set(workbook.sheets.map((s) => s.name));
    const all = markTargets(report.findings, new Set(dismissed.map((d) => d.key)), checked);
    const targets = all.filter((t) => !locked.has(t.sheet));
    const notes: string[] = [];
    const unread = unreadRegions(report).length;
    if (!c.mergedAreas && unread) {
      notes.push(`此版本的 Excel（ExcelApi ${c.apiVersion}）不能读取合并单元格，有 ${unread} 处表格未能识别；在 Office 2021 或 Microsoft 365 中检查可识别合并表头。`);
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
        queueCommentMarks(context, mine, targets, c.resolveComments);
        // Marks left by a run on an Excel without comments (file moved from Office 2019) are cleared too.
        if (oldMarks.length || oldResults.length) {
          oldMarks.filter((m) => !locked.has(m.sheet) && hasSheet(sheetList, m.sheet)).forEach((m) => queueRestoreFill(context, m));
          oldResults.filter((r) => hasSheet(sheetList, r.sheet)).forEach((r) => context.workbook.worksheets.getItem(r.sheet).delete());
          queueJournalWrite(context, journal, journal.records.filter((r) => r.k !== 'mark' && r.k !== 'results'));
        }
        try {
          await counter.sync(context);
        } catch (e) {
          notes.push(marksFailed(e));
        }
      }
    } else {
      marksMode = 'highlight';
      notes.unshift(
        `此版本的 Excel（ExcelApi ${c.apiVersion}）不支持批注（需要 ExcelApi 1.10，Office 2021 或 Microsoft 365），已改为给问题单元格加底色，并在“检查结果”工作表中列出全部问题及链接。`,
      );
      try {
        const shown = report.findings.filter((f) => !dismissed.some((d) => d.key === f.key));
        const ok = await writeHighlights(context, counter, sheetList, journal, targets, shown, report.unrecognized);
        if (!ok) notes.push('工作簿结构受保护，无法添加“检查结果”工作表和修正记录，未加底色；问题仍列在清单中。');
      } catch (e) {
        notes.push(marksFailed(e));
      }
    }
    progress('完成', 1);
    return { report, dismissed, marksMode, syncs: counter.count, notice: notes.length ? notes.join('\n') : undefined };
  });
}

/** The findings are the result; marks that Excel refused to write must not take the list away. */
function marksFailed(e: unknown): string {
  return `${chineseError('写入批注', e)} 问题清单不受影响；可以再检查一次，或先“清除标注”再检查。`;
}

/** Degraded mode: read original fills (sync 3), then highlight + results sheet + journal (sync 4). */
async function writeHighlights(
  context: Excel.RequestContext,
  counter: SyncCounter,
  sheetList: SheetList,
  journal: JournalState,
  targets: MarkTarget[],
  findings: Finding[],
  unchecked: UnrecognizedTable[],
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
  const rows = resultsRows(findings, '此版本的 Excel 不支持批注，问题单元格已加底色。点击“位置”列可跳到问题单元格；“清除标注”会删除本表并恢复原底色。', unchecked);
  sheet.getRange(`A1:I${rows.length}`).formulas = rows;
  sheet.getRange(`A2:I${rows.length}`).format.autofitColumns();
  const keep = journal.records.filter((r) => r.k !== 'mark' && r.k !== 'results');
  queueJournalWrite(context, journal, [...keep, ...newMarks, { k: 'results', sheet: name }]);
  await counter.sync(context);
  return true;
}
