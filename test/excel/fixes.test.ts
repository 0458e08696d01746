import { ExcelSimulator, OFFICE_VERSIONS, SimError } from '../excel-sim';
import { JOURNAL_SHEET } from '../../src/excel';
import { cell, fixture, open, session } from './helpers';
import { trialFixes } from '../../src/core/fix-trial';

/** inj-total: the 本年支出合计 of 公开03表 (D12) was changed; T03-1, T03-2 and X01 report it. */
const FILE = 'inj-total.xlsx';

async function checked(file = FILE, options?: ConstructorParameters<typeof ExcelSimulator>[1]) {
  const s = await open(file, options);
  const r = await s.api.check();
  const byRule = (rule: string, sheet: string, a1: string) => r.report.findings.find((f) => f.rule === rule && f.sheet === sheet && f.cell === a1)!;
  return { s, r, byRule };
}

function journal(sim: ExcelSimulator) {
  const sheet = sim.state.sheets.find((x) => x.name === JOURNAL_SHEET);
  if (!sheet) return undefined;
  return { visibility: sheet.visibility, records: [...sheet.cells.values()].map((c) => JSON.parse(String(c.value))) };
}

/** Everything a user could see, without the add-in's hidden store and comments. */
function visibleContent(sim: ExcelSimulator) {
  return sim.state.sheets.filter((x) => x.name !== JOURNAL_SHEET).map((x) => ({ name: x.name, cells: [...x.cells].sort() }));
}

describe('fix in place with a journal in the workbook', () => {
  test('修正 writes the correct value, journals the old content in a veryHidden sheet, and the finding is gone on re-check', async () => {
    const { s, byRule } = await checked();
    const f = byRule('T03-1', '公开03表', 'D12');
    const before = { ...cell(s.sim, '公开03表', 'D12')! };
    expect(f.fix!.value).toBe(1095.72);
    const res = await s.api.applyFixes([f.key], 'value');
    expect(res.refused).toEqual([]);
    expect(res.applied).toEqual([{ key: f.key, sheet: '公开03表', cell: 'D12', old: before.value, value: 1095.72, formula: undefined }]);
    expect(cell(s.sim, '公开03表', 'D12')!.value).toBe(1095.72);
    const j = journal(s.sim)!;
    expect(j.visibility).toBe('VeryHidden');
    expect(j.records).toEqual([
      expect.objectContaining({ k: 'fix', key: f.key, sheet: '公开03表', cell: 'D12', old: { value: before.value, formula: before.formula ?? before.value, numFmt: before.numFmt ?? 'General' }, wrote: { value: 1095.72 } }),
    ]);
    const again = await s.api.check();
    expect(again.report.findings.some((x) => x.rule === 'T03-1' && x.cell === 'D12')).toBe(false);
    s.uninstall();
  });

  test('修正 with a live formula writes =SUM-style formula over the cells it sums', async () => {
    const { s, byRule } = await checked();
    const f = byRule('T03-1', '公开03表', 'D12');
    const res = await s.api.applyFixes([f.key], 'formula');
    expect(res.applied[0].formula).toBe(`=${f.fix!.formula}`);
    expect(cell(s.sim, '公开03表', 'D12')!.formula).toBe('=E12+F12+G12+H12+I12');
    s.uninstall();
  });

  test('全部修正 then 撤销修正 after closing and reopening restores every cell exactly (value, formula, number format)', async () => {
    const { s, r } = await checked();
    const original = visibleContent(s.sim);
    const keys = r.report.findings.filter((f) => f.fix).map((f) => f.key);
    const res = await s.api.applyFixes(keys, 'formula');
    expect(res.applied.length).toBeGreaterThan(5);
    // Two findings on one cell with different formulas (its row's and its column's sum): the first is
    // written, the second refused and told which; none is covered, as no two wrote the same.
    expect(res.refused.length).toBeGreaterThan(0);
    expect(res.refused.every((x) => /^(\S+) 已按另一条问题写入 公式 =\S+，本条的 公式 =\S+ 未写入/.test(x.reason))).toBe(true);
    expect(res.covered).toEqual([]);
    expect(visibleContent(s.sim)).not.toEqual(original);
    const reopened = s.reopen();
    const undo = await reopened.api.undoFixes();
    expect(undo).toEqual({ restored: res.applied.length, rehidden: 0, conflicts: [] });
    expect(visibleContent(reopened.sim)).toEqual(original);
    expect(journal(reopened.sim)!.records.filter((x) => x.k === 'fix')).toEqual([]);
    reopened.uninstall();
  });

  test('text that looks like a number and a cell number format come back as they were', async () => {
    const wb = structuredClone(await fixture(FILE));
    const s = session(new ExcelSimulator(wb));
    s.sim.edit('公开03表', 11, 3, '1,096.72');
    s.sim.state.sheets.find((x) => x.name === '公开03表')!.cells.get('11,3')!.numFmt = '#,##0.00_ ';
    const r = await s.api.check();
    const f = r.report.findings.find((x) => x.rule === 'T03-1' && x.cell === 'D12')!;
    const before = { ...cell(s.sim, '公开03表', 'D12')! };
    await s.api.applyFixes([f.key], 'value');
    expect(cell(s.sim, '公开03表', 'D12')!.value).toBe(1095.72);
    await s.api.undoFixes();
    expect(cell(s.sim, '公开03表', 'D12')).toEqual(before);
    expect(typeof cell(s.sim, '公开03表', 'D12')!.value).toBe('string');
    s.uninstall();
  });

  test('a cell changed after the check is refused with a clear message and nothing is written', async () => {
    const { s, byRule } = await checked();
    const f = byRule('T03-1', '公开03表', 'D12');
    s.sim.edit('公开03表', 11, 3, 1000);
    const before = visibleContent(s.sim);
    const res = await s.api.applyFixes([f.key], 'value');
    expect(res.applied).toEqual([]);
    expect(res.refused[0].reason).toMatch(/公开03表!D12 在检查之后被改过（检查时为 .+，现在为 1000）/);
    expect(visibleContent(s.sim)).toEqual(before);
    expect(journal(s.sim)).toBeUndefined();
    s.uninstall();
  });

  test('a protected sheet is refused with a clear message and nothing is written', async () => {
    const { s, r } = await checked();
    s.sim.protectSheet('公开03表');
    const before = visibleContent(s.sim);
    const keys = r.report.findings.filter((f) => f.fix && f.sheet === '公开03表').map((f) => f.key);
    const res = await s.api.applyFixes(keys, 'value');
    expect(res.applied).toEqual([]);
    expect(res.refused.length).toBe(keys.length);
    expect(res.refused[0].reason).toContain('工作表“公开03表”受保护');
    expect(visibleContent(s.sim)).toEqual(before);
    s.uninstall();
  });

  test('an Excel error in the middle of writing leaves nothing half-written', async () => {
    const { s, r } = await checked();
    const before = visibleContent(s.sim);
    const keys = r.report.findings.filter((f) => f.fix && f.rule === 'T03-1').map((f) => f.key);
    expect(keys.length).toBeGreaterThan(2);
    let n = 0;
    // 1st value write = the journal, 2nd = the first cell, 3rd fails.
    s.sim.failOn = (what) => (what === 'set SimRange.values' && ++n === 3 ? new SimError('GeneralException', 'An internal error has occurred.') : undefined);
    const res = await s.api.applyFixes(keys, 'value');
    s.sim.failOn = undefined;
    expect(res.applied).toEqual([]);
    expect(res.refused[0].reason).toMatch(/写入修正失败.*已恢复原值，未作任何修改/);
    expect(visibleContent(s.sim)).toEqual(before);
    expect(journal(s.sim)?.records ?? []).toEqual([]);
    s.uninstall();
  });

  test('撤销修正 never overwrites a cell the user changed after the fix', async () => {
    const { s, byRule } = await checked();
    const f = byRule('T03-1', '公开03表', 'D12');
    await s.api.applyFixes([f.key], 'value');
    s.sim.edit('公开03表', 11, 3, 1200);
    const undo = await s.api.undoFixes();
    expect(undo.restored).toBe(0);
    expect(undo.conflicts).toEqual([{ sheet: '公开03表', cell: 'D12', reason: expect.stringContaining('在修正之后又被改过') }]);
    expect(cell(s.sim, '公开03表', 'D12')!.value).toBe(1200);
    expect(journal(s.sim)!.records).toHaveLength(1);
    s.uninstall();
  });

  test('a protected workbook structure without an existing journal refuses the fix (undo would be impossible)', async () => {
    const { s, byRule } = await checked();
    s.sim.state.structureProtected = true;
    const res = await s.api.applyFixes([byRule('T03-1', '公开03表', 'D12').key], 'value');
    expect(res.applied).toEqual([]);
    expect(res.refused[0].reason).toContain('工作簿结构受保护');
    s.uninstall();
  });

  test('fixes are one undo group where ExcelApi 1.20 exists, and work without it on older Excel', async () => {
    for (const [excelApi, grouped] of [
      [OFFICE_VERSIONS.microsoft365, true],
      [OFFICE_VERSIONS.office2021, undefined],
      [OFFICE_VERSIONS.office2019, undefined],
    ] as const) {
      const { s, byRule } = await checked(FILE, { excelApi });
      s.sim.runs.length = 0;
      const res = await s.api.applyFixes([byRule('T03-1', '公开03表', 'D12').key], 'value');
      expect(res.applied).toHaveLength(1);
      expect(s.sim.runs.map((x) => x.mergeUndoGroup)).toEqual([grouped]);
      s.uninstall();
    }
  });

  test('where Excel refuses to group the writes into one undo step, the fix is made without the group', async () => {
    const { s, byRule } = await checked();
    s.sim.runs.length = 0;
    let refused = false;
    s.sim.failOn = (what) => {
      const grouped = s.sim.runs[s.sim.runs.length - 1]?.mergeUndoGroup;
      if (grouped && what === 'set SimRange.values' && !refused) {
        refused = true;
        return new SimError('UndoNotSupported', 'The operation cannot be grouped into an undo group.');
      }
      return undefined;
    };
    const before = { ...cell(s.sim, '公开03表', 'D12')! };
    const res = await s.api.applyFixes([byRule('T03-1', '公开03表', 'D12').key], 'value');
    s.sim.failOn = undefined;
    expect(refused).toBe(true);
    expect(res.refused).toEqual([]);
    expect(res.applied).toHaveLength(1);
    expect(journal(s.sim)!.records.filter((r) => r.k === 'fix')).toHaveLength(1);
    expect(s.sim.runs.map((r) => r.mergeUndoGroup)).toEqual([true, undefined, undefined]);
    await s.api.undoFixes();
    expect(cell(s.sim, '公开03表', 'D12')).toEqual(before);
    s.uninstall();
  });

  test('修正 before any check, or of a finding without a known value, is refused', async () => {
    const s = await open(FILE);
    expect((await s.api.applyFixes(['T03-1|公开03表|D12|'], 'value')).refused[0].reason).toContain('请先运行');
    const r = await s.api.check();
    const noFix = r.report.findings.find((f) => !f.fix);
    if (noFix) expect((await s.api.applyFixes([noFix.key], 'value')).refused[0].reason).toContain('没有可以自动写入的正确值');
    expect((await s.api.applyFixes(['nope'], 'value')).refused[0].reason).toContain('找不到这条问题');
    s.uninstall();
  });
});

describe('全部修正: each correction tried on the checked model before it is written', () => {
  const fixable = (findings: { fix?: unknown; severity: string; key: string }[]) => findings.filter((f) => f.fix && f.severity !== 'info').map((f) => f.key);

  test('inj-total: D12 corrected, 公开01表 F37 left alone, X01 gone with it; the re-check has no error; 撤销修正 restores all', async () => {
    const { s, r, byRule } = await checked();
    const original = visibleContent(s.sim);
    const x01 = byRule('X01', '公开01表', 'F37');
    const f37 = { ...cell(s.sim, '公开01表', 'F37')! };
    const res = await s.api.applyAllFixes(fixable(r.report.findings), 'value');
    expect(res.applied).toContainEqual(expect.objectContaining({ sheet: '公开03表', cell: 'D12', value: 1095.72 }));
    expect(res.applied.some((a) => a.sheet === '公开01表' && a.cell === 'F37')).toBe(false);
    expect(cell(s.sim, '公开01表', 'F37')).toEqual(f37);
    expect(res.covered).toContainEqual({ key: x01.key, resolved: true });
    // One cell written once, however many corrections of the chains passed through it.
    const cells = res.applied.map((a) => `${a.sheet}!${a.cell}`);
    expect(new Set(cells).size).toBe(cells.length);
    // What was left is said with the problem its correction would have caused.
    for (const x of res.refused) expect(x.reason).toMatch(/^(修正后会出现新的问题：|修正后问题并未减少)/);
    const again = await s.api.check();
    expect(again.report.summary.errors).toBe(0);
    expect(again.report.findings.filter((f) => f.severity !== 'info').length).toBeLessThan(r.report.findings.filter((f) => f.severity !== 'info').length);
    const undo = await s.api.undoFixes();
    expect(undo.restored).toBe(res.applied.length);
    expect(visibleContent(s.sim)).toEqual(original);
    s.uninstall();
  });

  test('after a 修正 of one finding, 全部修正 without checking again knows that write as its own (was: “changed since the check”)', async () => {
    const { s, r, byRule } = await checked();
    const t031 = byRule('T03-1', '公开03表', 'D12');
    await s.api.applyFixes([t031.key], 'value');
    const res = await s.api.applyAllFixes(fixable(r.report.findings).filter((k) => k !== t031.key), 'formula');
    expect(res.refused.filter((x) => /在检查之后被改过|全部修正未执行/.test(x.reason))).toEqual([]);
    expect(res.applied.length).toBeGreaterThan(0);
    expect((await s.api.check()).report.summary.errors).toBe(0);
    s.uninstall();
  });

  test('a protected sheet: its corrections are refused and nothing is written into it; the others are', async () => {
    const { s, r } = await checked();
    s.sim.protectSheet('公开03表');
    const sheet03 = JSON.stringify(visibleContent(s.sim).find((x) => x.name === '公开03表'));
    const res = await s.api.applyAllFixes(fixable(r.report.findings), 'value');
    expect(res.applied.some((a) => a.sheet === '公开03表')).toBe(false);
    expect(res.refused.some((x) => x.reason === '工作表“公开03表”受保护，D12 未修改。请先撤销工作表保护。')).toBe(true);
    expect(JSON.stringify(visibleContent(s.sim).find((x) => x.name === '公开03表'))).toBe(sheet03);
    s.uninstall();
  });

  test('a cell the user changed after the check stops the whole 全部修正 (its corrections were tried on the state the check read)', async () => {
    const { s, r } = await checked();
    s.sim.edit('公开03表', 11, 3, 1000);
    const before = visibleContent(s.sim);
    const res = await s.api.applyAllFixes(fixable(r.report.findings), 'value');
    expect(res.applied).toEqual([]);
    expect(res.refused.some((x) => /^全部修正未执行：公开03表!D12 在检查之后被改过/.test(x.reason))).toBe(true);
    expect(visibleContent(s.sim)).toEqual(before);
    s.uninstall();
  });
});

describe('全部修正 on a form whose 总分 several corrections bring along (seed 003, Sichuan)', () => {
  test('the 总分 is written once, with its last value in the sequence; every kept correction is reported done; 撤销修正 restores all', async () => {
    const { s, r } = await checked('selfeval-003-sichuan.xlsx');
    const original = visibleContent(s.sim);
    const keys = r.report.findings.filter((f) => f.fix && f.severity !== 'info').map((f) => f.key);
    const trial = trialFixes(await fixture('selfeval-003-sichuan.xlsx'), r.report.findings.filter((f) => keys.includes(f.key)));
    const lastValue = new Map(trial.accepted.flatMap((a) => a.fixes).map((f) => [`${f.sheet}!${f.cell}`, f.value]));
    const total = '部门预算项目支出绩效自评表!J17';
    expect(trial.accepted.flatMap((a) => a.fixes).filter((f) => `${f.sheet}!${f.cell}` === total).length).toBeGreaterThan(1);
    const res = await s.api.applyAllFixes(keys, 'value');
    expect(res.applied.filter((a) => `${a.sheet}!${a.cell}` === total)).toHaveLength(1);
    for (const [id, value] of lastValue) {
      const [sheet, a1] = id.split('!');
      expect(cell(s.sim, sheet, a1)!.value).toBe(value);
    }
    const done = new Set([...res.applied.map((a) => a.key), ...res.covered.map((c) => c.key)]);
    for (const a of trial.accepted) expect(done.has(a.finding.key)).toBe(true);
    const undo = await s.api.undoFixes();
    expect(undo.restored).toBe(res.applied.length);
    expect(visibleContent(s.sim)).toEqual(original);
    s.uninstall();
  });
});
