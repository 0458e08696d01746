import type { Workbook } from '../core/model/workbook';
import { detectCapabilities } from './capabilities';
import { runCheck } from './check-run';
import { friendly } from './errors';
import { applyFixes, undoFixes } from './fix-run';
import { clearMarks, dismiss } from './marks-run';
import { checkedSheets, queueSheetList, readSheets, workbookOf } from './read';
import { type Host, type LastCheck, dropOwnResultsSheets } from './session';
import { SyncCounter } from './sync-counter';
import type { AddinApi, Capabilities } from './types';

export interface AddinApiOptions {
  /** Payload budget for splitting big reads (tests lower it). */
  payloadLimit?: number;
  /** Clock for journal timestamps (tests). */
  now?: () => Date;
}

/**
 * The add-in's Excel layer over the global Excel / Office (real office.js or the test simulator).
 * Every error reaching the caller is an AddinError with a Chinese message.
 */
export function createAddinApi(options: AddinApiOptions = {}): AddinApi {
  let caps: Capabilities | undefined;
  let last: LastCheck | undefined;
  const host: Host = {
    caps: () => (caps ??= detectCapabilities()),
    run: (batch, undoGroup = false) =>
      undoGroup && host.caps().undoGroup ? Excel.run({ mergeUndoGroup: true } as Excel.RunOptions, batch) : Excel.run(batch),
    now: options.now ?? (() => new Date()),
    payloadLimit: options.payloadLimit,
  };

  async function readWorkbookModel(): Promise<Workbook> {
    return host.run(async (context) => {
      const counter = new SyncCounter();
      const list = queueSheetList(context);
      await counter.sync(context);
      const sheets = await readSheets(context, checkedSheets(list()), counter, { caps: host.caps(), payloadLimit: host.payloadLimit });
      return dropOwnResultsSheets(workbookOf(sheets));
    });
  }

  async function select(sheet: string, cell: string): Promise<void> {
    await host.run(async (context) => {
      const ws = context.workbook.worksheets.getItem(sheet);
      ws.activate();
      ws.getRange(cell).select();
      await context.sync();
    });
  }

  return {
    capabilities: async () => host.caps(),
    check: (opts = {}) => friendly('检查', () => runCheck(host, opts, (l) => (last = l))),
    select: (sheet, cell) => friendly(`定位到“${sheet}”${cell}`, () => select(sheet, cell)),
    applyFixes: (keys, mode) => friendly('修正', () => applyFixes(host, last, keys, mode)),
    undoFixes: () => friendly('撤销修正', () => undoFixes(host)),
    clearMarks: () => friendly('清除标注', () => clearMarks(host)),
    dismiss: (key, reason) => friendly('保存“忽略”说明', () => dismiss(host, key, reason)),
    readWorkbookModel: () => friendly('读取工作簿', readWorkbookModel),
  };
}
