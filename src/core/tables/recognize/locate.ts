import { normalized as normalizeLabel } from '../../classification/normalized';
import type { SheetView } from '../sheet-view';
import { bareTitle, tableNumberOf } from '../labels';
import { type TitleMatch, isListLine, matchTitle } from '../schema';
import { memoByText } from '../../memo';
import { SEPARATOR_ROWS } from './lanes';
import { INVISIBLE } from '../../numbers/normalize';

/** A title and/or 公开编号 that starts a table on a sheet. */
export interface TableStart {
  /** First row of the table (title or number, whichever is higher). */
  top: number;
  titleRow?: number;
  /** Column of the title, or of the 公开编号 when it stands alone: where the table sits across the sheet. */
  titleCol?: number;
  title?: string;
  match?: TitleMatch;
  number?: number;
  numberRow?: number;
  /** Title text that looks like a 决算 table but matches no schema. */
  unknownTitle?: boolean;
}

/** A 科目编码 header cell: evidence of a table even without a title. */
export interface HeaderHint {
  row: number;
  col: number;
}

export interface SheetScan {
  starts: TableStart[];
  hints: HeaderHint[];
}

const LOOKS_LIKE_TABLE_TITLE = /决算(总|明细)?表$|(三公|资产|采购|购买服务|机关运行).{0,20}情况表$/;
/** '2023年度部门决算表', '部门决算公开表': a heading over the whole set, not one table. */
const SECTION_HEADING = /部门决算(公开)?(总)?表$|^决算表$/;
/** How far a 公开编号 may sit from its title (rows). */
const NUMBER_WINDOW = 6;

/** What a cell with 表 or 码 in it says about table starts. */
interface TitleCell {
  number?: number;
  /** A 科目编码 header. */
  hint: boolean;
  match?: TitleMatch;
  /** Looks like a 决算 table title but matches no schema. */
  unknownTitle: boolean;
}

/** Remembered by text: every unit of a batch prints the same titles and numbers. */
const readTitleCell = memoByText((v: string): TitleCell => {
  const number = tableNumberOf(v);
  const bare = bareTitle(v);
  const hint = v.length < 30 && /科目编码|科目代码/.test(v.replace(INVISIBLE, ''));
  if (!bare || /^(注|说明)/.test(bare) || bare.length > 60 || isListLine(bare)) return { number, hint, unknownTitle: false };
  const match = matchTitle(bare);
  if (match) return { number, hint, match, unknownTitle: false };
  const unknownTitle = LOOKS_LIKE_TABLE_TITLE.test(normalizeLabel(bare)) && !SECTION_HEADING.test(normalizeLabel(bare));
  return { number, hint, unknownTitle };
});

/** One pass over the sheet's cells; only short texts are tested against title patterns. */
export function scanSheet(view: SheetView): SheetScan {
  const titles: TableStart[] = [];
  const numbers: TableNumber[] = [];
  const hints: HeaderHint[] = [];
  const rows = view.sheet.rows;
  for (let r = 0; r < rows.length; r++) {
    const line = rows[r];
    if (!line) continue;
    for (let c = 0; c < line.length; c++) {
      const v = line[c]?.value;
      if (typeof v !== 'string' || v.length < 3 || v.length > 100) continue;
      if (!v.includes('表') && !v.includes('码')) continue;
      // A merged title unmerged with its text filled into every cell (WPS 取消合并并填充) is one title.
      if (c > 0 && line[c - 1]?.value === v) continue;
      const cell = readTitleCell(v);
      if (cell.number !== undefined) numbers.push({ row: r, col: c, number: cell.number });
      if (cell.hint) hints.push({ row: r, col: c });
      if (cell.match) titles.push({ top: r, titleRow: r, titleCol: c, title: v.trim(), match: cell.match, number: cell.number });
      else if (cell.unknownTitle) titles.push({ top: r, titleRow: r, titleCol: c, title: v.trim(), unknownTitle: true, number: cell.number });
    }
  }
  const starts = pairNumbers(view, titles, numbers);
  if (!starts.length) {
    const fromName = startFromSheetName(view);
    if (fromName) starts.push(fromName);
  }
  return { starts, hints };
}

/**
 * A sheet without any title or 公开编号 but named after a table ('公开02表', '收入决算表'): the
 * officer deleted the title rows; the table starts at the first row with content.
 */
function startFromSheetName(view: SheetView): TableStart | undefined {
  const number = tableNumberOf(view.name);
  const match = matchTitle(bareTitle(view.name));
  if (number === undefined && !match) return undefined;
  for (let r = 0; r < view.rowCount; r++) if (view.rowHasContent(r)) return { top: r, match, number, numberRow: number !== undefined ? r : undefined };
  return undefined;
}

interface TableNumber {
  row: number;
  col: number;
  number: number;
}

/**
 * Attaches each 公开编号 to the nearest title within a few rows; a lone number starts a table itself.
 * With tables side by side, only titles on the number's side count (see `titlesBeside`).
 */
function pairNumbers(view: SheetView, titles: TableStart[], numbers: TableNumber[]): TableStart[] {
  const starts = titles.map((t) => ({ ...t }));
  for (const n of numbers) {
    if (starts.some((s) => s.titleRow === n.row && s.number === n.number)) continue;
    const candidates = titlesBeside(view, n, starts, numbers);
    let best: TableStart | undefined;
    let bestDist = Infinity;
    for (const s of candidates) {
      if (s.number !== undefined) continue;
      const d = n.row - s.titleRow!;
      // Prefer a title above the number (the usual print order); one below is allowed too.
      const dist = d >= 0 ? d : -d + 0.5;
      if (Math.abs(d) <= NUMBER_WINDOW && dist < bestDist) {
        best = s;
        bestDist = dist;
      }
    }
    if (best && !titleBetween(candidates, best, n.row)) {
      best.number = n.number;
      best.numberRow = n.row;
      best.top = Math.min(best.top, n.row);
    } else starts.push({ top: n.row, number: n.number, numberRow: n.row, titleCol: n.col });
  }
  return starts.sort((a, b) => a.top - b.top);
}

/**
 * The starts a number may belong to. When tables stand side by side (titles or numbers in different
 * columns nearby), not the titles across the empty column between tables, and, for tables touching
 * column to column, only the nearest title at or left of the number.
 */
function titlesBeside(view: SheetView, n: TableNumber, starts: TableStart[], numbers: TableNumber[]): TableStart[] {
  const near = (s: TableStart) => s.titleRow !== undefined && Math.abs(n.row - s.titleRow) <= NUMBER_WINDOW;
  const titled = starts.filter(near);
  const sideBySide =
    titled.some((s) => s.titleCol !== titled[0].titleCol) ||
    numbers.some((o) => o !== n && Math.abs(o.row - n.row) <= NUMBER_WINDOW && Math.abs(o.col - n.col) >= 2);
  if (!sideBySide) return starts;
  const sameSide = starts.filter((s) => s.titleRow === undefined || !splitByEmptyColumn(view, n, s));
  const leftOf = sameSide.filter((s) => near(s) && s.number === undefined && s.titleCol! <= n.col);
  if (!leftOf.length) return sameSide;
  const col = Math.max(...leftOf.map((s) => s.titleCol!));
  return sameSide.filter((s) => !near(s) || s.titleCol === col);
}

/** Whether a column with nothing in it runs between the number and the title: they belong to tables side by side. */
function splitByEmptyColumn(view: SheetView, n: TableNumber, s: TableStart): boolean {
  const top = Math.min(n.row, s.titleRow!);
  const bottom = Math.min(view.rowCount - 1, Math.max(n.row, s.titleRow!) + SEPARATOR_ROWS);
  const [from, to] = n.col < s.titleCol! ? [n.col + 1, s.titleCol! - 1] : [s.titleCol! + 1, n.col - 1];
  for (let c = from; c <= to; c++) if (view.isColumnEmpty(c, top, bottom)) return true;
  return false;
}

function titleBetween(starts: TableStart[], s: TableStart, row: number): boolean {
  const lo = Math.min(s.titleRow!, row);
  const hi = Math.max(s.titleRow!, row);
  return starts.some((o) => o !== s && o.titleRow !== undefined && o.titleRow > lo && o.titleRow < hi);
}
