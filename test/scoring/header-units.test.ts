/**
 * Forms that print a unit or a letter after their header words ('分值（分）', '得分(分)',
 * '全年执行数（万元）', '执行率（%）') or other words for them (自评得分, 指标分值, 预算执行率): the 绩效自评
 * fixtures so retyped give the same forms and findings.
 */
import { readWorkbookFile } from '../../src/io/exceljs-reader';
import { checkWorkbook } from '../../src/core/check';
import type { Workbook } from '../../src/core/model/workbook';
import { fixturePath } from '../fixtures/registry';

const SUFFIXES: [RegExp, string][] = [
  [/^(得分|分值|权重)$/, '（分）'],
  [/^(全年预算数|全年执行数|年初预算数|调整后预算数|预算执行数)$/, '（万元）'],
  [/^执行率$/, '（%）'],
];

function withUnits(wb: Workbook): Workbook {
  const suffixed = (v: string) => SUFFIXES.reduce((t, [re, unit]) => (re.test(t) ? `${t}${unit}` : t), v);
  return {
    ...wb,
    sheets: wb.sheets.map((s) => ({ ...s, rows: s.rows.map((r) => r.map((c) => (c && typeof c.value === 'string' ? { ...c, value: suffixed(c.value) } : c))) })),
  };
}

const verdict = (wb: Workbook) => {
  const r = checkWorkbook(wb);
  return { forms: r.scores.length, findings: r.findings.map((f) => `${f.severity} ${f.rule} ${f.cell} ${f.message}`).sort() };
};

describe('绩效自评 header words followed by a unit', () => {
  it.each(['selfeval-000-beijing-2022.xlsx', 'selfeval-001-beijing-2020.xlsx', 'selfeval-002-liaoning-dept.xlsx', 'selfeval-003-sichuan.xlsx', 'selfeval-004-yunnan.xlsx'])(
    '%s: the same forms and findings (was: the forms not found, their findings lost)',
    async (file) => {
      const wb = await readWorkbookFile(fixturePath(file));
      const clean = verdict(wb);
      expect(clean.forms).toBeGreaterThan(0);
      expect(verdict(withUnits(wb))).toEqual(clean);
    },
  );
});

describe('绩效自评 header words as other templates print them: 自评得分, 指标分值, 预算执行率', () => {
  const renamed = (wb: Workbook): Workbook => ({
    ...wb,
    sheets: wb.sheets.map((s) => ({
      ...s,
      rows: s.rows.map((r) => r.map((c) => (c && typeof c.value === 'string' ? { ...c, value: c.value.replace(/^得分$/, '自评得分').replace(/^分值$/, '指标分值').replace(/^执行率$/, '预算执行率') } : c))),
    })),
  });
  it.each(['selfeval-000-beijing-2022.xlsx', 'selfeval-001-beijing-2020.xlsx', 'selfeval-003-sichuan.xlsx'])(
    '%s: the same forms and findings (was: the forms not found)',
    async (file) => {
      const wb = await readWorkbookFile(fixturePath(file));
      expect(verdict(renamed(wb))).toEqual(verdict(wb));
    },
  );
});
