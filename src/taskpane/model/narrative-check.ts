import type { Workbook } from '../../core/model/workbook';
import type { NarrativeParagraph } from '../../core/narrative/lint/context';
import { type SpanExcerpt, spanExcerpt } from '../../core/narrative/lint/excerpt';
import { type NarrativeLintReport, lintNarrative, paragraphsFromText } from '../../core/narrative/lint';
import type { NarrativeFinding } from '../../core/narrative/lint/context';
import { NARRATIVE_RULES } from '../../core/narrative/lint/registry';
import { recognizeTables } from '../../core/tables/recognize';
import { reportedTables } from '../../core/reporting-units';
import { OWN_ARITHMETIC_ONLY, narrativeSource } from '../../core/narrative-note';
import type { CheckReport } from '../../core/check';
import { paragraphsFromDocument } from '../../io/narrative/document-text';

/** A 说明 written outside the workbook (in Word), checked against the workbook's tables in the pane. */
export interface NarrativeCheck {
  /** Where the text came from: the file's name, or 粘贴的文字. */
  source: string;
  paragraphs: NarrativeParagraph[];
  report: NarrativeLintReport;
  /** Tables of this year the amounts were compared with. */
  tables: number;
}

export const PASTED_SOURCE = '粘贴的文字';

/** The paragraphs of what the officer pasted (a line per paragraph) or of the file picked (.docx or .txt). */
export async function narrativeInput(input: { text: string } | { name: string; data: Uint8Array }): Promise<{ source: string; paragraphs: NarrativeParagraph[] }> {
  if ('text' in input) return { source: PASTED_SOURCE, paragraphs: paragraphsFromText(input.text) };
  return { source: input.name, paragraphs: await paragraphsFromDocument(input.name, input.data) };
}

/** Lints the 说明 against the workbook's tables (and last year's, when one was chosen in 设置). */
export function checkNarrativeText(workbook: Workbook, source: string, paragraphs: NarrativeParagraph[], prior?: Workbook): NarrativeCheck {
  const tables = recognizeTables(workbook).tables;
  const report = lintNarrative(paragraphs, {
    workbook,
    tables,
    source,
    priorWorkbook: prior,
    priorTables: prior ? recognizeTables(prior).tables : undefined,
  });
  return { source, paragraphs, report, tables: reportedTables(tables, workbook.sheets.map((s) => s.name)).current.length };
}

/** One line over the list: what was read and what came out. */
export function narrativeCheckSummary(c: NarrativeCheck): string {
  const s = c.report.summary;
  const read = `“${c.source}”共 ${c.report.paragraphs} 段，已与 ${c.tables} 张决算表核对`;
  if (c.tables === 0) return `“${c.source}”共 ${c.report.paragraphs} 段；${OWN_ARITHMETIC_ONLY}。`;
  return c.report.findings.length ? `${read}：错误 ${s.errors}，警告 ${s.warnings}，提示 ${s.infos}。` : `${read}，未发现问题。`;
}

/** What a card shows of a finding: the rule's title and the words around the slip. */
export function narrativeFindingView(f: NarrativeFinding, paragraphs: NarrativeParagraph[]): { title: string; paragraph: string; excerpt: SpanExcerpt } {
  const text = paragraphs[f.paragraph]?.text ?? f.excerpt;
  return {
    title: NARRATIVE_RULES.find((r) => r.id === f.rule)?.title ?? f.rule,
    paragraph: `第 ${f.paragraph + 1} 段`,
    excerpt: spanExcerpt(text, f.span),
  };
}

/** Where the 说明 kept in the workbook was checked already, so the officer does not paste it again. */
export function keptNarrativeHint(report: { narrative?: NonNullable<CheckReport['narrative']> } | undefined): string | undefined {
  const n = report?.narrative;
  if (n?.sheet === undefined) return undefined;
  return `${narrativeSource(n)}中的说明（${n.paragraphs} 段）已随「检查本工作簿」一并核对，问题列在「检查结果」的“决算说明”一组。这里用来核对在 Word 中另写的说明。`;
}
