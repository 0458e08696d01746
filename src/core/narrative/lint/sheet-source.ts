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

/**
 * The title of a 说明 among a sheet's first lines: 决算说明 / 决算情况说明 / 决算公开说明, or 部门概况
 * (the package's first part, where a 说明 copied without its cover starts). Not a 填报说明 or 编制说明.
 */
const NARRATIVE_TITLE = /决算(情况|公开)?说明|部门概况/;
const NOT_NARRATIVE_TITLE = /填报|编制|填表|填写/;
const TITLE_LINES = 6;
const TITLE_MAX_LENGTH = 40;
/** Prose a sheet not named like a 说明 must hold to be read as one: a few sentences, not a cover page. */
const MIN_PROSE = 200;

/** Titled like a 说明 in its first lines, and not titled like instructions (a 填报说明's headings may read 收入决算情况说明). */
function titledAsNarrative(sheet: Sheet): boolean {
  const titles = proseCells(sheet)
    .slice(0, TITLE_LINES)
    .map((c) => c.text.replace(/\s+/g, ''))
    .filter((t) => t.length <= TITLE_MAX_LENGTH);
  return titles.some((t) => NARRATIVE_TITLE.test(t)) && !titles.some((t) => NOT_NARRATIVE_TITLE.test(t));
}

/**
 * The sheet that says it holds a 说明: named like one (决算说明, 情况说明, 说明), else titled like one
 * in its first lines (officers keep it on Sheet3 or 附件2 as often), the most prose first; sheets in
 * `skip` (holding tables or 绩效自评 forms) left out.
 */
export function declaredNarrativeSheet(workbook: Workbook, skip: ReadonlySet<string> = new Set()): Sheet | undefined {
  const candidates = workbook.sheets.filter((s) => !skip.has(s.name));
  const byProse = (sheets: Sheet[]) => sheets.map((s) => ({ s, score: proseScore(s) })).sort((a, b) => b.score - a.score);
  const named = byProse(candidates.filter((s) => NAMED.test(s.name.trim())))[0];
  if (named && named.score > 0) return named.s;
  const titled = byProse(candidates.filter(titledAsNarrative))[0];
  return titled && titled.score >= MIN_PROSE ? titled.s : undefined;
}

/**
 * The sheet that holds the 说明: one named or titled like one, else the one whose cells hold the most
 * prose (at least a few sentences) among those not in `skip` (sheets of the 公开表, whose notes read
 * as prose). `name` forces a sheet.
 */
export function findNarrativeSheet(workbook: Workbook, name?: string, skip: ReadonlySet<string> = new Set()): Sheet | undefined {
  if (name) return workbook.sheets.find((s) => s.name === name);
  const declared = declaredNarrativeSheet(workbook, skip);
  if (declared) return declared;
  const ranked = workbook.sheets
    .filter((s) => !skip.has(s.name) && !NOT_NARRATIVE.test(s.name))
    .map((s) => ({ s, score: proseScore(s) }))
    .sort((a, b) => b.score - a.score);
  return ranked[0] && ranked[0].score >= MIN_PROSE ? ranked[0].s : undefined;
}

/** One paragraph per non-empty cell (row by row; lines of a PDF copy joined), with its sheet and A1 address. */
export function paragraphsFromSheet(sheet: Sheet): NarrativeParagraph[] {
  return repairPdfCopy(proseCells(sheet).map((c) => ({ text: c.text, sheet: sheet.name, cell: a1(c.row, c.col) })));
}
