import { JOURNAL_SHEET, MARK } from '../../src/excel';
import type { ExcelSimulator } from '../excel-sim';
import { cell, open } from './helpers';

function visibleContent(sim: ExcelSimulator) {
  return sim.state.sheets.filter((x) => x.name !== JOURNAL_SHEET).map((x) => ({ name: x.name, cells: [...x.cells].sort() }));
}

describe('绩效自评 scores and other table families through the add-in', () => {
  test('总分 and 得分 fixes from the real scoring rules: live SUM formulas, findings gone, undone exactly after reopening', async () => {
    const s = await open('selfeval-001-beijing-2020.xlsx');
    const r = await s.api.check();
    const fixable = r.report.findings.filter((f) => f.fix && f.rule.startsWith('S-'));
    expect(fixable.some((f) => f.rule === 'S-TOTAL')).toBe(true);
    expect(fixable.some((f) => f.rule === 'S-EXEC-SCORE')).toBe(true);
    const original = visibleContent(s.sim);
    const res = await s.api.applyFixes(fixable.map((f) => f.key), 'formula');
    expect(res.refused).toEqual([]);
    const total = fixable.find((f) => f.rule === 'S-TOTAL')!;
    expect(cell(s.sim, total.sheet, total.cell)!.formula).toBe(`=${total.fix!.formula}`);
    // Live formula: the total follows the 得分 fixed in the same batch (here 88 → 88.17 with 执行率得分 8.17).
    const again = await s.api.check();
    const fixedCells = new Set(res.applied.map((a) => `${a.sheet}!${a.cell}`));
    const fixedRules = new Set(fixable.map((f) => f.rule));
    expect(again.report.findings.filter((f) => fixedCells.has(`${f.sheet}!${f.cell}`) && fixedRules.has(f.rule))).toEqual([]);
    const reopened = s.reopen();
    expect((await reopened.api.undoFixes()).restored).toBe(res.applied.length);
    expect(visibleContent(reopened.sim)).toEqual(original);
    reopened.uninstall();
  });

  test('sheet names with spaces and leading digits (central 9-table set): comments land on the finding cells', async () => {
    const s = await open('central9.xlsx');
    const r = await s.api.check();
    expect(r.report.tables.length).toBe(9);
    expect(r.syncs).toBeLessThanOrEqual(3);
    for (const f of r.report.findings.filter((x) => x.sheet)) {
      const sheetId = s.sim.state.sheets.find((x) => x.name === f.sheet)!.id;
      const m = /^([A-Z]+)(\d+)$/.exec(f.cell)!;
      const col = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
      const c = s.sim.state.comments.find((x) => x.sheetId === sheetId && x.row === Number(m[2]) - 1 && x.col === col);
      expect(c?.content.startsWith(MARK)).toBe(true);
    }
    // Re-run: the locations of the existing threads are parsed back from quoted addresses and replaced.
    const before = s.sim.state.comments.length;
    await s.api.check();
    expect(s.sim.state.comments.length).toBe(before);
    s.uninstall();
  });
});
