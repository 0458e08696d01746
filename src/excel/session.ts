import type { CheckOptions } from '../core/check';
import type { Workbook } from '../core/model/workbook';
import type { Finding } from '../core/findings/finding';
import { type JournalRecord, type JournalState, queueJournalRead } from './journal';
import { JOURNAL_SHEET, isOwnMark } from './own-sheets';
import { type SheetList, hasSheet, queueSheetList } from './read';
import type { SyncCounter } from './sync-counter';
import type { Capabilities } from './types';

/** What every operation of the add-in shares: the requirement sets, how to run a batch, the clock. */
export interface Host {
  caps(): Capabilities;
  /** Excel.run, as one undo group where ExcelApi 1.20 allows it and the operation asks for it. */
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>, undoGroup?: boolean): Promise<T>;
  now(): Date;
  payloadLimit?: number;
}

/** The workbook as the last check read it, and its findings by key (fixes are checked against it). */
export interface LastCheck {
  workbook: Workbook;
  findings: Map<string, Finding>;
  /** What the check was run with, so 全部修正's trials check the same way. */
  options?: CheckOptions;
}

export function records<K extends JournalRecord['k']>(state: JournalState, k: K): Extract<JournalRecord, { k: K }>[] {
  return state.records.filter((r) => r.k === k) as Extract<JournalRecord, { k: K }>[];
}

export function protectedSet(list: SheetList): Set<string> {
  return new Set(list.sheets.filter((s) => s.protected).map((s) => s.name));
}

/** The add-in's own 检查结果 sheet starts with the mark in A1; it is never read as a 决算 table. */
export function dropOwnResultsSheets(wb: Workbook): Workbook {
  wb.sheets = wb.sheets.filter((s) => !isOwnMark(s.rows[0]?.[0]?.value));
  return wb;
}

/**
 * Sync 1 (sheet list) and sync 2 (journal, plus whatever `extra` queues once the sheets are known) of
 * every operation that needs the store.
 */
export async function readListAndJournal(
  context: Excel.RequestContext,
  counter: SyncCounter,
  extra?: (list: SheetList) => () => void,
): Promise<{ sheetList: SheetList; journal: JournalState }> {
  const list = queueSheetList(context);
  await counter.sync(context);
  const sheetList = list();
  const journalRead = queueJournalRead(context, hasSheet(sheetList, JOURNAL_SHEET));
  const finish = extra?.(sheetList);
  await counter.sync(context);
  finish?.();
  return { sheetList, journal: journalRead() };
}
