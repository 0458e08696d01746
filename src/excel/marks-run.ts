import { queueCommentClear, queueCommentDetails, queueCommentList } from './comments';
import { AddinError } from './errors';
import { isOurHighlight, queueCurrentFills, queueRestoreFill } from './highlight';
import { type DismissRecord, queueJournalRead, queueJournalWrite } from './journal';
import { JOURNAL_SHEET } from './own-sheets';
import { hasSheet, queueSheetList } from './read';
import { type Host, protectedSet, readListAndJournal, records } from './session';
import { SyncCounter } from './sync-counter';

/** 清除标注: the add-in's comments and replies, its highlights (original fills back) and its results sheet. */
export async function clearMarks(host: Host): Promise<number> {
  const c = host.caps();
  return host.run(async (context) => {
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
    let removed = details ? queueCommentClear(details().filter((e) => !locked.has(e.sheet)), c.resolveComments) : 0;
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
  });
}

/** 忽略并说明: stored in the workbook journal, one record per finding key (the latest reason wins). */
export async function dismiss(host: Host, key: string, reason: string): Promise<void> {
  await host.run(async (context) => {
    const counter = new SyncCounter();
    const { sheetList, journal } = await readListAndJournal(context, counter);
    if (!journal.exists && sheetList.structureProtected) throw new AddinError('工作簿结构受保护，无法保存“忽略”的说明。请先撤销工作簿保护。');
    const record: DismissRecord = { k: 'dismiss', key, reason, at: host.now().toISOString() };
    queueJournalWrite(context, journal, [...journal.records.filter((r) => !(r.k === 'dismiss' && r.key === key)), record]);
    await counter.sync(context);
  });
}
