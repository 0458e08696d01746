import { ExcelSimulator, OFFICE_VERSIONS } from '../excel-sim';
import { JOURNAL_SHEET, RESULTS_SHEET } from '../../src/excel';
import { cell, fixture, open, session } from './helpers';

/** Office 2019 (volume licensed): ExcelApi 1.7, no threaded comments, no merged-area API, no undo groups. */
const O2019 = { excelApi: OFFICE_VERSIONS.office2019 };

describe('degraded mode where comments are unavailable (ExcelApi < 1.10)', () => {
  test('highlights the cells, lists the findings with links on a 检查结果 sheet, and says so', async () => {
    const s = await open('inj-total.xlsx', O2019);
    const r = await s.api.check();
    expect(r.marksMode).toBe('highlight');
    expect(r.notice).toContain('不支持批注');
    expect(s.sim.state.comments).toEqual([]);
    expect(r.syncs).toBeLessThanOrEqual(4);
    const d12 = cell(s.sim, '公开03表', 'D12')!;
    expect(d12.fill).toBe('#FFC7CE'); // error
    const results = s.sim.state.sheets.find((x) => x.name === RESULTS_SHEET)!;
    expect(results.visibility).toBe('Visible');
    expect(String(cell(s.sim, RESULTS_SHEET, 'A1')!.value)).toMatch(/^【决算助手】检查结果/);
    const links = [...results.cells.values()].map((c) => c.formula).filter(Boolean);
    expect(links).toHaveLength(r.report.findings.length);
    expect(links).toContain(`=HYPERLINK("#'公开03表'!D12","公开03表!D12")`);
    // The results sheet is not read as a 决算 table on the next run.
    const again = await s.api.check();
    expect(again.report.findings.map((f) => f.key)).toEqual(r.report.findings.map((f) => f.key));
    expect(s.sim.state.sheets.filter((x) => x.name === RESULTS_SHEET)).toHaveLength(1);
    s.uninstall();
  });

  test('清除标注 restores the original fills (also after reopening) and removes the results sheet', async () => {
    const wb = structuredClone(await fixture('inj-total.xlsx'));
    const s0 = session(new ExcelSimulator(wb, O2019));
    // The user had coloured D12 yellow before the check.
    s0.sim.state.sheets.find((x) => x.name === '公开03表')!.cells.get('11,3')!.fill = '#FFFF00';
    const original = s0.sim.state.sheets.map((x) => ({ name: x.name, cells: [...x.cells].sort() }));
    await s0.api.check();
    await s0.api.check(); // a second run must not take our highlight for the original colour
    expect(cell(s0.sim, '公开03表', 'D12')!.fill).toBe('#FFC7CE');
    const s = s0.reopen(O2019);
    const removed = await s.api.clearMarks();
    expect(removed).toBeGreaterThan(0);
    expect(cell(s.sim, '公开03表', 'D12')!.fill).toBe('#FFFF00');
    expect(s.sim.state.sheets.some((x) => x.name === RESULTS_SHEET)).toBe(false);
    const after = s.sim.state.sheets.filter((x) => x.name !== JOURNAL_SHEET).map((x) => ({ name: x.name, cells: [...x.cells].sort() }));
    expect(after).toEqual(original);
    s.uninstall();
  });

  test('a highlight the user recoloured since is left with the user colour', async () => {
    const s = await open('inj-total.xlsx', O2019);
    await s.api.check();
    const cells = s.sim.state.sheets.find((x) => x.name === '公开03表')!.cells;
    const marked = [...cells.entries()].filter(([, c]) => c.fill).map(([k]) => k);
    expect(marked.length).toBeGreaterThan(1);
    cells.get(marked[0])!.fill = '#00B050'; // the user paints it green: their decision now
    await s.api.clearMarks();
    expect(cells.get(marked[0])!.fill).toBe('#00B050');
    for (const k of marked.slice(1)) expect(cells.get(k)!.fill).toBeUndefined();
    s.uninstall();
  });

  test('the 检查结果 sheet also lists what was not checked, with the reason (was: only the findings)', async () => {
    const s = await open('beijing.xlsx', O2019);
    const r = await s.api.check();
    expect(r.report.unrecognized.length).toBeGreaterThan(0);
    const results = s.sim.state.sheets.find((x) => x.name === RESULTS_SHEET)!;
    const rows = new Map<number, string[]>();
    for (const [k, c] of results.cells) {
      const [row, col] = k.split(',').map(Number);
      const line = rows.get(row) ?? [];
      line[col] = String(c.value ?? '');
      rows.set(row, line);
    }
    const unchecked = [...rows.values()].filter((line) => line[1] === '未检查');
    expect(unchecked.map((line) => line[2].split('!')[0])).toEqual(r.report.unrecognized.map((u) => u.sheet));
    expect(unchecked.map((line) => line[4])).toEqual(r.report.unrecognized.map((u) => expect.stringContaining(u.reason)));
    s.uninstall();
  });

  test('a sheet of the user named 检查结果 is never overwritten', async () => {
    const wb = structuredClone(await fixture('inj-total.xlsx'));
    wb.sheets.push({ name: RESULTS_SHEET, rows: [[{ value: '我的检查记录' }]], merges: [] });
    const s = session(new ExcelSimulator(wb, O2019));
    await s.api.check();
    expect(cell(s.sim, RESULTS_SHEET, 'A1')!.value).toBe('我的检查记录');
    expect(s.sim.state.sheets.some((x) => x.name === '决算助手检查结果')).toBe(true);
    await s.api.clearMarks();
    expect(s.sim.state.sheets.some((x) => x.name === RESULTS_SHEET)).toBe(true);
    expect(s.sim.state.sheets.some((x) => x.name === '决算助手检查结果')).toBe(false);
    s.uninstall();
  });

  test('a file highlighted on Office 2019 and then checked on Microsoft 365 loses the old highlights for comments', async () => {
    const s0 = await open('inj-total.xlsx', O2019);
    await s0.api.check();
    const s = s0.reopen({ excelApi: OFFICE_VERSIONS.microsoft365 });
    const r = await s.api.check();
    expect(r.marksMode).toBe('comments');
    expect(r.syncs).toBeLessThanOrEqual(3);
    expect(cell(s.sim, '公开03表', 'D12')!.fill).toBeUndefined();
    expect(s.sim.state.sheets.some((x) => x.name === RESULTS_SHEET)).toBe(false);
    expect(s.sim.state.comments.length).toBeGreaterThan(0);
    s.uninstall();
  });

  test('fix and undo work on Office 2019 too', async () => {
    const s = await open('inj-total.xlsx', O2019);
    const r = await s.api.check();
    const f = r.report.findings.find((x) => x.rule === 'T03-1' && x.cell === 'D12')!;
    const before = { ...cell(s.sim, '公开03表', 'D12')! };
    expect((await s.api.applyFixes([f.key], 'formula')).applied).toHaveLength(1);
    expect((await s.api.undoFixes()).restored).toBe(1);
    expect(cell(s.sim, '公开03表', 'D12')).toEqual(before);
    s.uninstall();
  });
});
