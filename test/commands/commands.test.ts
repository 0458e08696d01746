import { runCheckCommand } from '../../src/commands/run-check';
import { summaryFromParams, summaryParams } from '../../src/commands/summary';
import type { AddinCheckResult } from '../../src/excel';
import type { AddinApi } from '../../src/excel';
import { MARK } from '../../src/excel';
import { OFFICE_VERSIONS } from '../excel-sim';
import { open } from '../excel/helpers';

const PAGE = 'https://localhost:3000/commands.html';

function event() {
  const e = { completed: jest.fn() };
  return e;
}

describe('ribbon 「检查本工作簿」 (ExecuteFunction)', () => {
  test('runs the whole check without the pane, writes the comments, shows the counts, then completes', async () => {
    const s = await open('inj-total.xlsx', { sharedRuntime: false });
    const e = event();
    const running = runCheckCommand(e, { pageUrl: PAGE });
    // The command waits for the user to close the result dialog.
    await waitFor(() => s.sim.dialogs.length === 1);
    expect(e.completed).not.toHaveBeenCalled();
    const dialog = s.sim.dialogs[0];
    expect(dialog.url.startsWith(`${PAGE}?t=12&`)).toBe(true);
    const text = summaryFromParams(dialog.params);
    expect(text).toMatch(/^检查完成：识别 12 张表，发现错误 [1-9]\d* 处、警告 \d+ 处、提示 \d+ 处。/);
    expect(text).toContain('已在问题单元格上添加批注');
    expect(s.sim.state.comments.length).toBeGreaterThan(0);
    expect(s.sim.state.comments.every((c) => c.content.startsWith(MARK))).toBe(true);
    dialog.sendToParent('close');
    await running;
    expect(dialog.closed).toBe(true);
    expect(e.completed).toHaveBeenCalledTimes(1);
    s.uninstall();
  });

  test('amounts in hidden lines: the dialog says their comments are out of sight and points to 取消隐藏', async () => {
    const s = await open('inj-hidden.xlsx', { sharedRuntime: false });
    const running = runCheckCommand(event(), { pageUrl: PAGE });
    await waitFor(() => s.sim.dialogs.length === 1);
    expect(summaryFromParams(s.sim.dialogs[0].params)).toContain('其中 2 处金额在隐藏的行、列或工作表中，批注看不到：请在助手中点“取消隐藏”显示它们。');
    s.sim.dialogs[0].sendToParent('close');
    await running;
    s.uninstall();
  });

  test('a 说明 kept in the workbook: the dialog says it was checked with the tables', async () => {
    const s = await open('seed004-with-narrative.xlsx', { sharedRuntime: false });
    const running = runCheckCommand(event(), { pageUrl: PAGE });
    await waitFor(() => s.sim.dialogs.length === 1);
    expect(summaryFromParams(s.sim.dialogs[0].params)).toContain('工作簿中的决算说明（14 段）也已与报表核对，其中的问题一并列出。');
    expect(s.sim.state.comments.some((c) => s.sim.state.sheets.find((x) => x.id === c.sheetId)?.name === '决算说明')).toBe(true);
    s.sim.dialogs[0].sendToParent('close');
    await running;
    s.uninstall();
  });

  test('no finding but regions that could not be read: the dialog does not claim the whole workbook is clean', () => {
    const result = (unrecognized: AddinCheckResult['report']['unrecognized']) =>
      ({
        report: { tables: [{}, {}], findings: [], summary: { errors: 0, warnings: 0, infos: 0 }, unrecognized },
        dismissed: [],
        marksMode: 'comments',
        syncs: 3,
      }) as unknown as AddinCheckResult;
    const unread = summaryFromParams(summaryParams(result([{ sheet: '表3', reason: '缺少科目编码列' }, { sheet: '备份', reason: '隐藏的备份副本', setAside: true }]), '1.20'));
    expect(unread).toContain('检查完成：识别 2 张表，其中未发现问题。');
    expect(unread).toContain('另有 1 处疑似决算表未能识别，没有检查：请打开助手查看原因。');
    const clean = summaryFromParams(summaryParams(result([{ sheet: '备份', reason: '隐藏的备份副本', setAside: true }]), '1.20'));
    expect(clean).toContain('检查完成：识别 2 张表，未发现问题。');
    expect(clean).not.toContain('未能识别');
  });

  test('with the shared runtime it opens the task pane instead of a dialog', async () => {
    const s = await open('SAMPLE', { sharedRuntime: true });
    const e = event();
    await runCheckCommand(e, { pageUrl: PAGE });
    expect(s.sim.taskpaneShown).toBe(1);
    expect(s.sim.dialogs).toEqual([]);
    expect(e.completed).toHaveBeenCalledTimes(1);
    s.uninstall();
  });

  test('on Office 2019 the notice says the cells were highlighted instead', async () => {
    const s = await open('inj-total.xlsx', { excelApi: OFFICE_VERSIONS.office2019, sharedRuntime: false });
    const e = event();
    const running = runCheckCommand(e, { pageUrl: PAGE });
    await waitFor(() => s.sim.dialogs.length === 1);
    const text = summaryFromParams(s.sim.dialogs[0].params);
    expect(text).toContain('“检查结果”工作表');
    expect(text).toContain('ExcelApi 1.7）不支持批注');
    // Internet Explorer (Office 2019 on older Windows) stops at 2083 characters.
    expect(s.sim.dialogs[0].url.length).toBeLessThan(2083);
    s.sim.dialogs[0].userClosed();
    await running;
    expect(e.completed).toHaveBeenCalledTimes(1);
    s.uninstall();
  });

  test('an Excel error still shows a Chinese message and completes the event', async () => {
    const s = await open('SAMPLE', { sharedRuntime: false });
    const failing: AddinApi = { check: () => Promise.reject(new Error(`Excel 正忙${'很长的说明'.repeat(100)}`)) } as unknown as AddinApi;
    const e = event();
    const running = runCheckCommand(e, { api: failing, pageUrl: PAGE });
    await waitFor(() => s.sim.dialogs.length === 1);
    expect(summaryFromParams(s.sim.dialogs[0].params)).toMatch(/^检查未完成：Excel 正忙/);
    expect(s.sim.dialogs[0].url.length).toBeLessThan(2083);
    s.sim.dialogs[0].sendToParent('close');
    await running;
    expect(e.completed).toHaveBeenCalledTimes(1);
    s.uninstall();
  });

  test('completes even when the dialog cannot be shown or the user never closes it', async () => {
    const s = await open('SAMPLE', { sharedRuntime: false });
    (s.sim as unknown as { supports: (set: string) => boolean }).supports = (set: string) => set === 'ExcelApi';
    const e1 = event();
    await runCheckCommand(e1, { pageUrl: PAGE });
    expect(e1.completed).toHaveBeenCalledTimes(1);
    s.uninstall();
    const s2 = await open('SAMPLE', { sharedRuntime: false });
    const e2 = event();
    await runCheckCommand(e2, { pageUrl: PAGE, dialogTimeoutMs: 20 });
    expect(s2.sim.dialogs).toHaveLength(1);
    expect(e2.completed).toHaveBeenCalledTimes(1);
    s2.uninstall();
  });

  test('completes when Office itself throws (no Office.context at all)', async () => {
    const g = globalThis as unknown as Record<string, unknown>;
    const before = { Office: g.Office, Excel: g.Excel };
    g.Office = {};
    g.Excel = { run: () => Promise.reject(new Error('no host')) };
    const e = event();
    await runCheckCommand(e, { pageUrl: PAGE });
    expect(e.completed).toHaveBeenCalledTimes(1);
    Object.assign(g, before);
  });
});

async function waitFor(cond: () => boolean, ms = 10000): Promise<void> {
  const start = Date.now();
  while (!cond()) {
    if (Date.now() - start > ms) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 5));
  }
}
