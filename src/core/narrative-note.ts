import type { CheckReport } from './check';

/** The line that says which 说明 was checked with the tables (CLI report and task pane alike). */
export function narrativeNote(narrative: NonNullable<CheckReport['narrative']>): string {
  const where = narrative.file !== undefined ? `文件“${narrative.file}”` : `工作表“${narrative.sheet}”`;
  return `决算说明：${where}（${narrative.paragraphs} 段），已与报表核对`;
}
