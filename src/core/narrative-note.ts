import type { CheckReport } from './check';

/** What a 说明 checked without tables was checked for. */
export const OWN_ARITHMETIC_ONLY = '工作簿中没有识别到决算表，只核对了说明自身的计算（占比、增减、合计）';

/** Where the checked 说明 came from: 工作表“…” or 文件“…”. */
export function narrativeSource(n: NonNullable<CheckReport['narrative']>): string {
  if (n.file !== undefined) return `文件“${n.file}”`;
  if (n.sheets && n.sheets.length > 1) return `工作表“${n.sheets[0]}”至“${n.sheets[n.sheets.length - 1]}”共 ${n.sheets.length} 张`;
  return `工作表“${n.sheet}”`;
}

/** The line that says which 说明 was checked, and against what (CLI report and task pane alike). */
export function narrativeNote(report: Pick<CheckReport, 'narrative' | 'tables'> & { narrative: NonNullable<CheckReport['narrative']> }): string {
  const n = report.narrative;
  const against = report.tables.length ? '已与报表核对' : OWN_ARITHMETIC_ONLY;
  return `决算说明：${narrativeSource(n)}（${n.paragraphs} 段），${against}`;
}

/** The line that says a 部门整体支出绩效自评情况 was checked for its amounts (CLI report and task pane alike). */
export function selfEvaluationTextNote(t: NonNullable<CheckReport['selfEvaluationText']>): string {
  return `部门整体支出绩效自评情况：工作表“${t.sheet}”（${t.paragraphs} 段），其中的金额已与报表核对`;
}
