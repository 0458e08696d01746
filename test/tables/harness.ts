/** Reading fixture workbooks once per test file, and comparing what recognition maps. */
import { readWorkbookFile } from '../../src/io/exceljs-reader';
import type { Workbook } from '../../src/core/model/workbook';
import { cellAt } from '../../src/core/model/workbook';
import { parseCell } from '../../src/core/numbers/parse';
import { recognizeTables } from '../../src/core/tables/recognize';
import type { RecognizedTable, Recognition, TableRow } from '../../src/core/tables/types';
import { fixturePath } from '../fixtures/registry';

const cache = new Map<string, Promise<Workbook>>();

export function loadFixture(file: string): Promise<Workbook> {
  let p = cache.get(file);
  if (!p) cache.set(file, (p = readWorkbookFile(fixturePath(file))));
  return p;
}

export async function recognizeFixture(file: string): Promise<{ workbook: Workbook; recognition: Recognition }> {
  const workbook = await loadFixture(file);
  return { workbook, recognition: recognizeTables(workbook) };
}

/** Identity of a logical row independent of layout: key or code, panel for two-sided tables, occurrence. */
export function rowId(row: TableRow, seen: Map<string, number>): string {
  const base = `${row.key ?? ''}|${row.code ?? ''}|${row.level ?? ''}|${row.key === 'exp.class' && !row.code ? row.name : ''}`;
  const n = seen.get(base) ?? 0;
  seen.set(base, n + 1);
  return `${base}#${n}`;
}

/** Every mapped amount of a table as printed text with 2 decimals ('' for an empty cell). */
export function valuesOf(wb: Workbook, t: RecognizedTable): Map<string, string> {
  const out = new Map<string, string>();
  const seen = new Map<string, number>();
  for (const row of t.rows) {
    const id = rowId(row, seen);
    for (const [key, ref] of Object.entries(row.cells)) {
      const sheet = wb.sheets.find((s) => s.name === ref.sheet)!;
      const p = parseCell(cellAt(sheet, ref.row, ref.col));
      out.set(`${id}/${key}`, p.kind === 'number' ? p.value.toFixed(2) : '');
    }
  }
  return out;
}

export function amountAt(wb: Workbook, t: RecognizedTable | undefined, find: (r: TableRow) => boolean, key: string): string | undefined {
  const row = t?.rows.find(find);
  const ref = row?.cells[key];
  if (!ref) return undefined;
  const sheet = wb.sheets.find((s) => s.name === ref.sheet)!;
  const p = parseCell(cellAt(sheet, ref.row, ref.col));
  return p.kind === 'number' ? p.value.toFixed(2) : '';
}
