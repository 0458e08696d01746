import Decimal from 'decimal.js';
import type { Workbook } from '../model/workbook';
import { recognizeScoreForms, scoreWorkbook } from '../scoring';
import type { DeptForm, ProjectForm } from '../scoring';
import type { SelfEvaluationSummary } from './draft/context';

/**
 * The 绩效自评 results the 说明 cites, from the scoring module: the recomputed 总分 and 等级 (the
 * printed ones when nothing was recomputed), and each project's executed amount.
 */
export function selfEvaluationSummary(workbook: Workbook, profile?: string): SelfEvaluationSummary | undefined {
  let result: ReturnType<typeof scoreWorkbook>;
  try {
    result = scoreWorkbook(workbook, { profile });
  } catch {
    return undefined; // a form the scorer cannot read leaves the section to the 补充信息 sheet
  }
  if (!result.scores.length) return undefined;
  const all = recognizeScoreForms(workbook);
  const forms = all.filter((f): f is ProjectForm => f.kind === 'project');
  const duties = all.find((f): f is DeptForm => f.kind === 'dept' && !!f.duties)?.duties;
  const score = (n: number | undefined) => (n === undefined ? undefined : new Decimal(n));
  const dept = result.scores.find((s) => s.kind === 'dept');
  const projects = result.scores
    .filter((s) => s.kind === 'project')
    .map((s) => {
      const form = forms.find((f) => f.sheet === s.sheet && f.name === s.project);
      const fund = form?.funds.find((f) => f.kind === 'total') ?? form?.funds[0];
      return {
        name: s.project,
        score: score(s.total.recomputed ?? s.total.reported),
        grade: s.grade.recomputed ?? s.grade.reported,
        amount: fund?.executed?.num?.value,
      };
    });
  return {
    department: dept ? { name: dept.project, score: score(dept.total.recomputed ?? dept.total.reported), grade: dept.grade.recomputed ?? dept.grade.reported } : undefined,
    projects,
    ...(duties ? { duties } : {}),
  };
}
