import { checkWorkbook } from '../../src/core/check';
import type { Sheet, Workbook } from '../../src/core/model/workbook';
import { recognizeScoreForms } from '../../src/core/scoring';
import { formatScoreTables } from '../../src/core/scoring/format';
import type { FormCell } from '../../src/core/scoring/types';
import { readWorkbookFile } from '../../src/io/exceljs-reader';
import { SAMPLE_WORKBOOK } from '../fixtures/registry';

let sample: Workbook;
beforeAll(async () => {
  sample = await readWorkbookFile(SAMPLE_WORKBOOK);
});

/**
 * The sample plus a copy of one of its forms on a sheet `模板`, emptied of what an officer fills
 * (amounts, 完成值, scores, grade, and the name unless `keepName`), as the province's blank template is.
 */
function withBlankCopy(formSheet: string, keepName = false): Workbook {
  const wb = structuredClone(sample);
  const copy: Sheet = structuredClone(wb.sheets.find((s) => s.name === formSheet)!);
  copy.name = '模板';
  const [form] = recognizeScoreForms({ sheets: [copy] });
  const cells: (FormCell | undefined)[] = [form.totalScore, form.grade];
  for (const i of form.indicators) cells.push(i.actual, i.degree, i.score);
  if (form.kind === 'project') for (const f of form.funds) cells.push(f.initial, f.budget, f.adjusted, f.executed, f.rate, f.score);
  else for (const b of form.budget) cells.push(b.initial, b.budget, b.executed, b.rate);
  for (const c of cells) if (c) copy.rows[c.ref.row][c.ref.col] = undefined;
  if (!keepName) {
    // The name cell: the project form knows it; the 部门 form prints the name after 部门名称.
    const at = form.kind === 'project' ? form.nameRef! : nameCell(copy, form.name);
    copy.rows[at.row][at.col] = undefined;
  }
  wb.sheets.push(copy);
  return wb;
}

function nameCell(sheet: Sheet, name: string) {
  const row = sheet.rows.findIndex((r) => r?.some((c) => c?.value === name));
  return { row, col: sheet.rows[row].findIndex((c) => c?.value === name) };
}

const verdict = (wb: Workbook) => {
  const r = checkWorkbook(wb);
  return { scores: r.scores.map((s) => `${s.sheet} ${s.project}`), findings: r.findings.map((f) => f.key).sort() };
};

describe('a blank 绩效自评 template beside the filled forms', () => {
  it.each(['项目支出绩效自评表1', '部门整体支出绩效自评表'])('a blank copy of %s adds no score line and no finding (was: an empty score line)', (sheet) => {
    const clean = verdict(sample);
    expect(clean.scores).toHaveLength(4);
    expect(verdict(withBlankCopy(sheet))).toEqual(clean);
  });

  it('a form that names its project or 部门 but is not filled yet keeps its line, marked unfilled, with nothing recomputed and no finding', () => {
    for (const sheet of ['项目支出绩效自评表1', '部门整体支出绩效自评表']) {
      const wb = withBlankCopy(sheet, true);
      const report = checkWorkbook(wb);
      expect(report.scores).toHaveLength(5);
      const line = report.scores.find((s) => s.sheet === '模板')!;
      // Was (project form): 总分 100 read from the 分值 column against a recomputed 0, 等级 差.
      expect(line).toEqual(expect.objectContaining({ unfilled: true, cells: {}, total: {}, grade: {}, execRate: {}, execScore: {} }));
      expect(verdict(wb).findings).toEqual(verdict(sample).findings);
      expect(formatScoreTables([line])).toContain('表中除名称外尚未填写，无可核对的内容。');
    }
  });

  it('an unnamed form with its scores filled is scored', () => {
    const wb = structuredClone(sample);
    const sheet = wb.sheets.find((s) => s.name === '项目支出绩效自评表1')!;
    const [form] = recognizeScoreForms({ sheets: [sheet] });
    if (form.kind !== 'project') throw new Error('expected a project form');
    sheet.rows[form.nameRef!.row][form.nameRef!.col] = undefined;
    expect(checkWorkbook(wb).scores.map((s) => s.sheet)).toContain('项目支出绩效自评表1');
  });
});
