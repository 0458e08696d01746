import { normalized as normalizeLabel } from '../../classification/normalized';
import { functionalClassByName } from '../../classification';
import { parseCell } from '../../numbers/parse';
import { rangeA1 } from '../../model/address';
import { type TableSchema, schemaByNumber } from '../schema';
import { departmentOf, unitOf, yearOf, fiscalYearOf, bareTitle, printedName, rowLabelKey, sheetYearOf, isLastYearSheetName } from '../labels';
import type { RecognizedTable, TableFamily, TableRow, Unit } from '../types';
import { type Block, findColNoRow, findHeaderStart, findTail, isTokenRow } from './band';
import { HeaderRows } from './page-break';
import { classifiedRows, leadingCode } from './rows-classified';
import { fixedRows } from './rows-fixed';
import { econRows } from './rows-econ';
import type { TableStart } from './locate';
import { horizontalSangong } from './horizontal';
import { headerLayout } from './header-layout';
import { memoByText } from '../../memo';
import { compactCode } from './code-text';
import { halfWidthDigits } from '../../numbers/normalize';

export type BlockResult = { table: RecognizedTable } | { reason: string; bottom: number };

/** Why a header band could not be read, in the officer's words. */
const FAILURE = { columns: '找不到金额栏', econ: '找不到“科目编码”栏', fixed: '找不到“项目”栏或金额栏' } as const;

/** How many rows below the header start the first data row may be. */
const MAX_HEADER_ROWS = 12;

/** The title as printed, without a 公开编号 or (续) written in the same cell, nor line breaks or spread-out spaces typed inside it. */
const displayTitle = memoByText((text: string): string => {
  const t = printedName(text).replace(/公开\s*\d{1,2}\s*表[:：、.]?/g, '').replace(/[（(]续[)）]$/, '').trim();
  return t || bareTitle(text);
});

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

/** First data row when no 栏次 row ends the header. */
function guessDataStart(b: Block, schema: TableSchema, from: number): number | undefined {
  const to = Math.min(b.limit, from + MAX_HEADER_ROWS);
  // A 合计 row alone on its line with no amounts: the first data row of an empty table (公开08 with no fund).
  let emptyTotal: number | undefined;
  for (let r = from + 1; r <= to; r++) {
    const texts = b.view.rowTexts(r, b.left, b.right);
    if (!texts.length) continue;
    if (schema.kind === 'econ-panels') {
      // A 类 (301) or, on a continued page, a 款 (30224).
      if (texts.some(([, t]) => /^3\d{2}(\d{2})?$/.test(compactCode(t)))) return r;
      continue;
    }
    if (schema.kind === 'classified') {
      const lead = texts.filter(([c]) => c <= b.left + 4);
      const hasNumber = texts.some(([c]) => c > b.left + 1 && parseCell(b.view.cell(r, c)).kind === 'number');
      if (lead.some(([, t]) => leadingCode(t))) return r;
      const total = lead.some(([, t]) => /^(合计|总计)[:：]?$/.test(normalizeLabel(t)));
      if (total && hasNumber) return r;
      if (total && texts.length === 1) emptyTotal ??= r;
      continue;
    }
    // A fixed row: a known label, and numbers, dashes or a 行次 beside it (header rows have only words).
    // On a continued page the first such row may be a 功能分类 类 (公开01/04 expenditure side).
    const specs = schema.rows ?? [];
    const labelled = texts.some(([, t]) => specs.some((s) => s.label.test(rowLabelKey(t))) || functionalClassByName(t) !== undefined);
    if (labelled && texts.some(([c, t]) => c > texts[0][0] && (isDashOrNumber(b, r, c) || /^\d{1,3}$/.test(halfWidthDigits(t).trim())))) return r;
  }
  if (emptyTotal !== undefined) return emptyTotal;
  // Horizontal layouts (三公 items across): the first row with a number.
  for (let r = from + 1; r <= to; r++) if (b.view.rowTexts(r, b.left, b.right).some(([c]) => parseCell(b.view.cell(r, c)).kind === 'number')) return r;
  return undefined;
}

function isDashOrNumber(b: Block, r: number, c: number): boolean {
  return parseCell(b.view.cell(r, c)).kind === 'number' || /^[—–―－-]+$/.test(b.view.text(r, c));
}

/** 部门 and year from the lines above the header; 金额单位 also from the header rows (right end). */
function readMeta(b: Block, headerStart: number, dataStart: number): { unit?: Unit; department?: string; year?: number } {
  const out: { unit?: Unit; department?: string; year?: number } = {};
  const readAbove = (t: string) => {
    out.unit ??= unitOf(t);
    out.department ??= departmentOf(t);
    if (out.year === undefined && !t.startsWith('注')) out.year = yearOf(t);
  };
  const readBand = (t: string) => {
    out.unit ??= unitOf(t);
  };
  for (let r = b.top; r < dataStart; r++) b.view.forEachText(r, b.left, b.right, r < headerStart ? readAbove : readBand);
  return out;
}

/** Whether a row prints a non-zero amount in any of its cells. */
function hasNonZero(b: Block, row: TableRow): boolean {
  const cells = row.cells;
  for (const key in cells) {
    const ref = cells[key];
    const cell = b.view.cell(ref.row, ref.col);
    const v = cell?.value;
    // Empty cells and a stored 0 read as no amount or zero whatever their format: skip the parse.
    if (v === undefined || v === null || v === '' || v === 0) continue;
    // A stored number of magnitude ≥ 1 stays non-zero under any display rounding: no parse needed.
    if (typeof v === 'number' && (v >= 1 || v <= -1) && Number.isFinite(v) && !cell!.error) return true;
    const p = parseCell(cell);
    if (p.kind === 'number' && !p.value.isZero()) return true;
  }
  return false;
}

/** Tables of the published sets beside the 公开表 proper (Beijing 表11/表12): found, not checked yet. */
const COMPANION_TABLE = /(政府采购|政府购买服务|机关运行经费).{0,6}情况表$/;

function unsupportedReason(title: string): string {
  return COMPANION_TABLE.test(normalizeLabel(title))
    ? `“${title}”已找到；本工具暂不核对此表（请人工核对其合计），未检查`
    : `“${title}”不是本工具支持的决算公开表，未检查`;
}

/** Recognises one table block; on failure says why, in Chinese, for the officer. */
export function recognizeBlock(b: Block, start: TableStart, family: TableFamily): BlockResult {
  const schema = start.match?.schema ?? (start.number !== undefined ? schemaByNumber(start.number) : undefined);
  const name = start.title ? displayTitle(start.title) : schema?.name ?? '';
  if (!schema) return { reason: unsupportedReason(name || start.title || ''), bottom: b.top };
  const headerStart = findHeaderStart(b);
  if (headerStart > b.limit) return { reason: `找到表名“${name}”，但下面没有表格内容`, bottom: b.top };
  const colNoRow = findColNoRow(b, headerStart, Math.min(b.limit, headerStart + MAX_HEADER_ROWS));
  let dataStart: number | undefined;
  if (colNoRow) {
    dataStart = colNoRow.row + 1;
    while (dataStart <= b.limit && (isTokenRow(b, dataStart) || !b.view.rowHasContent(dataStart, b.left, b.right))) dataStart++;
  } else dataStart = guessDataStart(b, schema, headerStart);
  if (dataStart === undefined || dataStart > b.limit)
    return { reason: `找到表名“${name}”，但未能找到表头下的数据行（科目编码、合计行或栏次）`, bottom: headerStart };
  const bandBottom = dataStart - 1;
  const tail = findTail(b, dataStart, new HeaderRows(b, headerStart, bandBottom));
  // Rows readers skip: a page break's page number and repeated header inside the data.
  const body: Block = tail.pageBreakRows.length ? { ...b, skipRows: new Set(tail.pageBreakRows) } : b;
  const useNumbers = family === 'yunnan' && !start.match?.variant.columns ? colNoRow?.numbers : undefined;
  const allowed = start.match?.variant.columns;
  const sheet = b.view.name;
  const layout = headerLayout(b, schema, { top: headerStart, bottom: bandBottom, colNoRow, numbers: useNumbers, allowed });
  if (layout.failure) return { reason: `“${name}”的表头未能识别（${FAILURE[layout.failure]}）`, bottom: tail.bottom };
  let columns = layout.columns;
  let rows: TableRow[] = [];
  if (layout.classified) {
    rows = classifiedRows(body, dataStart, tail.dataEnd, layout.classified.labelRight, columns, layout.classified.split);
  } else if (layout.econPanels) {
    rows = econRows(body, dataStart, tail.dataEnd, layout.econPanels, schema.rows ?? []);
  } else if (layout.horizontalPaths) {
    ({ columns, rows } = horizontalSangong(body, layout.horizontalPaths, dataStart, tail.dataEnd, schema.rows ?? []));
  } else {
    rows = layout.fixedPanels!.flatMap((p) => fixedRows(body, dataStart!, tail.dataEnd, p, family === 'yunnan')).sort((x, y) => x.row - y.row || (x.panel ?? 0) - (y.panel ?? 0));
  }
  if (!rows.length) return { reason: `“${name}”找到了表头，但没有识别出任何数据行`, bottom: tail.bottom };
  for (let i = 0; i < rows.length; i++) if (rows[i].name) rows[i].name = printedName(rows[i].name!);

  const meta = readMeta(b, headerStart, dataStart);
  const top = b.top;
  const bottom = Math.max(tail.bottom, tail.dataEnd);
  const right = Math.max(b.right, ...columns.map((c) => c.col));
  const empty = !rows.some((row) => hasNonZero(b, row));
  const label = start.number !== undefined ? `公开${pad2(start.number)}表` : name;
  return {
    table: {
      id: schema.id,
      family,
      label,
      title: name,
      sheet,
      range: rangeA1(top, b.left, bottom, right),
      top,
      left: b.left,
      bottom,
      right,
      unit: meta.unit ?? '万元',
      ...(meta.unit ? {} : { unitAssumed: true as const }),
      department: meta.department,
      year: yearOf(name) ?? meta.year ?? tail.notes.map(fiscalYearOf).find((y) => y !== undefined) ?? sheetYearOf(sheet),
      ...(isLastYearSheetName(sheet) ? { lastYear: true as const } : {}),
      columns,
      rows,
      notes: tail.notes,
      empty,
    },
  };
}
