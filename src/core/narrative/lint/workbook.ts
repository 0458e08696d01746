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

/** Sheets that hold a recognised table (or a part of one) or a 绩效自评 form. */
export function sheetsWithTables(tables: RecognizedTable[], formSheets: string[] = []): Set<string> {
  const out = new Set(formSheets);
  for (const t of tables) {
    out.add(t.sheet);
    for (const part of t.continuedOn ?? []) out.add(part.sheet);
  }
  return out;
}
