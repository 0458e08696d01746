import type { Cell, CellRange, Sheet, Workbook } from '../../src/core/model/workbook';
import { setCell } from '../../src/core/model/workbook';

/** One cell as Excel holds it: a value ('' when empty), maybe a formula ('=…'), format and fill. */
export interface SimCell {
  value: string | number | boolean;
  formula?: string;
  numFmt?: string;
  /** Fill colour '#RRGGBB'; absent = no fill. */
  fill?: string;
}

export type Visibility = 'Visible' | 'Hidden' | 'VeryHidden';

export interface SimSheet {
  id: string;
  name: string;
  visibility: Visibility;
  protected: boolean;
  cells: Map<string, SimCell>;
  merges: CellRange[];
  /** Hidden rows and columns (0-based); absent = none. */
  hiddenRows?: Set<number>;
  hiddenCols?: Set<number>;
  /** The AutoFilter's range; absent = no AutoFilter. */
  autoFilter?: CellRange;
}

export interface SimReply {
  id: string;
  content: string;
  authorName: string;
  authorEmail: string;
  creationDate: string;
}

export interface SimComment extends SimReply {
  sheetId: string;
  row: number;
  col: number;
  resolved: boolean;
  replies: SimReply[];
}

export interface SimWorkbook {
  sheets: SimSheet[];
  comments: SimComment[];
  structureProtected: boolean;
  activeSheetId?: string;
  selection?: { sheetId: string; address: string };
  nextId: number;
}

export const key = (row: number, col: number) => `${row},${col}`;
export const unkey = (k: string) => {
  const [row, col] = k.split(',').map(Number);
  return { row, col };
};

export function newId(wb: SimWorkbook, prefix: string): string {
  wb.nextId++;
  return `${prefix}${wb.nextId}`;
}

function cellFromModel(c: Cell): SimCell {
  const value = c.error ?? (c.value === null || c.value === undefined ? '' : c.value);
  const out: SimCell = { value };
  if (c.formula !== undefined) out.formula = `=${c.formula}`;
  if (c.numFmt && c.numFmt !== 'General') out.numFmt = c.numFmt;
  return out;
}

/** Loads the core model (e.g. from readWorkbookFile) as an open Excel workbook. */
export function fromModel(model: Workbook): SimWorkbook {
  const wb: SimWorkbook = { sheets: [], comments: [], structureProtected: false, nextId: 0 };
  for (const s of model.sheets) {
    const sheet: SimSheet = {
      id: newId(wb, 'sheet'),
      name: s.name,
      visibility: s.hidden ? 'Hidden' : 'Visible',
      protected: false,
      cells: new Map(),
      merges: s.merges.map((m) => ({ ...m })),
      ...hiddenLinesOf(s),
      ...(s.autoFilter ? { autoFilter: { ...s.autoFilter } } : {}),
    };
    s.rows.forEach((line, r) =>
      line?.forEach((c, col) => {
        if (c) sheet.cells.set(key(r, col), cellFromModel(c));
      }),
    );
    wb.sheets.push(sheet);
  }
  wb.activeSheetId = wb.sheets.find((s) => s.visibility === 'Visible')?.id;
  return wb;
}

function hiddenLinesOf(s: { hiddenRows?: number[]; hiddenCols?: number[] }): Pick<SimSheet, 'hiddenRows' | 'hiddenCols'> {
  return {
    ...(s.hiddenRows?.length ? { hiddenRows: new Set(s.hiddenRows) } : {}),
    ...(s.hiddenCols?.length ? { hiddenCols: new Set(s.hiddenCols) } : {}),
  };
}

const sorted = (lines: Set<number> | undefined) => (lines?.size ? { lines: [...lines].sort((a, b) => a - b) } : undefined);

const ERROR = /^#[A-Z0-9/!?]+[!?A]$/;

/** The open workbook back as the core model (what the CLI would read from the saved file). */
export function toModel(wb: SimWorkbook): Workbook {
  return {
    sheets: wb.sheets.map((s) => {
      const sheet: Sheet = { name: s.name, hidden: s.visibility !== 'Visible', rows: [], merges: s.merges.map((m) => ({ ...m })) };
      const rows = sorted(s.hiddenRows);
      const cols = sorted(s.hiddenCols);
      if (rows) sheet.hiddenRows = rows.lines;
      if (cols) sheet.hiddenCols = cols.lines;
      if (s.autoFilter) sheet.autoFilter = { ...s.autoFilter };
      for (const [k, c] of s.cells) {
        if (c.value === '' && !c.formula) continue;
        const { row, col } = unkey(k);
        const cell: Cell = { value: c.value === '' ? null : c.value };
        if (typeof c.value === 'string' && ERROR.test(c.value)) {
          cell.value = null;
          cell.error = c.value;
        }
        if (c.formula) cell.formula = c.formula.slice(1);
        if (c.numFmt) cell.numFmt = c.numFmt;
        setCell(sheet, row, col, cell);
      }
      for (let i = 0; i < sheet.rows.length; i++) if (!sheet.rows[i]) sheet.rows[i] = [];
      return sheet;
    }),
  };
}

export function save(wb: SimWorkbook): string {
  const file = {
    sheets: wb.sheets.map((s) => ({
      name: s.name,
      visibility: s.visibility,
      protected: s.protected,
      cells: [...s.cells].map(([k, c]) => {
        const { row, col } = unkey(k);
        return [row, col, { ...c }];
      }),
      merges: s.merges,
      hiddenRows: sorted(s.hiddenRows)?.lines,
      hiddenCols: sorted(s.hiddenCols)?.lines,
      autoFilter: s.autoFilter,
    })),
    comments: wb.comments.map(({ sheetId, ...c }) => ({ ...c, sheet: wb.sheets.find((s) => s.id === sheetId)!.name })),
    structureProtected: wb.structureProtected,
  };
  return JSON.stringify(file);
}

/** Reopens a saved file: new ids, like Excel after a restart. */
export function open(json: string): SimWorkbook {
  const file = JSON.parse(json) as {
    sheets: { name: string; visibility: Visibility; protected: boolean; cells: [number, number, SimCell][]; merges: CellRange[]; hiddenRows?: number[]; hiddenCols?: number[]; autoFilter?: CellRange }[];
    comments: (Omit<SimComment, 'sheetId'> & { sheet: string })[];
    structureProtected: boolean;
  };
  const wb: SimWorkbook = { sheets: [], comments: [], structureProtected: file.structureProtected, nextId: 1000 };
  for (const s of file.sheets) {
    wb.sheets.push({
      id: newId(wb, 'sheet'),
      name: s.name,
      visibility: s.visibility,
      protected: s.protected,
      cells: new Map(s.cells.map(([r, c, cell]) => [key(r, c), { ...cell }])),
      merges: s.merges,
      ...hiddenLinesOf(s),
      ...(s.autoFilter ? { autoFilter: s.autoFilter } : {}),
    });
  }
  for (const { sheet, ...c } of file.comments) {
    wb.comments.push({ ...c, sheetId: wb.sheets.find((s) => s.name === sheet)!.id, replies: c.replies.map((r) => ({ ...r })) });
  }
  wb.activeSheetId = wb.sheets.find((s) => s.visibility === 'Visible')?.id;
  return wb;
}
