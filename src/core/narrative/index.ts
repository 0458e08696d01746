import type { Workbook } from '../model/workbook';
import { recognizeTables } from '../tables/recognize';
import type { Recognition } from '../tables/types';
import { reportedTables } from '../reporting-units';
import { collectFacts, priorValues, type NarrativeFacts } from './facts';
import { draftNarrative, familyFor } from './draft/families';
import type { SelfEvaluationSummary } from './draft/context';
import type { NarrativeDocument, NarrativeFamily } from './model';
import { readSupplement, supplementPrior, type Supplement } from './supplement';

export * from './model';
export { collectFacts, priorValues } from './facts';
export type { NarrativeFacts } from './facts';
export { draftNarrative, familyFor } from './draft/families';
export type { DraftInput, SelfEvaluationSummary } from './draft/context';
export { supplementTemplate, readSupplement, refusalMessage, SUPPLEMENT_SHEET } from './supplement';
export type { Supplement, SupplementRefusal } from './supplement';
export { lintNarrative, paragraphsFromText } from './lint';
export type { NarrativeFinding, NarrativeParagraph, NarrativeLintReport, LintOptions } from './lint';

export interface BuildNarrativeOptions {
  /** Last year's workbook: its tables give every 上年数 (else last year's tables kept in the same workbook). */
  prior?: Workbook;
  family?: NarrativeFamily;
  selfEvaluation?: SelfEvaluationSummary;
  /** Recognition already run on the workbook (the add-in keeps one). */
  recognition?: Recognition;
}

export interface BuiltNarrative {
  document: NarrativeDocument;
  facts: NarrativeFacts;
  supplement: Supplement;
  /** Which 上年数 came from where: 'prior-workbook' | 'supplement'. */
  priorSources: Record<string, 'prior-workbook' | 'supplement'>;
  /** This year's tables the draft read (0: it holds only fixed wording and placeholders). */
  tablesRead: number;
}

/**
 * Tables → 说明: recognises the tables, reads the 补充信息 sheet and last year's workbook, and
 * drafts in the family of the table set (or the one asked for). An explicit 上年数 in the
 * 补充信息 sheet wins over the prior workbook (the officer typed it on purpose).
 */
export function buildNarrative(workbook: Workbook, options: BuildNarrativeOptions = {}): BuiltNarrative {
  const all = options.recognition ?? recognizeTables(workbook);
  // Last year's tables kept in the same workbook: draft from this year's, 上年数 from last year's.
  const years = reportedTables(all.tables, workbook.sheets.map((s) => s.name));
  const recognition = { ...all, tables: years.current };
  const earlier = years.earlier && { ...all, tables: years.earlier };
  const facts = collectFacts(workbook, recognition);
  const supplement = readSupplement(workbook);
  const priorSources: BuiltNarrative['priorSources'] = {};
  const prior: Record<string, import('decimal.js').default> = {};
  const priorFacts = options.prior ? collectFacts(options.prior, priorRecognition(options.prior)) : earlier && collectFacts(workbook, earlier);
  if (priorFacts) {
    const p = priorValues(priorFacts);
    for (const [k, v] of Object.entries(p)) {
      prior[k] = v;
      priorSources[k] = 'prior-workbook';
    }
  }
  for (const [k, v] of Object.entries(supplementPrior(supplement))) {
    prior[k] = v;
    priorSources[k] = 'supplement';
  }
  const document = draftNarrative(
    { facts, prior, supplement, selfEvaluation: options.selfEvaluation },
    { family: options.family ?? familyFor(recognition.family) },
  );
  return { document, facts, supplement, priorSources, tablesRead: recognition.tables.length };
}

/** Last year's workbook: its latest year's tables, without strays, as this year's are read. */
function priorRecognition(prior: Workbook): Recognition {
  const all = recognizeTables(prior);
  return { ...all, tables: reportedTables(all.tables, prior.sheets.map((s) => s.name)).current };
}
