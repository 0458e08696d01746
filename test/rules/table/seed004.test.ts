import { TABLE_RULES } from '../../../src/core/rules/registry';
import { WITHIN_TABLE_RULES } from '../../../src/core/rules/table';
import { loadFixture } from '../../tables/harness';
import { clean, run } from './harness';

/**
 * REFERENCE §2.2 “Seed 004 verdict”: the only within-table differences of seed 004 are 0.01 万元
 * rounding cases. One printed value against another (20899 0.38 vs its only 项 0.37; 公开03 rows 210
 * and 21011 合计 43.31 vs 基本支出 43.32) are 尾数差异 warnings; sums of several rounded terms
 * (公开03 合计 基本支出 644.25 vs Σ类 644.26; 公开05 208 基本/人员, and the same effect on 公开03 208
 * and 21011 基本支出 listed under T03-2 in §2.1) are infos.
 */
const VERDICT = [
  ['T02-2', '公开02表!D23', 'warning'], // 20899 本年收入合计 0.38 vs 2089999 0.37
  ['T02-2', '公开02表!E23', 'warning'], // 20899 财政拨款收入
  ['T03-1', '公开03表!D24', 'warning'], // 20899 0.38 vs 基本支出 0.37
  ['T03-1', '公开03表!D26', 'warning'], // 210 43.31 vs 43.32
  ['T03-1', '公开03表!D27', 'warning'], // 21011 43.31 vs 43.32
  ['T03-2', '公开03表!D24', 'warning'], // 20899 vs 2089999
  ['T03-2', '公开03表!E12', 'info'], // 合计 基本支出 644.25 vs Σ类 644.26
  ['T03-2', '公开03表!E17', 'info'], // 208 基本支出 125.08 vs Σ款 125.07
  ['T03-2', '公开03表!E27', 'info'], // 21011 基本支出 43.32 vs Σ项 43.31
  ['T05-1', '公开05表!H24', 'warning'], // 20899 本年收入 0.38 vs 0.37 + 0
  ['T05-1', '公开05表!K24', 'warning'], // 20899 本年支出 0.38 vs 0.37 + 0
  ['T05-3', '公开05表!H24', 'warning'], // 20899 本年收入合计 vs 2089999
  ['T05-3', '公开05表!I17', 'info'], // 208 本年收入基本支出 125.08 vs 125.07
  ['T05-3', '公开05表!K24', 'warning'], // 20899 本年支出合计 vs 2089999
  ['T05-3', '公开05表!L17', 'info'], // 208 基本支出 125.08 vs 125.07
  ['T05-3', '公开05表!M17', 'info'], // 208 人员经费 118.82 vs 118.81
];

describe('within-table rules on seed 004', () => {
  it('report exactly the rounding cases of the verdict, with their severities', async () => {
    const findings = run(WITHIN_TABLE_RULES, await clean());
    expect(findings.map((f) => [f.rule, `${f.sheet}!${f.cell}`, f.severity])).toEqual(VERDICT);
  });

  it('word the 0.01 cases as 尾数差异 / rounding, with the fix and its formula', async () => {
    const findings = run(WITHIN_TABLE_RULES, await clean());
    const t03 = findings.find((f) => f.rule === 'T03-1' && f.cell === 'D26')!;
    expect(t03.message).toBe(
      '公开03表 “210 卫生健康支出”行：本年支出合计 43.31 ≠ 基本支出 43.32 + 项目支出 0.00 + 上缴上级支出 0.00 + 经营支出 0.00 + 对附属单位补助支出 0.00（差 -0.01，尾数差异）',
    );
    expect(t03.fix).toEqual({ sheet: '公开03表', cell: 'D26', value: 43.32, formula: 'E26+F26+G26+H26+I26' });
    const total = findings.find((f) => f.cell === 'E12')!;
    expect(total.message).toContain('合计行 644.25 ≠ “201 一般公共服务支出”行 434.06 + “208 社会保障和就业支出”行 125.08');
    expect(total.message).toContain('在四舍五入误差范围内');
  });

  it.each(['seed004-messy.xlsx', 'seed004-stacked.xlsx', 'seed004-splitcodes.xlsx'])('give the same verdict on %s', async (file) => {
    const findings = run(WITHIN_TABLE_RULES, await loadFixture(file));
    const summary = (fs: typeof findings) => fs.map((f) => `${f.rule} ${f.severity} ${f.message}`).sort();
    expect(summary(findings)).toEqual(summary(run(WITHIN_TABLE_RULES, await clean())));
  });

  it('the central and Beijing layouts hold no within-table difference beyond the same rounding cases', async () => {
    for (const file of ['central9.xlsx', 'beijing.xlsx']) {
      const findings = run(WITHIN_TABLE_RULES, await loadFixture(file));
      expect(findings.length).toBeGreaterThan(0);
      expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
      expect(findings.every((f) => /尾数差异|四舍五入/.test(f.message))).toBe(true);
    }
  });

  it('every rule is registered once, with a Chinese title, a description and a source', () => {
    const ids = WITHIN_TABLE_RULES.map((r) => r.id);
    expect(ids).toEqual([
      'T01-1', 'T01-2', 'T01-3', 'T01-4', 'T01-5', 'T02-1', 'T02-2', 'T03-1', 'T03-2', 'T04-1', 'T04-2', 'T04-3', 'T04-4', 'T04-5',
      'T05-1', 'T05-2', 'T05-3', 'T06-1', 'T06-2', 'T07-1', 'T08-1', 'T09-1', 'T10-1', 'T10-2', 'T10-3', 'T11-1', 'T12-1', 'T12-2', 'T12-3',
    ]);
    for (const r of WITHIN_TABLE_RULES) {
      expect(TABLE_RULES.filter((x) => x.id === r.id)).toHaveLength(1);
      expect(r.title).toMatch(/[\u4e00-\u9fa5]/);
      expect(r.description.length).toBeGreaterThan(10);
      expect(r.source).toBeTruthy();
      expect(r.scope).toBe('table');
    }
    expect(WITHIN_TABLE_RULES.filter((r) => r.inferred).map((r) => r.id)).toEqual(['T09-1', 'T10-2', 'T10-3', 'T12-3']);
  });
});
