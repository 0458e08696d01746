import type { Sheet, Workbook } from '../../model/workbook';
import type { RecognizedTable } from '../../tables/types';
import { lintNarrative, type NarrativeLintReport } from './index';
import type { NarrativeParagraph } from './context';

export type SheetNarrativeReport = NarrativeLintReport & { sheet: string };

/** The 说明 on this sheet (its paragraphs, one per cell), checked against the workbook's tables. */
export function lintSheetNarrative(
  workbook: Workbook,
  sheet: Sheet,
  paragraphs: NarrativeParagraph[],
  tables: RecognizedTable[],
  rules?: string[],
): SheetNarrativeReport {
  return { ...lintNarrative(paragraphs, { workbook, tables, source: sheet.name, rules }), sheet: sheet.name };
}
