import { readWorkbookFile } from '../../src/io/exceljs-reader';
import { checkWorkbook } from '../../src/core/check';
import type { Finding } from '../../src/core/findings/finding';
import type { ScoreReport } from '../../src/core/scoring/types';
import { formFindings, formVerdict, scoreLines } from '../../src/taskpane/model/score-rows';
import { SAMPLE_WORKBOOK, fixturePath } from '../fixtures/registry';

const form: ScoreReport = {
  sheet: '项目支出绩效自评表1',
  project: '信访专项经费',
  kind: 'project',
  cells: { execRate: 'G5', execScore: 'H5', total: 'J30', grade: 'K30' },
  execRate: { reported: 99.06, recomputed: 99.06 },
  execScore: { reported: 10, recomputed: 9.91 },
  total: { reported: 100, recomputed: 99.91 },
  grade: { reported: '优', recomputed: '优' },
  profile: '国家',
  span: { top: 2, bottom: 31 },
};

const findingAt = (sheet: string, cell: string): Finding => ({ rule: 'S', severity: 'error', sheet, cell, related: [], message: 'x', key: `${sheet}${cell}` });

describe('scoreLines', () => {
  test('lists reported next to recomputed and flags exactly the cells the check flagged', () => {
    const lines = scoreLines(form, [findingAt('项目支出绩效自评表1', 'H5'), findingAt('项目支出绩效自评表1', 'J30'), findingAt('其他表', 'G5')]);
    expect(lines).toEqual([
      { label: '预算执行率', reported: '99.06%', recomputed: '99.06%', cell: 'G5', flagged: false },
      { label: '执行率得分', reported: '10.00', recomputed: '9.91', cell: 'H5', flagged: true },
      { label: '总分', reported: '100.00', recomputed: '99.91', cell: 'J30', flagged: true },
      { label: '等级', reported: '优', recomputed: '优', cell: 'K30', flagged: false },
    ]);
  });

  test('leaves out lines a form does not have (部门整体 form without 分值)', () => {
    const dept: ScoreReport = { ...form, kind: 'dept', cells: { execRate: 'H14' }, execScore: {}, total: {}, grade: {} };
    expect(scoreLines(dept, []).map((l) => l.label)).toEqual(['预算执行率']);
  });

  test('the badge counts every error and warning inside the form, not only the four lines; 未填写 / 无可核对 when there is nothing to compare', () => {
    const at = (cell: string, severity: Finding['severity'] = 'error', sheet = '项目支出绩效自评表1') => ({ ...findingAt(sheet, cell), severity });
    expect(formVerdict(form, scoreLines(form, [at('H5')]), [at('H5')])).toEqual({ text: '1 处问题', tone: 'danger' });
    expect(formVerdict(form, scoreLines(form, []), [])).toEqual({ text: '相符', tone: 'success' });
    // An indicator's 得分 above its 分值 (row 12) while the totals agree: was 相符.
    expect(formVerdict(form, scoreLines(form, []), [at('J12', 'warning')])).toEqual({ text: '1 处问题', tone: 'warning' });
    // Rounding notes, other forms' rows and other sheets are not this form's problems.
    expect(formVerdict(form, scoreLines(form, []), [at('J12', 'info'), at('J60'), at('J12', 'error', '其他表')])).toEqual({ text: '相符', tone: 'success' });
    const empty: ScoreReport = { ...form, kind: 'dept', cells: {}, execRate: {}, execScore: {}, total: {}, grade: {} };
    expect(scoreLines(empty, [])).toEqual([]);
    expect(formVerdict(empty, [], [])).toEqual({ text: '无可核对', tone: 'subtle' });
    expect(formVerdict({ ...empty, unfilled: true }, [], [at('J12')])).toEqual({ text: '未填写', tone: 'subtle' });
  });

  test('a Beijing form whose 得分 exceed their 分值 while its totals agree is not shown as 相符', async () => {
    const report = checkWorkbook(await readWorkbookFile(fixturePath('selfeval-000-beijing-2022.xlsx')));
    const score = report.scores.find((s) => s.project.startsWith('区信访办维持政府大门秩序'))!;
    const caps = formFindings(score, report.findings).filter((f) => f.rule === 'S-CAP');
    expect(caps.length).toBeGreaterThan(0);
    expect(scoreLines(score, report.findings).some((l) => l.flagged)).toBe(false);
    expect(formVerdict(score, scoreLines(score, report.findings), report.findings)).toEqual({ text: `${formFindings(score, report.findings).length} 处问题`, tone: 'danger' });
  });

  test('the sample workbook: every score form yields lines, flagged only where the check has a finding', async () => {
    const report = checkWorkbook(await readWorkbookFile(SAMPLE_WORKBOOK));
    expect(report.scores.length).toBeGreaterThan(0);
    for (const s of report.scores) {
      const lines = scoreLines(s, report.findings);
      expect(lines.length).toBeGreaterThan(0);
      for (const l of lines) expect(l.flagged).toBe(report.findings.some((f) => f.sheet === s.sheet && f.cell === l.cell));
    }
  });
});
