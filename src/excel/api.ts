import { type Workbook, inAutoFilter } from '../core/model/workbook';
import { columnLetters, parseA1 } from '../core/model/address';
import { detectCapabilities } from './capabilities';
import { runCheck } from './check-run';
import { AddinError, friendly } from './errors';
import { applyAllFixes, applyFixes, undoFixes } from './fix-run';
import { clearMarks, dismiss } from './marks-run';
import { revealHidden } from './reveal-run';
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

  /** Selects the cell; says so when the cell sits in a hidden row or column (selected, but out of sight). */
  async function select(sheet: string, cell: string): Promise<string | undefined> {
    return host.run(async (context) => {
      const ws = context.workbook.worksheets.getItem(sheet);
      const range = ws.getRange(cell);
      // Excel refuses to show a hidden sheet with an English message: say what to do instead.
      ws.load('visibility');
      range.load('rowHidden,columnHidden');
      await context.sync();
      if (ws.visibility !== 'Visible') throw new AddinError(hiddenSheetMessage(sheet, cell, ws.visibility === 'VeryHidden'));
      ws.activate();
      range.select();
      await context.sync();
      const { row, col } = parseA1(cell);
      const filtered = inAutoFilter(last?.workbook.sheets.find((s) => s.name === sheet), row, col);
      return hiddenCellNotice(sheet, cell, range.rowHidden === true, range.columnHidden === true, filtered);
    });
  }

  return {
    capabilities: async () => host.caps(),
    check: (opts = {}) => friendly('检查', () => runCheck(host, opts, (l) => (last = l))),
    select: (sheet, cell) => friendly(`定位到“${sheet}”${cell}`, () => select(sheet, cell)),
    applyFixes: (keys, mode) => friendly('修正', () => applyFixes(host, last, keys, mode)),
    applyAllFixes: (keys, mode) => friendly('全部修正', () => applyAllFixes(host, last, keys, mode)),
    reveal: (keys) => friendly('取消隐藏', () => revealHidden(host, last, keys)),
    undoFixes: () => friendly('撤销修正', () => undoFixes(host, last)),
    clearMarks: () => friendly('清除标注', () => clearMarks(host)),
    dismiss: (key, reason) => friendly('保存“忽略”说明', () => dismiss(host, key, reason)),
    readWorkbookModel: () => friendly('读取工作簿', readWorkbookModel),
  };
}

function hiddenSheetMessage(sheet: string, cell: string, veryHidden: boolean): string {
  return veryHidden
    ? `工作表“${sheet}”被深度隐藏（“取消隐藏”列表中也看不到），无法定位到 ${cell}。可在 VBA 编辑器（Alt+F11）中把它的 Visible 属性改为 -1 后再试。`
    : `工作表“${sheet}”已隐藏，无法定位到 ${cell}。请先取消隐藏：右键任一工作表标签 →“取消隐藏”，选中“${sheet}”。`;
}

function hiddenCellNotice(sheet: string, cell: string, rowHidden: boolean, columnHidden: boolean, filtered: boolean): string | undefined {
  if (!rowHidden && !columnHidden) return undefined;
  const { row, col } = parseA1(cell);
  // 取消隐藏 from the row headers does not show a row the AutoFilter hides.
  if (rowHidden && !columnHidden && filtered) return `已选中 ${sheet}!${cell}，但第 ${row + 1} 行被筛选隐藏，所以看不到。要显示它：清除筛选（“数据”选项卡 →“清除”），或在筛选中勾选这一行。`;
  const lines = [rowHidden ? `第 ${row + 1} 行` : '', columnHidden ? `${columnLetters(col)} 列` : ''].filter(Boolean).join('和 ');
  return `已选中 ${sheet}!${cell}，但它所在的${rowHidden ? '' : ' '}${lines}已隐藏，所以看不到。要显示它：选中隐藏处两侧的行号（或列标），右键 →“取消隐藏”。`;
}
