import { a1, parseRangeA1 } from '../../model/address';
import { cellText, type Sheet, type Workbook } from '../../model/workbook';
import type { RecognizedTable, UnrecognizedTable } from '../../tables/types';
import { isPageNumber } from '../../tables/recognize/page-break';
import type { NarrativeParagraph } from './context';
import { repairPdfCopy } from './reflow';
import { continuesSeries, seriesPart } from './sheet-series';

const NAMED = /决算说明|情况说明|部门决算说明|^说明$|决算情况/;
const PROSE = /[\u4e00-\u9fff].*[，。；]/;
/** Sheets that hold prose but are no 说明: 绩效自评 forms and the 公开 tables' notes. */
const NOT_NARRATIVE = /自评|绩效|公开\s*\d|补充信息/;
/**
 * The title of a 说明 among a sheet's first lines: 决算说明 / 决算情况说明 / 决算公开说明, or 部门概况
 * (the package's first part, where a 说明 copied without its cover starts). Not a 填报说明 or 编制说明.
 */
const NARRATIVE_TITLE = /决算(情况|公开)?说明|部门概况/;
/** Instructions (填报说明) and a 绩效自评 report (its 一、部门基本情况 (一) 部门概况 reads like a 说明's start). */
const NOT_NARRATIVE_TITLE = /填报|编制|填表|填写|自评/;
const TITLE_LINES = 6;
/** A title is a short line (cover lines, headings of a 说明 or a 自评情况). */
export const TITLE_MAX_LENGTH = 40;
/** Prose a sheet not named like a 说明 must hold to be read as one: a few sentences, not a cover page. */
const MIN_PROSE = 200;

/** A block of a sheet a table takes (title, header, rows and notes), 0-based and inclusive. */
interface Area {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

interface TextCell {
  row: number;
  col: number;
  text: string;
}

/** The 说明 read from a sheet (or from several, a page each): the first, all of them, and the paragraphs with their cells. */
export interface NarrativeSource {
  sheet: Sheet;
  /** More than one when the 说明 runs over several sheets (a PDF converted a page per sheet). */
  sheets?: Sheet[];
  paragraphs: NarrativeParagraph[];
}

/**
 * Every non-empty cell's text, row by row, but those inside `areas` and page numbers; at most `limit`. The areas are
 * swept row by row and their columns jumped over: a sheet of tables is mostly table.
 */
function textCells(sheet: Sheet, areas: Area[] = [], limit = Infinity): TextCell[] {
  const out: TextCell[] = [];
  const byTop = [...areas].sort((a, b) => a.top - b.top);
  let entered = 0;
  let covering: Area[] = []; // the areas on this row, by left edge
  for (let row = 0; row < sheet.rows.length && out.length < limit; row++) {
    let changed = false;
    while (entered < byTop.length && byTop[entered].top <= row) {
      covering.push(byTop[entered++]);
      changed = true;
    }
    if (endsAbove(covering, row)) covering = reaching(covering, row);
    if (changed) covering.sort((a, b) => a.left - b.left);
    const line = sheet.rows[row];
    if (!line) continue;
    let next = 0;
    for (let col = 0; col < line.length && out.length < limit; col++) {
      while (next < covering.length && covering[next].right < col) next++;
      if (next < covering.length && covering[next].left <= col) {
        col = covering[next].right;
        continue;
      }
      const text = cellText(line[col]);
      // A page number line of a PDF copy is no paragraph: it would cut the sentence it falls in.
      if (text && !isPageNumber(text)) out.push({ row, col, text });
    }
  }
  return out;
}

// Out of textCells' row loop: a closure there over `row` costs an allocation on every row of every sheet.
function endsAbove(areas: Area[], row: number): boolean {
  for (let i = 0; i < areas.length; i++) if (areas[i].bottom < row) return true;
  return false;
}

function reaching(areas: Area[], row: number): Area[] {
  return areas.filter((a) => a.bottom >= row);
}

/** How much of the text reads as running text: cells of 20+ characters with Chinese punctuation. */
function proseScore(cells: TextCell[]): number {
  return cells.filter((c) => c.text.length >= 20 && PROSE.test(c.text)).reduce((a, c) => a + c.text.length, 0);
}

/** The short lines among the first ones, spaces dropped: where a title is. */
function titleLines(cells: TextCell[]): string[] {
  return cells
    .slice(0, TITLE_LINES)
    .map((c) => c.text.replace(/\s+/g, ''))
    .filter((t) => t.length <= TITLE_MAX_LENGTH);
}

function titledAsInstructions(cells: TextCell[]): boolean {
  return titleLines(cells).some((t) => NOT_NARRATIVE_TITLE.test(t));
}

/** Titled like a 说明 in its first lines, and not titled like instructions (a 填报说明's headings may read 收入决算情况说明). */
function titledAsNarrative(cells: TextCell[]): boolean {
  return titleLines(cells).some((t) => NARRATIVE_TITLE.test(t)) && !titledAsInstructions(cells);
}

function toSource(sheet: Sheet, cells: TextCell[]): NarrativeSource {
  return pagesSource([{ sheet, cells }]);
}

/** Sheets' text in order as one 说明: a sentence cut by a page (sheet) break is joined again. */
function pagesSource(pages: { sheet: Sheet; cells: TextCell[] }[]): NarrativeSource {
  const lines = pages.flatMap(({ sheet, cells }) => cells.map((c) => ({ text: c.text, sheet: sheet.name, cell: a1(c.row, c.col) })));
  return { sheet: pages[0].sheet, ...(pages.length > 1 ? { sheets: pages.map((p) => p.sheet) } : {}), paragraphs: repairPdfCopy(lines) };
}

/** The most prose first. */
function byProse(candidates: { sheet: Sheet; cells: TextCell[] }[]): { sheet: Sheet; cells: TextCell[]; score: number }[] {
  return candidates.map((c) => ({ ...c, score: proseScore(c.cells) })).sort((a, b) => b.score - a.score);
}

/** Where the tables (read or not) sit on each sheet, parts continued on other sheets included. */
function tableAreas(tables: RecognizedTable[], unread: UnrecognizedTable[]): Map<string, Area[]> {
  const out = new Map<string, Area[]>();
  const add = (sheet: string, range: string | undefined) => {
    if (!range) return;
    out.set(sheet, [...(out.get(sheet) ?? []), parseRangeA1(range)]);
  };
  for (const t of tables) {
    add(t.sheet, t.range);
    for (const part of t.continuedOn ?? []) add(part.sheet, part.range);
  }
  for (const u of unread) add(u.sheet, u.range);
  return out;
}

/** Where a 绩效自评 form sits: its sheet and first and last row (0-based). */
export interface FormSpan {
  sheet: string;
  top: number;
  bottom: number;
}

/** What the workbook holds besides the 说明: its tables (read or not) and its 绩效自评 forms. */
export interface NarrativeSurroundings {
  tables: RecognizedTable[];
  unrecognized?: UnrecognizedTable[];
  forms?: FormSpan[];
}

/**
 * The rows of each form, over the whole width, and the lines right after it up to the first empty row:
 * its notes (Sichuan's 评价结论 and 改进措施 follow the form), no 说明.
 */
function addFormAreas(workbook: Workbook, forms: FormSpan[], areas: Map<string, Area[]>): void {
  for (const f of forms) {
    const sheet = workbook.sheets.find((s) => s.name === f.sheet);
    if (!sheet) continue;
    let bottom = f.bottom;
    while (bottom + 1 < sheet.rows.length && sheet.rows[bottom + 1]?.some((c) => cellText(c))) bottom++;
    areas.set(f.sheet, [...(areas.get(f.sheet) ?? []), { top: f.top, left: 0, bottom, right: Number.MAX_SAFE_INTEGER }]);
  }
}

/**
 * The 说明 a workbook says it holds:
 * - a sheet without tables named like one (决算说明, 情况说明, 说明), else titled like one in its first
 *   lines (officers keep it on Sheet3 or 附件2 as often);
 * - else the text around the tables of a sheet whose first lines outside them title it so: a whole
 *   package on one sheet, as a PDF turned into a workbook gives it (the tables' titles and notes left out);
 * - on a generically named sheet (a PDF converted a page per sheet), run on over the pages after it
 *   (see Pages), also when its title page alone holds too little.
 * The most prose first; 绩效自评 forms and their notes are never read (a sheet holding them is read only
 * as a whole package's sheet or a page of a 说明: its text outside the tables and forms).
 */
export function declaredNarrative(workbook: Workbook, around: NarrativeSurroundings): NarrativeSource | undefined {
  const areas = tableAreas(around.tables, around.unrecognized ?? []);
  addFormAreas(workbook, around.forms ?? [], areas);
  const pages = new Pages(workbook, areas);
  const tableFree = workbook.sheets.filter((s) => !areas.has(s.name)).map((sheet) => ({ sheet, cells: textCells(sheet) }));
  const named = byProse(tableFree.filter((c) => NAMED.test(c.sheet.name.trim())))[0];
  if (named && named.score > 0) return pages.from(named).source;
  const titled = byProse(tableFree.filter((c) => titledAsNarrative(c.cells)))[0];
  if (titled && titled.score >= MIN_PROSE) return pages.from(titled).source;
  // Only a sheet whose first lines outside its tables title a 说明 is read in full.
  const packaged = byProse(
    workbook.sheets
      .filter((s) => areas.has(s.name) && titledAsNarrative(pages.head(s)))
      .map((sheet) => ({ sheet, cells: pages.cells(sheet) })),
  )[0];
  if (packaged && packaged.score >= MIN_PROSE) return pages.from(packaged).source;
  // A 说明 whose first page alone is too short: its title page, the text on the pages (parts) after it.
  const start = workbook.sheets.find((s) => (GENERIC_NAME.test(s.name.trim()) || seriesPart(s.name)) && titledAsNarrative(pages.head(s)));
  const spread = start && pages.from({ sheet: start, cells: pages.cells(start) });
  return spread && spread.source.sheets && spread.prose >= MIN_PROSE ? spread.source : undefined;
}

/** The title of a 部门整体支出绩效自评情况 (Yunnan) or a 部门整体绩效评价报告: the package's other prose. */
const SELF_EVALUATION_TITLE = /部门整体(支出)?绩效(自评|评价)(情况|报告)$/;

/**
 * The 部门整体支出绩效自评情况 a workbook holds on a sheet titled so in its first lines (outside any table or
 * form): prose that restates the year's amounts — 收入, “三公”经费, 执行率 — and is checked against the
 * tables for them, as a 说明 is. Never taken for the 说明 (its 一、部门基本情况 (一) 部门概况 reads like one).
 */
export function declaredSelfEvaluationText(workbook: Workbook, around: NarrativeSurroundings): NarrativeSource | undefined {
  const areas = tableAreas(around.tables, around.unrecognized ?? []);
  addFormAreas(workbook, around.forms ?? [], areas);
  const pages = new Pages(workbook, areas);
  // Titles first: the whole text of every sheet of a batch had been read to look at its first six lines.
  const titled = workbook.sheets
    .filter((sheet) => titleLines(pages.head(sheet)).some((t) => SELF_EVALUATION_TITLE.test(t)))
    .map((sheet) => ({ sheet, cells: pages.cells(sheet) }));
  const best = byProse(titled)[0];
  return best && best.score >= MIN_PROSE ? toSource(best.sheet, best.cells) : undefined;
}

/** A name a converter or Excel gives (Sheet3, Page 14, Table 2, 第14页): the sheets' order is then the pages' order. */
const GENERIC_NAME = /^(sheet|page|table|工作表|第)\s*\d+\s*页?$/i;

/**
 * The sheets as pages of one 说明: on a generically named sheet (a PDF converted a page per sheet) it
 * runs on over the generically named sheets after it, on a numbered part (说明1, 附件2-1) over the
 * next parts (说明2, 附件2-2) — their text outside any table or 绩效自评 form — to the first sheet
 * named otherwise or titled like instructions (填报说明).
 */
class Pages {
  private readonly heads = new Map<Sheet, TextCell[]>();

  constructor(
    private readonly workbook: Workbook,
    private readonly areas: Map<string, Area[]>,
  ) {}

  cells(sheet: Sheet): TextCell[] {
    return textCells(sheet, this.areas.get(sheet.name));
  }

  /** A sheet's first lines outside its tables (asked of one sheet by several steps: read once). */
  head(sheet: Sheet): TextCell[] {
    let head = this.heads.get(sheet);
    if (!head) this.heads.set(sheet, (head = textCells(sheet, this.areas.get(sheet.name), TITLE_LINES)));
    return head;
  }

  /**
   * The 说明 on this sheet and the pages it runs on over, with how much prose it holds; on a numbered
   * part (附件2-2), from its first part (附件2-1: the part with the most prose may be any).
   */
  from(found: { sheet: Sheet; cells: TextCell[] }): { source: NarrativeSource; prose: number } {
    const sheets = this.workbook.sheets;
    let at = sheets.indexOf(found.sheet);
    const generic = GENERIC_NAME.test(found.sheet.name.trim());
    const goesOn = (prev: Sheet, next: Sheet) => (generic ? GENERIC_NAME.test(next.name.trim()) : continuesSeries(prev.name, next.name));
    if (!generic) while (at > 0 && goesOn(sheets[at - 1], sheets[at]) && !titledAsInstructions(this.head(sheets[at - 1]))) at--;
    const first = sheets[at] === found.sheet ? found : { sheet: sheets[at], cells: this.cells(sheets[at]) };
    const pages = [first];
    for (let i = at + 1; i < sheets.length && goesOn(sheets[i - 1], sheets[i]) && !titledAsInstructions(this.head(sheets[i])); i++) {
      const cells = this.cells(sheets[i]);
      if (cells.length) pages.push({ sheet: sheets[i], cells });
    }
    return { source: pagesSource(pages), prose: proseScore(pages.flatMap((p) => p.cells)) };
  }
}

/**
 * The 说明 for `lint-narrative`: the sheet named `name` (all of it), else the declared one, else the
 * table-free sheet holding the most prose (at least a few sentences; sheets of the 公开表 are left out,
 * their notes read as prose).
 */
export function findNarrative(workbook: Workbook, around: NarrativeSurroundings, name?: string): NarrativeSource | undefined {
  if (name) {
    const sheet = workbook.sheets.find((s) => s.name === name);
    return sheet && toSource(sheet, textCells(sheet));
  }
  const declared = declaredNarrative(workbook, around);
  if (declared) return declared;
  const busy = new Set([...tableAreas(around.tables, []).keys(), ...(around.forms ?? []).map((f) => f.sheet)]);
  const ranked = byProse(workbook.sheets.filter((s) => !busy.has(s.name) && !NOT_NARRATIVE.test(s.name)).map((sheet) => ({ sheet, cells: textCells(sheet) })));
  return ranked[0] && ranked[0].score >= MIN_PROSE ? toSource(ranked[0].sheet, ranked[0].cells) : undefined;
}
