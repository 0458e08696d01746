import type { Workbook } from '../../model/workbook';
import type { RecognizedTable } from '../../tables/types';
import { lintNarrative, type NarrativeLintReport } from './index';
import type { NarrativeParagraph } from './context';

export type SheetNarrativeReport = NarrativeLintReport & { sheet: string };

/** The 说明 of this sheet (its paragraphs, one per cell) or file, checked against the workbook's tables. */
export function lintSheetNarrative(
  workbook: Workbook,
  source: string,
  paragraphs: NarrativeParagraph[],
  tables: RecognizedTable[],
  rules?: string[],
): SheetNarrativeReport {
  return { ...lintNarrative(paragraphs, { workbook, tables, source, rules }), sheet: source };
}
