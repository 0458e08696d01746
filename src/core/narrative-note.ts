import type { CheckReport } from './check';

/** The line that says which 说明 was checked, and against what (CLI report and task pane alike). */
export function narrativeNote(report: Pick<CheckReport, 'narrative' | 'tables'> & { narrative: NonNullable<CheckReport['narrative']> }): string {
  const n = report.narrative;
  const where = n.file !== undefined ? `文件“${n.file}”` : `工作表“${n.sheet}”`;
  const against = report.tables.length ? '已与报表核对' : '工作簿中没有识别到决算表，只核对了说明自身的计算（占比、增减、合计）';
  return `决算说明：${where}（${n.paragraphs} 段），${against}`;
}
