import { ExcelSimulator, OFFICE_VERSIONS, SimError } from '../excel-sim';
import { JOURNAL_SHEET } from '../../src/excel';
import { open } from './helpers';

/** inj-hidden: 公开03表 row 16 (2010308) and column F (项目支出) hidden with amounts; 公开02表 empty lines hidden. */
async function checked(file = 'inj-hidden.xlsx', excelApi?: string) {
  const s = await open(file, excelApi ? { excelApi } : undefined);
  const r = await s.api.check();
  const hidden = r.report.findings.filter((f) => f.rule === 'HIDDEN-AMOUNT');
  return { s, r, hidden };
}

function sheetOf(sim: ExcelSimulator, name: string) {
  return sim.state.sheets.find((x) => x.name === name)!;
}

/** Hidden rows and columns of a sheet as Excel numbers them (rows 1-based, columns 0-based). */
function lines(sim: ExcelSimulator, name: string) {
  const s = sheetOf(sim, name);
  return { rows: [...(s.hiddenRows ?? [])].map((r) => r + 1).sort((a, b) => a - b), cols: [...(s.hiddenCols ?? [])].sort((a, b) => a - b) };
}

function revealRecords(sim: ExcelSimulator) {
  const j = sim.state.sheets.find((x) => x.name === JOURNAL_SHEET);
  return j ? [...j.cells.values()].map((c) => JSON.parse(String(c.value))).filter((x) => x.k === 'reveal') : [];
}

describe('取消隐藏 for HIDDEN-AMOUNT, journaled like 修正', () => {
  test('shows exactly the hidden row and column with amounts, leaves the empty hidden lines, and a re-check no longer reports them', async () => {
    const { s, hidden } = await checked();
    expect(hidden.map((f) => f.reveal)).toEqual([
      { sheet: '公开03表', rows: [16] },
      { sheet: '公开03表', cols: ['F'] },
    ]);
    const emptyLinesOf02 = lines(s.sim, '公开02表');
    expect(lines(s.sim, '公开03表')).toEqual({ rows: [16], cols: [5] });
    const syncsBefore = s.sim.syncCount;
    const res = await s.api.reveal(hidden.map((f) => f.key));
    expect(res).toEqual({ revealed: hidden.map((f) => f.key), shown: 2, refused: [] });
    // Sheet list, then journal and line states, then one write.
    expect(s.sim.syncCount - syncsBefore).toBe(3);
    expect(lines(s.sim, '公开03表')).toEqual({ rows: [], cols: [] });
    expect(lines(s.sim, '公开02表')).toEqual(emptyLinesOf02);
    expect(revealRecords(s.sim)).toEqual([
      expect.objectContaining({ k: 'reveal', key: hidden[0].key, sheet: '公开03表', rows: [16], cols: [] }),
      expect.objectContaining({ k: 'reveal', key: hidden[1].key, sheet: '公开03表', rows: [], cols: ['F'] }),
    ]);
    const again = await s.api.check();
    expect(again.report.findings.filter((f) => f.rule === 'HIDDEN-AMOUNT')).toEqual([]);
    s.uninstall();
  });

  test('撤销修正 after closing and reopening hides the lines again and clears the records', async () => {
    const { s, hidden } = await checked();
    await s.api.reveal(hidden.map((f) => f.key));
    const reopened = s.reopen();
    const undo = await reopened.api.undoFixes();
    expect(undo).toEqual({ restored: 0, rehidden: 2, conflicts: [] });
    expect(lines(reopened.sim, '公开03表')).toEqual({ rows: [16], cols: [5] });
    expect(revealRecords(reopened.sim)).toEqual([]);
    const again = await reopened.api.check();
    expect(again.report.findings.filter((f) => f.rule === 'HIDDEN-AMOUNT').map((f) => f.key)).toEqual(hidden.map((f) => f.key));
    reopened.uninstall();
  });

  test('hidden sheets: shown, and hidden again by 撤销修正', async () => {
    const { s, hidden } = await checked('robust-hidden-image.xlsx');
    expect(hidden.map((f) => f.reveal)).toEqual([
      { sheet: '公开02表', wholeSheet: true },
      { sheet: '公开03表', wholeSheet: true },
    ]);
    expect(sheetOf(s.sim, '公开02表').visibility).toBe('Hidden');
    const res = await s.api.reveal(hidden.map((f) => f.key));
    expect(res.shown).toBe(2);
    expect(['公开02表', '公开03表'].map((n) => sheetOf(s.sim, n).visibility)).toEqual(['Visible', 'Visible']);
    const undo = await s.api.undoFixes();
    expect(undo.rehidden).toBe(2);
    expect(['公开02表', '公开03表'].map((n) => sheetOf(s.sim, n).visibility)).toEqual(['Hidden', 'Hidden']);
    s.uninstall();
  });

  test('Office 2019 (ExcelApi 1.7, hidden lines not readable): a hidden sheet is shown and hidden again all the same', async () => {
    const { s, hidden } = await checked('robust-hidden-image.xlsx', OFFICE_VERSIONS.office2019);
    expect(hidden).toHaveLength(2);
    expect((await s.api.reveal(hidden.map((f) => f.key))).shown).toBe(2);
    expect(sheetOf(s.sim, '公开03表').visibility).toBe('Visible');
    expect((await s.api.undoFixes()).rehidden).toBe(2);
    expect(sheetOf(s.sim, '公开03表').visibility).toBe('Hidden');
    s.uninstall();
  });

  test('one Excel undo step where ExcelApi 1.20 allows; where Excel refuses the group, shown without it', async () => {
    for (const [excelApi, grouped] of [
      [OFFICE_VERSIONS.microsoft365, true],
      [OFFICE_VERSIONS.office2021, undefined],
    ] as const) {
      const { s, hidden } = await checked('inj-hidden.xlsx', excelApi);
      s.sim.runs.length = 0;
      expect((await s.api.reveal([hidden[0].key])).shown).toBe(1);
      expect(s.sim.runs.map((r) => r.mergeUndoGroup)).toEqual([grouped]);
      s.uninstall();
    }
    const { s, hidden } = await checked();
    s.sim.runs.length = 0;
    let refused = false;
    s.sim.failOn = (what) => {
      if (!s.sim.runs[s.sim.runs.length - 1]?.mergeUndoGroup || !what.includes('rowHidden') || refused) return undefined;
      refused = true;
      return new SimError('UndoNotSupported', 'The operation cannot be grouped into an undo group.');
    };
    const res = await s.api.reveal([hidden[0].key]);
    s.sim.failOn = undefined;
    expect(refused).toBe(true);
    expect(res).toEqual({ revealed: [hidden[0].key], shown: 1, refused: [] });
    // Grouped try, the rollback, the ungrouped run.
    expect(s.sim.runs.map((r) => r.mergeUndoGroup)).toEqual([true, undefined, undefined]);
    expect(lines(s.sim, '公开03表').rows).toEqual([]);
    expect(revealRecords(s.sim)).toHaveLength(1);
    s.uninstall();
  });

  test('a protected sheet is refused with what to do, and nothing is shown or journaled', async () => {
    const { s, hidden } = await checked();
    s.sim.protectSheet('公开03表');
    const res = await s.api.reveal([hidden[0].key]);
    expect(res.revealed).toEqual([]);
    expect(res.refused).toEqual([{ key: hidden[0].key, reason: expect.stringContaining('工作表“公开03表”受保护') }]);
    expect(lines(s.sim, '公开03表')).toEqual({ rows: [16], cols: [5] });
    expect(revealRecords(s.sim)).toEqual([]);
    s.uninstall();
  });

  test('a protected workbook structure: a hidden sheet cannot be shown, and says so', async () => {
    const { s, hidden } = await checked('robust-hidden-image.xlsx');
    s.sim.state.structureProtected = true;
    const res = await s.api.reveal([hidden[0].key]);
    expect(res.refused).toEqual([{ key: hidden[0].key, reason: expect.stringContaining('工作簿结构受保护，无法取消隐藏工作表“公开02表”') }]);
    expect(sheetOf(s.sim, '公开02表').visibility).toBe('Hidden');
    s.uninstall();
  });

  test('a line two findings share is shown, journaled and counted once', async () => {
    const { s, hidden } = await checked();
    // The same finding twice stands for two findings naming one hidden row.
    const res = await s.api.reveal([hidden[0].key, hidden[0].key]);
    expect(res).toEqual({ revealed: [hidden[0].key, hidden[0].key], shown: 1, refused: [] });
    expect(revealRecords(s.sim).map((r) => r.rows)).toEqual([[16]]);
    s.uninstall();
  });

  test('a line shown by hand since the check needs nothing: no record, so 撤销修正 will not hide it', async () => {
    const { s, hidden } = await checked();
    sheetOf(s.sim, '公开03表').hiddenRows!.delete(15);
    const res = await s.api.reveal([hidden[0].key]);
    expect(res).toEqual({ revealed: [hidden[0].key], shown: 0, refused: [] });
    expect(revealRecords(s.sim)).toEqual([]);
    expect((await s.api.undoFixes()).rehidden).toBe(0);
    expect(lines(s.sim, '公开03表').rows).toEqual([]);
    s.uninstall();
  });

  test('a line hidden again by hand is left as it is by 撤销修正, and its record is settled', async () => {
    const { s, hidden } = await checked();
    await s.api.reveal(hidden.map((f) => f.key));
    sheetOf(s.sim, '公开03表').hiddenCols!.add(5);
    const undo = await s.api.undoFixes();
    expect(undo).toEqual({ restored: 0, rehidden: 1, conflicts: [] });
    expect(lines(s.sim, '公开03表')).toEqual({ rows: [16], cols: [5] });
    expect(revealRecords(s.sim)).toEqual([]);
    s.uninstall();
  });

  test('an Excel error while showing puts everything back: lines hidden, no record left', async () => {
    const { s, hidden } = await checked();
    // The first batch fails at the column, after the journal and the row were written; the repair succeeds.
    let failures = 0;
    s.sim.failOn = (what) => (what.includes('columnHidden') && failures++ === 0 ? new SimError('GeneralException', 'boom') : undefined);
    const res = await s.api.reveal(hidden.map((f) => f.key));
    s.sim.failOn = undefined;
    expect(res.revealed).toEqual([]);
    expect(res.refused.map((x) => x.reason)).toEqual([expect.stringContaining('已恢复原状'), expect.stringContaining('已恢复原状')]);
    expect(lines(s.sim, '公开03表')).toEqual({ rows: [16], cols: [5] });
    expect(revealRecords(s.sim)).toEqual([]);
    s.uninstall();
  });

  test('a finding about something else is refused, and nothing is read before a check', async () => {
    const { s, r } = await checked();
    const other = r.report.findings.find((f) => f.rule !== 'HIDDEN-AMOUNT')!;
    const res = await s.api.reveal([other.key]);
    expect(res.refused).toEqual([{ key: other.key, reason: '这条问题不涉及隐藏的行、列或工作表。' }]);
    const fresh = s.reopen();
    const before = fresh.sim.syncCount;
    expect((await fresh.api.reveal(['x'])).refused[0].reason).toContain('请先运行“检查本工作簿”');
    expect(fresh.sim.syncCount).toBe(before);
    fresh.uninstall();
  });
});
