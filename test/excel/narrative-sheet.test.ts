/**
 * The add-in's 检查 on a workbook that keeps its 说明 on a sheet (seed004-with-narrative): the slips
 * are commented at their paragraph, 修正 writes the corrected paragraph (all certain corrections of it
 * at once), and 撤销修正 puts the typed text back.
 */
import { SimError } from '../excel-sim';
import { cell, commentsOn, open } from './helpers';

describe('the 说明 sheet in the add-in', () => {
  test('检查 comments every slip of the 说明 at its paragraph; 修正 writes the corrected paragraph; 撤销修正 restores it', async () => {
    const s = await open('seed004-with-narrative.xlsx');
    const r = await s.api.check();
    const slips = r.report.findings.filter((f) => f.table === '决算说明');
    expect(slips.length).toBeGreaterThanOrEqual(7);
    // Reading the 说明 sheet and commenting it costs no extra round trip.
    expect(r.syncs).toBe(3);
    expect(s.sim.syncCount).toBe(3);
    const commented = new Set(commentsOn(s.sim, '决算说明').map((c) => c.content));
    for (const f of slips) expect([...commented].some((c) => c.includes(f.message))).toBe(true);

    const typed = cell(s.sim, '决算说明', 'A9')!.value;
    const inA9 = slips.filter((f) => f.cell === 'A9' && f.fix);
    expect(inA9.length).toBe(3);
    const res = await s.api.applyFixes(inA9.map((f) => f.key), 'value');
    // One write holds the three corrections; the other two count as corrected by it (were: refused as
    // “未修正”, though their correction was in the paragraph written).
    expect(res.applied).toHaveLength(1);
    expect(res.covered).toEqual(inA9.slice(1).map((f) => ({ key: f.key, by: inA9[0].key })));
    expect(res.refused).toEqual([]);
    const now = String(cell(s.sim, '决算说明', 'A9')!.value);
    expect(now).toContain('一般公共服务支出885.53万元');
    expect(now).toContain('卫生健康支出43.31万元');
    expect(now).toContain('住房保障支出41.80万元');

    // 修正 on one of them afterwards (from its own card): the paragraph already holds its correction.
    expect(await s.api.applyFixes([inA9[2].key], 'value')).toEqual({ applied: [], covered: [{ key: inA9[2].key }], refused: [] });

    const again = await s.api.check();
    expect(again.report.findings.filter((f) => f.table === '决算说明' && f.cell === 'A9')).toEqual([]);
    const undo = await s.api.undoFixes();
    expect(undo.restored).toBe(1);
    expect(cell(s.sim, '决算说明', 'A9')!.value).toBe(typed);
    s.uninstall();
  });

  test('when Excel fails to write the paragraph, none of its three findings counts as corrected', async () => {
    const s = await open('seed004-with-narrative.xlsx');
    const r = await s.api.check();
    const inA9 = r.report.findings.filter((f) => f.table === '决算说明' && f.cell === 'A9' && f.fix);
    const typed = cell(s.sim, '决算说明', 'A9')!.value;
    s.sim.failOn = (what) => (what === 'set SimRange.values' ? new SimError('GeneralException', 'An internal error has occurred.') : undefined);
    const res = await s.api.applyFixes(inA9.map((f) => f.key), 'value');
    s.sim.failOn = undefined;
    expect(res.applied).toEqual([]);
    expect(res.covered).toEqual([]);
    expect(res.refused.map((x) => x.key).sort()).toEqual(inA9.map((f) => f.key).sort());
    expect(res.refused.every((x) => x.reason.includes('An internal error has occurred.'))).toBe(true);
    expect(cell(s.sim, '决算说明', 'A9')!.value).toBe(typed);
    s.uninstall();
  });
});
