import type { CheckReport } from './check';

/** The line that says which 说明 was checked with the tables (CLI report and task pane alike). */
export function narrativeNote(narrative: NonNullable<CheckReport['narrative']>): string {
  return `决算说明：工作表“${narrative.sheet}”（${narrative.paragraphs} 段），已与报表核对`;
}
