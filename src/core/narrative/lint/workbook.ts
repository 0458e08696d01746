import type { Sheet, Workbook } from '../../model/workbook';
import type { RecognizedTable } from '../../tables/types';
import { lintNarrative, type NarrativeLintReport } from './index';
import { findNarrativeSheet, paragraphsFromSheet } from './sheet-source';

export type SheetNarrativeReport = NarrativeLintReport & { sheet: string };

/** The 说明 on this sheet, one paragraph per cell, checked against the workbook's tables. */
export function lintSheetNarrative(
  workbook: Workbook,
  sheet: Sheet,
  tables: RecognizedTable[],
  rules?: string[],
  paragraphs = paragraphsFromSheet(sheet),
): SheetNarrativeReport {
  return { ...lintNarrative(paragraphs, { workbook, tables, source: sheet.name, rules }), sheet: sheet.name };
}

/** The 说明 kept inside the workbook (found by `findNarrativeSheet`), checked against the tables; undefined when there is none. */
export function lintWorkbookNarrative(workbook: Workbook, tables: RecognizedTable[], sheetName?: string): SheetNarrativeReport | undefined {
  const sheet = findNarrativeSheet(workbook, sheetName, sheetsWithTables(tables));
  return sheet ? lintSheetNarrative(workbook, sheet, tables) : undefined;
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
