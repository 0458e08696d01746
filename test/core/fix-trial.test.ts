/**
 * 全部修正 tries each correction on the model before it is written (core/fix-trial): on every fixture,
 * what it keeps leaves fewer problems and none the check did not report before. Writing every fix at
 * once, as 全部修正 did before, brought new errors into 16 of the fixtures (a cross-table rule wrote
 * 公开01表's right total from 公开03表's wrong one; a 得分 corrected left its 总分 wrong) and a new
 * warning into 45 of 48.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { buildLargeWorkbook } from '../../bench/large-workbook';
import { checkWorkbook } from '../../src/core/check';
import type { Finding } from '../../src/core/findings/finding';
import { bulkFixable } from '../../src/core/findings/fix-write';
import { isTrialRefusal, problemOf, trialFixes, withFix } from '../../src/core/fix-trial';
import type { Workbook } from '../../src/core/model/workbook';
import { readWorkbookFile } from '../../src/io/exceljs-reader';
import { FIXTURES, fixturePath } from '../fixtures/registry';

const placeOf = (f: Finding) => `${f.rule}|${f.sheet}|${f.cell}`;
const problems = (wb: Workbook) => checkWorkbook(wb).findings.filter((f) => f.severity !== 'info');
/** Problems in `after` at a place (rule, cell) where `before` had none. */
const newOnes = (before: Finding[], after: Finding[]) => after.filter((f) => !new Set(before.map(placeOf)).has(placeOf(f)));
const FILES = [...new Set(FIXTURES.map((f) => f.file))].filter((f) => f !== 'robust-huge-noise.xlsx');

describe.each(FILES.map((f) => [f]))('%s', (file) => {
  it('the corrections kept leave fewer problems and none new; every one asked is kept, resolved by another or refused with a reason', async () => {
    const workbook = await readWorkbookFile(fixturePath(file));
    const before = problems(workbook);
    const asked = bulkFixable(checkWorkbook(workbook).findings);
    const trial = trialFixes(workbook, asked);
    let fixed = workbook;
    for (const a of trial.accepted) for (const fix of a.fixes) fixed = withFix(fixed, fix);
    const after = problems(fixed);
    expect(newOnes(before, after).map(placeOf)).toEqual([]);
    if (trial.accepted.length) expect(after.length).toBeLessThan(before.length);
    const outcome = [...trial.accepted.map((a) => a.finding), ...trial.resolved, ...trial.rejected.map((r) => r.finding)];
    expect(outcome.map((f) => f.key).sort()).toEqual(asked.map((f) => f.key).sort());
    for (const f of trial.resolved) expect(after.some((x) => placeOf(x) === placeOf(f))).toBe(false);
    for (const r of trial.rejected) {
      expect(isTrialRefusal(r.reason)).toBe(true);
      // What the pane's dialog shows: the problem alone, a cell, a rule and its message (or that nothing got better).
      expect(problemOf(r.reason)).toMatch(/^(\S+![A-Z]+\d+ \S+（.+）( 等 \d+ 处)?|问题并未减少)$/);
    }
  });
});

describe('what the trial decides on inj-total (公开03表’s 本年支出合计 D12 printed 1,096.72 for 1,095.72)', () => {
  let workbook: Workbook;
  beforeAll(async () => {
    workbook = await readWorkbookFile(fixturePath('inj-total.xlsx'));
  });

  it('every fix at once, as 全部修正 wrote them before, made 公开01表’s right total wrong', () => {
    const all = bulkFixable(checkWorkbook(workbook).findings);
    expect(all.find((f) => f.rule === 'X01')!.fix).toEqual(expect.objectContaining({ sheet: '公开01表', cell: 'F37', value: 1096.72 }));
    // One write per cell, the first standing, as it was done.
    const firstPerCell = [...new Map([...all].reverse().map((f) => [`${f.fix!.sheet}!${f.fix!.cell}`, f.fix!])).values()];
    const naive = firstPerCell.reduce(withFix, workbook);
    expect(newOnes(problems(workbook), problems(naive)).filter((f) => f.severity === 'error').map(placeOf)).toEqual(
      expect.arrayContaining(['T01-2|公开01表|F37']),
    );
  });

  it('now D12 is corrected, 公开01表 F37 is left as it is, and X01 goes with D12’s correction: no error is left', () => {
    const findings = checkWorkbook(workbook).findings;
    const trial = trialFixes(workbook, bulkFixable(findings));
    const writes = trial.accepted.flatMap((a) => a.fixes);
    expect(writes).toContainEqual(expect.objectContaining({ sheet: '公开03表', cell: 'D12', value: 1095.72 }));
    expect(writes.some((w) => w.sheet === '公开01表' && w.cell === 'F37')).toBe(false);
    expect(trial.resolved.map((f) => f.rule)).toContain('X01');
    let fixed = workbook;
    for (const w of writes) fixed = withFix(fixed, w);
    expect(checkWorkbook(fixed).summary.errors).toBe(0);
  });

  it('a correction on a sheet that may not be written is refused, and no chain writes into that sheet', () => {
    const trial = trialFixes(workbook, bulkFixable(checkWorkbook(workbook).findings), {}, (fix) => (fix.sheet === '公开03表' ? '受保护' : undefined));
    expect(trial.accepted.flatMap((a) => a.fixes).some((w) => w.sheet === '公开03表')).toBe(false);
    expect(trial.rejected.find((r) => r.finding.rule === 'T03-1' && r.finding.cell === 'D12')?.reason).toBe('受保护');
  });
});

describe('a correction brings along what it makes wrong, when that has a correction of its own', () => {
  it('a 执行率得分 corrected brings its form’s 总分 with it (seed 001, Beijing)', async () => {
    const workbook = await readWorkbookFile(fixturePath('selfeval-001-beijing-2020.xlsx'));
    const trial = trialFixes(workbook, bulkFixable(checkWorkbook(workbook).findings));
    const chain = trial.accepted.find((a) => a.finding.rule === 'S-EXEC-SCORE' && a.finding.sheet === '自评表6')!;
    expect(chain.fixes.map((f) => `${f.sheet}!${f.cell}`)).toEqual(['自评表6!H7', '自评表6!H23']);
    // Alone, the corrected 得分 leaves the printed 总分 short of the parts; with it, the 总分 agrees.
    const alone = withFix(workbook, chain.fixes[0]);
    const atTotal = (wb: Workbook) => problems(wb).filter((f) => f.sheet === '自评表6' && f.cell === 'H23').map((f) => f.rule);
    expect(atTotal(alone)).toEqual(['S-TOTAL']);
    expect(atTotal(withFix(alone, chain.fixes[1]))).toEqual([]);
  });
});

describe('a workbook of several reporting units is tried unit by unit', () => {
  it('each unit gets exactly the corrections it gets alone (units never check each other)', async () => {
    const read = async (units: number) => {
      const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'juesuan-trial-')), `units${units}.xlsx`);
      await buildLargeWorkbook(units).xlsx.writeFile(file);
      return readWorkbookFile(file);
    };
    const writesBySheet = (wb: Workbook) => {
      const out = new Map<string, string[]>();
      for (const a of trialFixes(wb, bulkFixable(checkWorkbook(wb).findings)).accepted) {
        for (const f of a.fixes) out.set(f.sheet, [...(out.get(f.sheet) ?? []), `${f.cell}=${f.value}`]);
      }
      return out;
    };
    const alone = writesBySheet(await read(1)).get('单位001')!;
    expect(alone.length).toBeGreaterThan(0);
    const three = writesBySheet(await read(3));
    expect([...three.keys()]).toEqual(['单位001', '单位002', '单位003']);
    for (const writes of three.values()) expect(writes).toEqual(alone);
  });
});
