/**
 * The Yunnan fixture (seed 004) with its indicator tables' 得分 / 分值 headers retyped as other templates
 * print them: the same forms and findings. A header the recogniser cannot read costs the 总分/等级 check of
 * that form, said in a finding, never a total added up from the 执行率得分 alone.
 */
import type { Workbook } from '../../src/core/model/workbook';
import { scoreWorkbook } from '../../src/core/scoring';
import { loadFixture } from './load';

/** Retypes the indicator table's header (the last cell with that text on each project sheet: the fund header comes first). */
function retyped(wb: Workbook, from: string, to: string): Workbook {
  const copy = structuredClone(wb);
  for (const sheet of copy.sheets.filter((s) => s.name.startsWith('项目支出'))) {
    const hits = sheet.rows.flatMap((row, r) => (row ?? []).map((c, k) => (c?.value === from ? [r, k] : undefined)).filter((x): x is number[] => !!x));
    const [r, k] = hits[hits.length - 1];
    sheet.rows[r][k] = { value: to };
  }
  return copy;
}

const verdict = (wb: Workbook) => {
  const r = scoreWorkbook(wb);
  return { scores: JSON.stringify(r.scores), findings: r.findings.map((f) => `${f.rule} ${f.sheet}!${f.cell} ${f.message}`).sort() };
};

let yunnan: Workbook;
beforeAll(async () => {
  yunnan = await loadFixture('selfeval-004-yunnan.xlsx');
});

describe('seed 004 with the indicator 得分 header retyped', () => {
  it.each(['实际得分', '指标得分', '评价得分', '自评分', '得分值', '分数'])(
    '%s: the same forms and findings (was: 总分 100 ≠ 10, 等级 应为差)',
    (word) => {
      expect(verdict(retyped(yunnan, '得分', word))).toEqual(verdict(yunnan));
    },
  );
});

describe('seed 004 with the indicator 分值 header retyped', () => {
  it.each(['满分', '标准分'])('%s: the same forms and findings (was: 分值合计 10 + 0)', (word) => {
    expect(verdict(retyped(yunnan, '分值', word))).toEqual(verdict(yunnan));
  });
});

describe('a 得分 header the recogniser cannot read', () => {
  it('no 总分/等级 is recomputed from the 执行率得分 alone; one S-COLUMNS warning per form names the header row', () => {
    const r = scoreWorkbook(retyped(yunnan, '得分', '考评打分'));
    expect(r.findings.filter((f) => f.rule === 'S-TOTAL' || f.rule === 'S-GRADE')).toEqual([]);
    const notes = r.findings.filter((f) => f.rule === 'S-COLUMNS');
    expect(notes.map((f) => `${f.sheet}!${f.cell} ${f.severity}`)).toEqual(['项目支出绩效自评表1!B11 warning', '项目支出绩效自评表2!B11 warning', '项目支出绩效自评表3!B11 warning']);
    expect(notes[0].message).toContain('找不到“得分”列，未核对总分、等级');
    expect(r.findings.filter((f) => f.rule !== 'S-COLUMNS')).toEqual([]);
    for (const s of r.scores.filter((x) => x.kind === 'project')) expect(s.total.recomputed).toBeUndefined();
  });
  it('a 分值 header not read: no S-WEIGHTS “10 + 0”, an S-COLUMNS warning instead', () => {
    const r = scoreWorkbook(retyped(yunnan, '分值', '分值标准'));
    expect(r.findings.filter((f) => f.rule === 'S-WEIGHTS')).toEqual([]);
    expect(r.findings.filter((f) => f.rule === 'S-COLUMNS')).toHaveLength(3);
  });
});
