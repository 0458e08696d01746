import type { CellRef, Workbook } from '../../src/core/model/workbook';
import { cellAt } from '../../src/core/model/workbook';
import { scoreWorkbook } from '../../src/core/scoring';
import { recognizeScoreForms } from '../../src/core/scoring/recognize';
import type { FormCell } from '../../src/core/scoring/types';
import { loadFixture } from './load';

const FIXTURES = ['selfeval-000-beijing-2022.xlsx', 'selfeval-001-beijing-2020.xlsx', 'selfeval-002-liaoning-dept.xlsx', 'selfeval-003-sichuan.xlsx', 'selfeval-004-yunnan.xlsx'];

/** Every 分值 / 权重 / 得分 cell of every form (indicators, totals, the 资金 line's 分值/得分). */
function pointCells(wb: Workbook): CellRef[] {
  const cells: (FormCell | undefined)[] = [];
  for (const f of recognizeScoreForms(wb)) {
    for (const i of f.indicators) cells.push(i.weight, i.score);
    cells.push(f.totalScore);
    if (f.kind === 'project') {
      cells.push(f.totalWeight);
      for (const line of f.funds) cells.push(line.weight, line.score);
    }
  }
  return cells.filter((c): c is FormCell => !!c?.num).map((c) => c.ref);
}

const verdict = (wb: Workbook) => {
  const r = scoreWorkbook(wb, {});
  // Messages quote the printed text (“分值 20 分”), so findings are compared by rule, cell and severity.
  return { scores: JSON.stringify(r.scores), findings: r.findings.map((f) => `${f.rule} ${f.sheet}!${f.cell} ${f.severity}`).sort() };
};

// Officers often type the unit after a score: “10分”, “9.5 分”.
describe.each(FIXTURES)('%s with 分值 and 得分 typed as “10分”', (file) => {
  it('gives the same scores and findings as plain numbers', async () => {
    const typed = await loadFixture(file);
    const withUnit = await loadFixture(file);
    const refs = pointCells(withUnit);
    expect(refs.length).toBeGreaterThan(5);
    refs.forEach((ref, i) => {
      const cell = cellAt(withUnit.sheets.find((s) => s.name === ref.sheet)!, ref.row, ref.col)!;
      cell.value = i % 2 ? `${cell.value}分` : `${cell.value} 分`;
    });
    expect(verdict(withUnit)).toEqual(verdict(typed));
  });
});
