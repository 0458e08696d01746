import ExcelJS from 'exceljs';
import type { Cell, CellRange, CellValue, Sheet, Workbook } from '../core/model/workbook';

/**
 * ExcelJS's documented option to pass over sheet parts: data validations, which the check never uses and
 * ExcelJS expands into one entry per cell of their range (over whole columns: minutes and gigabytes, or never done).
 */
export const READ_OPTIONS: Partial<ExcelJS.XlsxReadOptions> = { ignoreNodes: ['dataValidations'] };

/** Reads .xlsx bytes or a path into the core's workbook model. */
export async function readWorkbookFile(path: string): Promise<Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path, READ_OPTIONS);
  return fromExcelJS(wb, path);
}

export async function readWorkbookBuffer(data: Buffer | ArrayBuffer, source?: string): Promise<Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(data as ArrayBuffer, READ_OPTIONS);
  return fromExcelJS(wb, source);
}

function richTextToString(v: { richText: { text: string }[] }): string {
  return v.richText.map((r) => r.text).join('');
}

function toCell(c: ExcelJS.Cell): Cell | undefined {
  const v = c.value as unknown;
  if (v === null || v === undefined) return undefined;
  const numFmt = c.numFmt || undefined;
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return { value: v, numFmt };
  if (v instanceof Date) return { value: v.toISOString().slice(0, 10), numFmt };
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if ('richText' in o) return { value: richTextToString(o as { richText: { text: string }[] }), numFmt };
    if ('error' in o) return { value: null, error: String(o.error), numFmt };
    if ('formula' in o || 'sharedFormula' in o) {
      const result = o.result as unknown;
      const formula = (o.formula as string | undefined) ?? undefined;
      if (result && typeof result === 'object' && 'error' in (result as object)) {
        return { value: null, formula, error: String((result as { error: string }).error), numFmt };
      }
      let value: CellValue = null;
      if (typeof result === 'number' || typeof result === 'string' || typeof result === 'boolean') value = result;
      else if (result instanceof Date) value = result.toISOString().slice(0, 10);
      return { value, formula, numFmt };
    }
    if ('text' in o) return { value: String(o.text), numFmt }; // hyperlink
  }
  return { value: String(v), numFmt };
}

function parseMergeRef(ref: string): { top: number; left: number; bottom: number; right: number } | undefined {
  const m = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(ref);
  if (!m) return undefined;
  const col = (s: string) => [...s].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return { top: Number(m[2]) - 1, left: col(m[1]), bottom: Number(m[4]) - 1, right: col(m[3]) };
}

export function fromExcelJS(wb: ExcelJS.Workbook, source?: string): Workbook {
  const sheets: Sheet[] = [];
  wb.eachSheet((ws) => {
    const sheet: Sheet = { name: ws.name, hidden: ws.state !== 'visible', rows: [], merges: [] };
    ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      const line: (Cell | undefined)[] = [];
      row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
        // Slave cells of a merge repeat the master's value in ExcelJS; the model keeps them empty.
        if (cell.isMerged && cell.master !== cell) return;
        const c = toCell(cell);
        if (c) line[colNumber - 1] = c;
      });
      sheet.rows[rowNumber - 1] = line;
      if (row.hidden) (sheet.hiddenRows ??= []).push(rowNumber - 1);
    });
    (ws.columns ?? []).forEach((column, i) => {
      if (column.hidden) (sheet.hiddenCols ??= []).push(i);
    });
    const filter = autoFilterRange(ws.autoFilter);
    if (filter) sheet.autoFilter = filter;
    const merges = (ws.model as unknown as { merges?: string[] }).merges ?? [];
    for (const ref of merges) {
      const r = parseMergeRef(ref);
      if (r) sheet.merges.push(r);
    }
    for (let i = 0; i < sheet.rows.length; i++) if (!sheet.rows[i]) sheet.rows[i] = [];
    sheets.push(sheet);
  });
  return { sheets, source };
}

/** ExcelJS gives a sheet's AutoFilter as 'A3:K40' or { from, to } (addresses or { row, column }, 1-based). */
function autoFilterRange(filter: unknown): CellRange | undefined {
  if (!filter) return undefined;
  if (typeof filter === 'string') return parseMergeRef(filter);
  const { from, to } = filter as { from?: unknown; to?: unknown };
  const corner = (c: unknown) => (typeof c === 'string' ? parseMergeRef(`${c}:${c}`) : c && typeof c === 'object' ? { top: (c as { row: number }).row - 1, left: (c as { column: number }).column - 1 } : undefined);
  const a = corner(from);
  const b = corner(to);
  return a && b ? { top: a.top, left: a.left, bottom: b.top, right: b.left } : undefined;
}
