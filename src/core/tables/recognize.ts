import { type Workbook, hiddenSheetNames } from '../model/workbook';
import { rangeA1 } from '../model/address';
import { SheetView } from './sheet-view';
import type { Recognition, RecognizedTable, UnrecognizedTable } from './types';
import { type HeaderHint, type SheetScan, type TableStart, scanSheet } from './recognize/locate';
import { blockColumns } from './recognize/band';
import { recognizeBlock } from './recognize/table';
import { detectFamily } from './recognize/family';
import { continuesOnNextPage, isContinuation, mergeContinuation, removePart, repeatsRows, supersededPart } from './recognize/continuation';
import { tableLanes } from './recognize/lanes';
import { setAsideHiddenCopies } from './recognize/hidden-copies';
import { listedStarts } from './recognize/contents';
import { printedName } from './labels';

/**
 * Finds every standard table in the workbook: any sheet (hidden ones too, but a hidden copy of a
 * visible table is set aside), any offset, one or several tables per sheet. Tables are found by
 * title and/or 公开编号; a region that looks like a 决算 table but cannot be read is listed in
 * `unrecognized` with the reason.
 * Cost is linear in the number of cells: one scan per sheet, then each table's own block.
 */
export function recognizeTables(workbook: Workbook): Recognition {
  const scans = workbook.sheets.map((sheet) => {
    const view = new SheetView(sheet);
    return { view, scan: withoutListedTitles(scanSheet(view)) };
  });
  const family = detectFamily(scans.flatMap((s) => s.scan.starts));
  const tables: RecognizedTable[] = [];
  const unrecognized: UnrecognizedTable[] = [];
  const hiddenSheets = hiddenSheetNames(workbook);
  for (const { view, scan } of scans) {
    const { starts, hints } = scan;
    const covered: [number, number][] = [];
    const lanes = tableLanes(view, starts);
    starts.forEach((start, i) => {
      const lane = lanes[i];
      const limit = lane.limit;
      const { left, right } = blockColumns(view, start.top, limit, lane.left, lane.right);
      const res = recognizeBlock({ view, top: start.top, limit, left, right }, start, family);
      if ('table' in res) {
        const previous = lastOf(tables, res.table.id);
        const continued =
          previous && (isContinuation(view, start, limit, lane) || continuesOnNextPage(view, previous, res.table)) ? previous : undefined;
        if (continued && repeatsRows(continued, res.table)) {
          // A copy of a '（续）' part: the visible, newer one of the two is read, the other listed.
          const superseded = supersededPart(continued, res.table, hiddenSheets);
          const removed = superseded ? removePart(continued, superseded) : undefined;
          if (superseded) mergeContinuation(continued, res.table);
          unrecognized.push(repeatedPart(continued, superseded ? { sheet: superseded, range: removed?.range, title: res.table.title } : res.table));
        } else if (continued) mergeContinuation(continued, res.table);
        else tables.push(res.table);
        covered.push([res.table.top, res.table.bottom]);
      } else {
        covered.push([start.top, limit]);
        const bottom = lastContentRow(view, start.top, limit);
        unrecognized.push({ sheet: view.name, range: rangeA1(start.top, left, bottom, right), title: start.title && printedName(start.title), reason: res.reason });
      }
    });
    for (const h of orphanHints(hints, covered)) {
      unrecognized.push({ sheet: view.name, range: rangeA1(h.row, h.col, h.row, h.col), reason: '这里有“科目编码”表头，但上方没有可识别的决算表名（请保留表名或“公开××表”编号）' });
    }
  }
  const checked = setAsideHiddenCopies(tables, hiddenSheets);
  unrecognized.push(...checked.setAside);
  return { tables: checked.tables, unrecognized, family: checked.tables.length ? family : undefined };
}

/** Titles listed in a 目录 are not tables: left out of the family vote and of recognition, not reported as unreadable. */
function withoutListedTitles(scan: SheetScan): SheetScan {
  const listed = listedStarts(scan.starts);
  return listed.size ? { ...scan, starts: scan.starts.filter((s) => !listed.has(s)) } : scan;
}

/** A '（续）' block repeating rows already read: a copy of the continuation, listed as not checked. */
function repeatedPart(table: RecognizedTable, part: Pick<UnrecognizedTable, 'sheet' | 'range' | 'title'>): UnrecognizedTable {
  return {
    sheet: part.sheet,
    range: part.range,
    title: part.title,
    reason: `其中各行与已读到的${table.label}（${[table.sheet, ...(table.continuedOn ?? []).map((c) => c.sheet)].join('、')}）重复，视为续表的副本，未检查`,
    setAside: true,
  };
}

/** The latest table with this id: the one a '(续)' block or the next printed page continues. */
function lastOf(tables: RecognizedTable[], id: RecognizedTable['id']): RecognizedTable | undefined {
  for (let i = tables.length - 1; i >= 0; i--) if (tables[i].id === id) return tables[i];
  return undefined;
}

function lastContentRow(view: SheetView, top: number, limit: number): number {
  for (let r = limit; r > top; r--) if (view.rowHasContent(r)) return r;
  return top;
}

/** 科目编码 headers outside every table found; one report per group of nearby rows. */
function orphanHints(hints: HeaderHint[], covered: [number, number][]): HeaderHint[] {
  const out: HeaderHint[] = [];
  for (const h of hints) {
    if (covered.some(([a, b]) => h.row >= a && h.row <= b)) continue;
    if (out.some((o) => Math.abs(o.row - h.row) <= 5)) continue;
    out.push(h);
  }
  return out;
}

export type { TableStart };
