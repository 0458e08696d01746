import { a1 } from '../../model/address';
import { cellText, type Sheet, type Workbook } from '../../model/workbook';
import type { NarrativeParagraph } from './context';
import { repairPdfCopy } from './reflow';

const NAMED = /决算说明|情况说明|部门决算说明|^说明$|决算情况/;
const PROSE = /[\u4e00-\u9fff].*[，。；]/;
/** Sheets that hold prose but are no 说明: 绩效自评 forms and the 公开 tables' notes. */
const NOT_NARRATIVE = /自评|绩效|公开\s*\d|补充信息/;

function proseCells(sheet: Sheet): { row: number; col: number; text: string }[] {
  const out: { row: number; col: number; text: string }[] = [];
  sheet.rows.forEach((line, row) =>
    (line ?? []).forEach((cell, col) => {
      const text = cellText(cell);
      if (text) out.push({ row, col, text });
    }),
  );
  return out;
}

/** How much of a sheet reads as running text: cells of 20+ characters with Chinese punctuation. */
function proseScore(sheet: Sheet): number {
  return proseCells(sheet).filter((c) => c.text.length >= 20 && PROSE.test(c.text)).reduce((a, c) => a + c.text.length, 0);
}

/** A sheet named like a 说明 (决算说明, 情况说明, 说明) that holds prose, the most prose first; sheets in `skip` left out. */
export function namedNarrativeSheet(workbook: Workbook, skip: ReadonlySet<string> = new Set()): Sheet | undefined {
  const named = workbook.sheets.filter((s) => !skip.has(s.name) && NAMED.test(s.name.trim()) && proseScore(s) > 0);
  return named.sort((a, b) => proseScore(b) - proseScore(a))[0];
}

/**
 * The sheet that holds the 说明: one named like 决算说明/情况说明, else the one whose cells hold the
 * most prose (at least a few sentences) among those not in `skip` (sheets of the 公开表, whose notes
 * read as prose). `name` forces a sheet.
 */
export function findNarrativeSheet(workbook: Workbook, name?: string, skip: ReadonlySet<string> = new Set()): Sheet | undefined {
  if (name) return workbook.sheets.find((s) => s.name === name);
  const named = namedNarrativeSheet(workbook);
  if (named) return named;
  const ranked = workbook.sheets
    .filter((s) => !skip.has(s.name) && !NOT_NARRATIVE.test(s.name))
    .map((s) => ({ s, score: proseScore(s) }))
    .sort((a, b) => b.score - a.score);
  return ranked[0] && ranked[0].score >= 200 ? ranked[0].s : undefined;
}

/** One paragraph per non-empty cell (row by row; lines of a PDF copy joined), with its sheet and A1 address. */
export function paragraphsFromSheet(sheet: Sheet): NarrativeParagraph[] {
  return repairPdfCopy(proseCells(sheet).map((c) => ({ text: c.text, sheet: sheet.name, cell: a1(c.row, c.col) })));
}
