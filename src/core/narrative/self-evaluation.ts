import Decimal from 'decimal.js';
import type { Workbook } from '../model/workbook';
import { recognizeScoreForms, scoreWorkbook } from '../scoring';
import type { DeptForm, ProjectForm, ScoreForm } from '../scoring';
import { recognizeTables } from '../tables/recognize';
import type { Recognition } from '../tables/types';
import { TITLE_MAX_LENGTH, declaredSelfEvaluationText } from './lint/sheet-source';
import type { SelfEvaluationSummary } from './draft/context';

/**
 * The 绩效自评 results the 说明 cites, from the scoring module: the recomputed 总分 and 等级 (the
 * printed ones when nothing was recomputed), and each project's executed amount.
 */
export function selfEvaluationSummary(workbook: Workbook, profile?: string, recognition: Recognition = recognizeTables(workbook)): SelfEvaluationSummary | undefined {
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
  const conclusion = selfEvaluationConclusion(workbook, all, recognition);
  return {
    department: dept ? { name: dept.project, score: score(dept.total.recomputed ?? dept.total.reported), grade: dept.grade.recomputed ?? dept.grade.reported } : undefined,
    projects,
    ...(duties ? { duties } : {}),
    ...(conclusion ? { conclusion } : {}),
  };
}

/** A heading of the 自评情况's conclusion: 三、评价情况分析及综合评价结论 (or 综合评价结论 alone). */
const CONCLUSION_HEADING = /综合评价结论$/;

/**
 * The 综合评价结论 of the 部门整体支出绩效自评情况 kept in the workbook: the paragraph after its heading
 * (“我部门职责履行良好……自评结论为优。”), for the 说明's 绩效自评综述.
 */
function selfEvaluationConclusion(workbook: Workbook, forms: ScoreForm[], recognition: Recognition): string | undefined {
  const found = declaredSelfEvaluationText(workbook, { tables: recognition.tables, unrecognized: recognition.unrecognized, forms: forms.map((f) => ({ sheet: f.sheet, top: f.top, bottom: f.bottom })) });
  const paragraphs = found?.paragraphs.map((p) => p.text.trim()) ?? [];
  const at = paragraphs.findIndex((t) => t.length <= TITLE_MAX_LENGTH && CONCLUSION_HEADING.test(t.replace(/\s+/g, '')));
  const next = at >= 0 ? paragraphs[at + 1] : undefined;
  return next && /[。；]$/.test(next) ? next : undefined;
}
