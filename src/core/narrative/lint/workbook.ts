import type { Workbook } from '../../model/workbook';
import type { RecognizedTable } from '../../tables/types';
import { lintNarrative, type NarrativeLintReport } from './index';
import { findNarrativeSheet, paragraphsFromSheet } from './sheet-source';

/**
 * The 说明 kept inside the workbook, checked against the workbook's tables: what `check` (and the
 * add-in's 检查) can merge into its findings. Undefined when no sheet holds a 说明.
 */
export function lintWorkbookNarrative(workbook: Workbook, tables: RecognizedTable[], sheetName?: string): (NarrativeLintReport & { sheet: string }) | undefined {
  const sheet = findNarrativeSheet(workbook, sheetName);
  if (!sheet) return undefined;
  return { ...lintNarrative(paragraphsFromSheet(sheet), { workbook, tables, source: sheet.name }), sheet: sheet.name };
}
