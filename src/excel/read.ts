import type { Cell, CellRange, Sheet, Workbook } from '../core/model/workbook';
import { setCell } from '../core/model/workbook';
import { parseRangeA1, rangeA1 } from '../core/model/address';
import { type Block, cellsPerSync, isPayloadError, planBlocks } from './payload';
import type { SyncCounter } from './sync-counter';
import type { Capabilities } from './types';
import { JOURNAL_SHEET } from './own-sheets';

export interface SheetInfo {
  name: string;
  visibility: string;
  protected: boolean;
}

export interface SheetList {
  sheets: SheetInfo[];
  /** Workbook structure protection: no sheet can be added or deleted. */
  structureProtected: boolean;
}

/** Sync 1: the worksheets with the only properties the add-in uses. */
export function queueSheetList(context: Excel.RequestContext): () => SheetList {
  const sheets = context.workbook.worksheets;
  sheets.load('items/name,items/visibility,items/protection/protected');
  const protection = context.workbook.protection;
  protection.load('protected');
  return () => ({
    sheets: sheets.items.map((s) => ({ name: s.name, visibility: String(s.visibility), protected: s.protection.protected })),
    structureProtected: protection.protected,
  });
}

export function hasSheet(list: SheetList, name: string): boolean {
  return list.sheets.some((s) => s.name === name);
}

/** One loaded rectangle of a sheet: Office.js arrays plus where they sit. */
interface LoadedBlock {
  sheet: string;
  top: number;
  left: number;
  values: unknown[][];
  formulas: unknown[][];
  numberFormat: unknown[][];
}

const ERROR_VALUE = /^#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|GETTING_DATA|SPILL!|CALC!|FIELD!|BLOCKED!|BUSY!|CONNECT!|UNKNOWN!)$/;

/** A date/time number format (tokens d m y h s outside quotes, brackets and escapes). */
export function isDateFormat(fmt: unknown): boolean {
  if (typeof fmt !== 'string' || /^(General|@)$/i.test(fmt)) return false;
  const bare = fmt.replace(/"[^"]*"|\[[^\]]*\]|\\.|_.|\*./g, '');
  return /[dmyhs]/i.test(bare);
}

/** Excel serial date → 'YYYY-MM-DD', as the ExcelJS reader gives dates (so CLI and add-in see the same text). */
function serialToIsoDate(serial: number): string {
  return new Date(Math.round((serial - 25569) * 86400000)).toISOString().slice(0, 10);
}

export function cellFromOffice(value: unknown, formula: unknown, numFmt: unknown): Cell | undefined {
  const hasFormula = typeof formula === 'string' && formula.startsWith('=');
  if (!hasFormula && (value === '' || value === null || value === undefined)) return undefined;
  const cell: Cell = { value: null };
  if (typeof value === 'string' && ERROR_VALUE.test(value)) cell.error = value;
  else if (typeof value === 'number' && isDateFormat(numFmt) && value > 0) cell.value = serialToIsoDate(value);
  else if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') cell.value = value === '' ? null : value;
  if (hasFormula) cell.formula = (formula as string).slice(1);
  if (typeof numFmt === 'string' && numFmt !== 'General') cell.numFmt = numFmt;
  return cell;
}

function addBlock(sheet: Sheet, b: LoadedBlock): void {
  b.values.forEach((line, r) =>
    line.forEach((v, c) => {
      const cell = cellFromOffice(v, b.formulas[r]?.[c], b.numberFormat[r]?.[c]);
      if (cell) setCell(sheet, b.top + r, b.left + c, cell);
    }),
  );
}

/** Sheet prefixes of a RangeAreas address ('My, Sheet'!, Sheet1!): removed first, since a quoted name may hold a comma. */
const SHEET_PREFIX = /(?:'(?:[^']|'')*'|[^,'!]+)!/g;

export function parseAreas(address: string | undefined): CellRange[] {
  if (!address) return [];
  return address
    .replace(SHEET_PREFIX, '')
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => parseRangeA1(part));
}

/**
 * Hidden rows and columns of a used range, from the areas of its visible cells: a row (column) of
 * the range that no visible area spans is hidden. `visible` undefined = no cell of the range is
 * visible: every row counts as hidden.
 */
export function hiddenLinesOf(used: CellRange, visible: CellRange[] | undefined): { rows: number[]; cols: number[] } {
  return {
    rows: uncovered(used.top, used.bottom, visible?.map((a) => [a.top, a.bottom]) ?? []),
    cols: visible ? uncovered(used.left, used.right, visible.map((a) => [a.left, a.right])) : [],
  };
}

/**
 * Indexes from..to that no span covers. Linear in the range: Excel gives visible cells as runs of
 * rows × runs of columns, so each run repeats once per run of the other kind — marked once each.
 */
function uncovered(from: number, to: number, spans: [number, number][]): number[] {
  const covered = new Uint8Array(to - from + 1);
  const seen = new Set<string>();
  for (const [a, b] of spans) {
    const key = `${a},${b}`;
    if (seen.has(key)) continue;
    seen.add(key);
    covered.fill(1, Math.max(a, from) - from, Math.min(b, to) - from + 1);
  }
  const out: number[] = [];
  for (let i = 0; i < covered.length; i++) if (!covered[i]) out.push(from + i);
  return out;
}

export interface SheetReadOptions {
  caps: Capabilities;
  /** Payload budget in bytes (tests lower it to exercise splitting). */
  payloadLimit?: number;
  /**
   * Extra reads to ride along in the first sync that succeeds (comment locations, journal); returns the
   * function that collects their results after that sync.
   */
  alsoQueue?: () => () => void;
}

/** Sheets the check reads: every sheet except the add-in's own hidden store. */
export function checkedSheets(list: SheetList): SheetInfo[] {
  return list.sheets.filter((s) => s.name !== JOURNAL_SHEET);
}

/**
 * Sync 2: every used range's values / numberFormat / formulas / address at once, plus merged areas
 * where ExcelApi 1.13 exists and visible cells (hidden rows and columns) where 1.9 does. Falls back
 * to row blocks over several syncs when Excel refuses the size.
 */
export async function readSheets(
  context: Excel.RequestContext,
  sheets: SheetInfo[],
  counter: SyncCounter,
  opts: SheetReadOptions,
): Promise<Sheet[]> {
  const model: Sheet[] = sheets.map((s) => ({ name: s.name, hidden: s.visibility !== 'Visible', rows: [], merges: [] }));
  const ws = (name: string) => context.workbook.worksheets.getItem(name);
  const queueMerges = () =>
    opts.caps.mergedAreas
      ? sheets.map((s) => {
          const areas = ws(s.name).getRange().getMergedAreasOrNullObject();
          areas.load('address');
          return areas;
        })
      : [];
  // Hidden rows and columns: the visible cells of each used range (getUsedRange gives A1 on an empty sheet, never a null object).
  let askVisibility = opts.caps.visibleCells;
  const queueVisibility = () =>
    askVisibility
      ? sheets.map((s) => {
          const used = ws(s.name).getUsedRange(true);
          used.load('address');
          const visible = used.getSpecialCellsOrNullObject('Visible');
          visible.load('address');
          // Same API set (1.9): rows hidden inside an AutoFilter are filtered out, and say so.
          const filter = ws(s.name).autoFilter.getRangeOrNullObject();
          filter.load('address');
          return { used, visible, filter };
        })
      : [];
  // Merged areas, visibility and the caller's extra loads ride along with whichever sync reads the sheets.
  const syncWithMergesAndExtras = async () => {
    const merges = queueMerges();
    const visibility = queueVisibility();
    const extras = opts.alsoQueue?.();
    await counter.sync(context);
    extras?.();
    merges.forEach((a, i) => {
      if (!a.isNullObject) model[i].merges = parseAreas(a.address);
    });
    visibility.forEach(({ used, visible, filter }, i) => {
      const hidden = hiddenLinesOf(parseRangeA1(used.address), visible.isNullObject ? undefined : parseAreas(visible.address));
      if (hidden.rows.length) model[i].hiddenRows = hidden.rows;
      if (hidden.cols.length) model[i].hiddenCols = hidden.cols;
      const filtered = filter.isNullObject ? undefined : parseAreas(filter.address)[0];
      if (filtered) model[i].autoFilter = filtered;
    });
  };

  // Excel may refuse the visible cells of a range cut into too many areas: that batch is lost, so it is queued again without them.
  const withoutVisibilityIfRefused = async <T>(read: () => Promise<T>): Promise<T> => {
    try {
      return await read();
    } catch (e) {
      if (!askVisibility || isPayloadError(e)) throw e;
      askVisibility = false;
      return read();
    }
  };

  try {
    await withoutVisibilityIfRefused(async () => {
      const used = sheets.map((s) => {
        const r = ws(s.name).getUsedRangeOrNullObject(true);
        r.load('address,values,formulas,numberFormat');
        return r;
      });
      await syncWithMergesAndExtras();
      used.forEach((r, i) => {
        if (r.isNullObject) return;
        const at = parseRangeA1(r.address);
        addBlock(model[i], { sheet: sheets[i].name, top: at.top, left: at.left, values: r.values, formulas: r.formulas, numberFormat: r.numberFormat });
      });
    });
    return model;
  } catch (e) {
    if (!isPayloadError(e)) throw e;
  }

  // Too large for one request: learn the sizes, then load row blocks sync by sync.
  const dims = await withoutVisibilityIfRefused(async () => {
    const used = sheets.map((s) => {
      const r = ws(s.name).getUsedRangeOrNullObject(true);
      r.load('address');
      return r;
    });
    await syncWithMergesAndExtras();
    return used;
  });
  const ranges: Block[] = [];
  dims.forEach((r, i) => {
    if (r.isNullObject) return;
    ranges.push({ sheet: sheets[i].name, ...parseRangeA1(r.address) });
  });
  const index = new Map(sheets.map((s, i) => [s.name, i]));
  for (const group of planBlocks(ranges, cellsPerSync(opts.payloadLimit))) {
    const loads = group.map((b) => {
      const r = ws(b.sheet).getRange(rangeA1(b.top, b.left, b.bottom, b.right));
      r.load('values,formulas,numberFormat');
      return { b, r };
    });
    await counter.sync(context);
    for (const { b, r } of loads) {
      addBlock(model[index.get(b.sheet)!], { sheet: b.sheet, top: b.top, left: b.left, values: r.values, formulas: r.formulas, numberFormat: r.numberFormat });
    }
  }
  return model;
}

export function workbookOf(sheets: Sheet[], source?: string): Workbook {
  for (const s of sheets) for (let i = 0; i < s.rows.length; i++) if (!s.rows[i]) s.rows[i] = [];
  return { sheets, source };
}
