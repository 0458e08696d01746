/**
 * The add-in's 检查 on a workbook that keeps its 说明 on a sheet (seed004-with-narrative): the slips
 * are commented at their paragraph, 修正 writes the corrected paragraph (all certain corrections of it
 * at once), and 撤销修正 puts the typed text back.
 */
import { cell, commentsOn, open } from './helpers';

describe('the 说明 sheet in the add-in', () => {
  test('检查 comments every slip of the 说明 at its paragraph; 修正 writes the corrected paragraph; 撤销修正 restores it', async () => {
    const s = await open('seed004-with-narrative.xlsx');
    const r = await s.api.check();
    const slips = r.report.findings.filter((f) => f.table === '决算说明');
    expect(slips.length).toBeGreaterThanOrEqual(7);
    const commented = new Set(commentsOn(s.sim, '决算说明').map((c) => c.content));
    for (const f of slips) expect([...commented].some((c) => c.includes(f.message))).toBe(true);

    const typed = cell(s.sim, '决算说明', 'A9')!.value;
    const inA9 = slips.filter((f) => f.cell === 'A9' && f.fix);
    expect(inA9.length).toBe(3);
    const res = await s.api.applyFixes(inA9.map((f) => f.key), 'value');
    // One write holds the three corrections; the other two findings are told so, not written again.
    expect(res.applied).toHaveLength(1);
    expect(res.refused.map((x) => x.reason)).toEqual([expect.stringContaining('已由另一条问题修正'), expect.stringContaining('已由另一条问题修正')]);
    const now = String(cell(s.sim, '决算说明', 'A9')!.value);
    expect(now).toContain('一般公共服务支出885.53万元');
    expect(now).toContain('卫生健康支出43.31万元');
    expect(now).toContain('住房保障支出41.80万元');

    const again = await s.api.check();
    expect(again.report.findings.filter((f) => f.table === '决算说明' && f.cell === 'A9')).toEqual([]);
    const undo = await s.api.undoFixes();
    expect(undo.restored).toBe(1);
    expect(cell(s.sim, '决算说明', 'A9')!.value).toBe(typed);
    s.uninstall();
  });
});
