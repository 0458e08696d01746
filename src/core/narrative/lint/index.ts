import type { Workbook } from '../../model/workbook';
import { summarize, type Summary } from '../../findings/finding';
import { latestYearTables, reportedTables } from '../../reporting-units';
import { CheckContext } from '../../rules/context';
import { runGuarded } from '../../rules/guarded';
import type { RecognizedTable } from '../../tables/types';
import { buildContext, type LintContext, type NarrativeFinding, type NarrativeParagraph } from './context';
import { parseParagraphs } from './extract';
import { NARRATIVE_RULES } from './registry';
import { TableResolver } from './resolve';
import { repairPdfCopy } from './reflow';
import { composeParagraphFixes } from './compose-fixes';
import { settleYuanAmounts } from './rules/amount-vs-table';

export type { NarrativeFinding, NarrativeParagraph } from './context';

export interface LintOptions {
  /** Recognised tables of the workbook the 说明 describes (amount and name checks need them). */
  workbook?: Workbook;
  tables?: RecognizedTable[];
  /** Label for findings when the text did not come from a sheet (file name). */
  source?: string;
  year?: number;
  /** Last year's workbook and its recognised tables: 上年数 must match them. */
  priorWorkbook?: Workbook;
  priorTables?: RecognizedTable[];
  /** Restrict to these rule ids. */
  rules?: string[];
}

export interface NarrativeLintReport {
  findings: NarrativeFinding[];
  summary: Summary;
  paragraphs: number;
}

const ORDER = { error: 0, warning: 1, info: 2 } as const;

/** Checks a 说明 (one string per paragraph) against its own arithmetic and the tables. */
export function lintNarrative(paragraphs: NarrativeParagraph[], options: LintOptions = {}): NarrativeLintReport {
  // Last year's tables kept in the same workbook: the 说明 speaks of this year's; 上年数 are last year's.
  const given = options.tables ?? [];
  // Without the workbook there is no sheet order to tell a stray copy or blank template by.
  const years = options.workbook ? reportedTables(given, options.workbook.sheets.map((s) => s.name)) : latestYearTables(given);
  const tables = years.current;
  const resolver = options.workbook && tables.length ? new TableResolver(new CheckContext(options.workbook, tables)) : undefined;
  const names = resolver ? [...new Set(resolver.subjectNames().filter((n) => n.level !== 'class').map((n) => n.name))] : [];
  const parsed = parseParagraphs(
    paragraphs.map((p) => p.text),
    { names },
  );
  const ctx = buildContext(parsed, paragraphs, options.source ?? '决算说明', resolver, options.year);
  if (options.priorWorkbook && options.priorTables?.length) ctx.priorResolver = new TableResolver(new CheckContext(options.priorWorkbook, options.priorTables));
  else if (options.workbook && years.earlier) ctx.priorResolver = new TableResolver(new CheckContext(options.workbook, years.earlier));
  settleYuanAmounts(ctx);
  const rules = options.rules ? NARRATIVE_RULES.filter((r) => options.rules!.includes(r.id)) : NARRATIVE_RULES;
  const sheet = options.source ?? '决算说明';
  const findings = runGuarded<LintContext, NarrativeFinding>(rules, ctx, (failure) => ({
    ...failure,
    sheet,
    cell: '',
    paragraph: 0,
    span: { start: 0, end: 0 },
    excerpt: '',
  }));
  findings.sort((a, b) => a.paragraph - b.paragraph || a.span.start - b.span.start || ORDER[a.severity] - ORDER[b.severity]);
  composeParagraphFixes(findings, (p) => ctx.paragraphs[p].text);
  return { findings, summary: summarize(findings), paragraphs: paragraphs.length };
}

/** Paragraphs of a plain text: one per non-empty line (lines of a PDF copy joined). */
export function paragraphsFromText(text: string): NarrativeParagraph[] {
  return repairPdfCopy(
    text
      .replace(/\r\n?/g, '\n')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => ({ text: l.replace(/\s+$/, '') })),
  );
}
