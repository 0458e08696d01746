import { TextMemo } from '../../memo';
import type { TableSchema } from '../schema';
import type { TableColumn } from '../types';
import { type Block, type ColNoRow, headerPaths } from './band';
import { mapColumns } from './columns';
import { type LabelColumns, findLabelColumns, labelAreaRight } from './label-area';
import { type EconPanel, econColumns, findEconPanels } from './rows-econ';
import type { FixedPanel } from './rows-fixed';
import { findFixedPanels } from './fixed-panels';
import { isHorizontalSangong } from './horizontal';

/** What a table's header band says about its columns (sheet columns of this block). */
export interface HeaderLayout {
  /** The band names no amount column ('columns'), no 科目编码 ('econ'), no 项目/amount columns ('fixed'). */
  failure?: 'columns' | 'econ' | 'fixed';
  columns: TableColumn[];
  /** 功能分类 tables: last column of the code/name area, where split 款/项 codes and a 行次 sit. */
  classified?: { labelRight: number; split: LabelColumns };
  econPanels?: EconPanel[];
  fixedPanels?: FixedPanel[];
  /** Horizontal 三公 layout: header paths by column (the items are read from them). */
  horizontalPaths?: Map<number, string>;
}

export interface Band {
  /** First and last header row; the 栏次 row, when printed, lies between them. */
  top: number;
  bottom: number;
  colNoRow?: ColNoRow;
  /** 栏次 numbers to map columns by, when meaningful for the family. */
  numbers?: Map<number, number>;
  /** Column keys of the title variant. */
  allowed?: string[];
}

/**
 * Header analysis remembered by the band's texts: every unit of a bureau's batch (and every year
 * of a template) prints the same header, so paths, column mapping and panels are worked out once
 * per distinct header. The key is the texts themselves (own and merged, by position relative to
 * the block's left edge), never cell or sheet identity, so an edited workbook is read afresh.
 */
const layouts = new TextMemo<{ left: number; layout: HeaderLayout }>(2_000);

export function headerLayout(b: Block, schema: TableSchema, band: Band): HeaderLayout {
  const shape = bandShape(b, schema, band);
  const last = lastBand.get(schema.id);
  if (last && sameShape(last.shape, shape) && sameTexts(last.texts, b, band)) return shifted(last.layout, b.left - last.left);
  const parts = bandTexts(b, band);
  const key = bandKey(shape, parts);
  if (key === undefined) return shifted(analyseHeader(b, schema, band), 0);
  const entry = layouts.get(key, () => ({ left: b.left, layout: analyseHeader(b, schema, band) }));
  lastBand.set(schema.id, { shape, texts: parts.texts, ...entry });
  return shifted(entry.layout, b.left - entry.left);
}

/** Everything about a band other than its texts that the analysis depends on. */
interface BandShape {
  schema: string;
  /** The title variant's column keys (a schema constant: compared by identity). */
  allowed?: string[];
  byNumbers: boolean;
  width: number;
  height: number;
  /** 栏次 row, relative to the band's top; -1 when none. */
  skip: number;
}

function bandShape(b: Block, schema: TableSchema, band: Band): BandShape {
  return {
    schema: schema.id,
    allowed: band.allowed,
    byNumbers: !!band.numbers,
    width: b.right - b.left,
    height: band.bottom - band.top,
    skip: band.colNoRow ? band.colNoRow.row - band.top : -1,
  };
}

function sameShape(x: BandShape, y: BandShape): boolean {
  return x.schema === y.schema && x.allowed === y.allowed && x.byNumbers === y.byNumbers && x.width === y.width && x.height === y.height && x.skip === y.skip;
}

/**
 * The last band read for each table id, with its texts: the units of a batch follow one another,
 * so the next one is usually compared with it in place, without building a key.
 */
const lastBand = new Map<string, { shape: BandShape; texts: string[]; left: number; layout: HeaderLayout }>();

/** Separates cells in a band key; a band whose texts contain it is analysed without the memo. */
const CELL = '\u0001';
/** Marks an empty cell's merged text (the text of the merge covering it). */
const MERGED = '\u0002';

/**
 * A band cell as the analysis sees it: its own text, else the merged text covering it, marked. An
 * own text starting with the marker gets a separator in front, so it can never pass for a merged
 * cell (a key holding a separator is never stored).
 */
function cellPart(b: Block, r: number, c: number): string {
  const own = b.view.text(r, c);
  if (own !== '') return own.startsWith(MERGED) ? CELL + own : own;
  const merged = b.view.mergedText(r, c);
  return merged === '' ? '' : MERGED + merged;
}

/** Each band cell's part, row by row over the block's width, and how many came from merged cells. */
function bandTexts(b: Block, band: Band): { texts: string[]; merged: number } {
  const texts: string[] = [];
  let merged = 0;
  for (let r = band.top; r <= band.bottom; r++) {
    for (let c = b.left; c <= b.right; c++) {
      const part = cellPart(b, r, c);
      if (part.startsWith(MERGED)) merged++;
      texts.push(part);
    }
  }
  return { texts, merged };
}

function sameTexts(texts: string[], b: Block, band: Band): boolean {
  let i = 0;
  for (let r = band.top; r <= band.bottom; r++) for (let c = b.left; c <= b.right; c++) if (cellPart(b, r, c) !== texts[i++]) return false;
  return i === texts.length;
}

/**
 * The memo key: shape and texts; undefined when a text holds a separator or marker of its own
 * (the key would be ambiguous, and such a band is neither stored nor compared with).
 */
function bandKey(shape: BandShape, { texts, merged }: { texts: string[]; merged: number }): string | undefined {
  const head = `${shape.schema}|${shape.allowed?.join(',') ?? '*'}|${shape.byNumbers ? 'n' : ''}|${shape.width}|${shape.height}|${shape.skip}`;
  const key = head + CELL + texts.join(CELL);
  return countOf(key, CELL) === texts.length && countOf(key, MERGED) === merged ? key : undefined;
}

function countOf(text: string, ch: string): number {
  let n = 0;
  for (let i = text.indexOf(ch); i >= 0; i = text.indexOf(ch, i + 1)) n++;
  return n;
}

function analyseHeader(b: Block, schema: TableSchema, band: Band): HeaderLayout {
  const paths = headerPaths(b, band.top, band.bottom, band.colNoRow?.row);
  const { numbers, allowed } = band;
  if (schema.kind === 'classified') {
    const candidates: number[] = [];
    for (let c = b.left; c <= b.right; c++) candidates.push(c);
    const columns = mapColumns({ specs: schema.columns, candidates, paths, numbers, allowed });
    if (!columns.length) return { failure: 'columns', columns };
    const firstAmount = Math.min(...columns.map((c) => c.col));
    const split = findLabelColumns(b, band.top, band.bottom, firstAmount - 1);
    // A mapped column's header printed elsewhere while its own column's text does not fit it.
    const isShiftedHeader = (path: string) =>
      columns.some((col) => {
        const spec = schema.columns.find((s) => s.key === col.key);
        return !!spec && spec.header.test(path) && !spec.header.test(paths.get(col.col) ?? '');
      });
    return { columns, classified: { labelRight: labelAreaRight(b, firstAmount, paths, split.lineNo, isShiftedHeader), split } };
  }
  if (schema.kind === 'econ-panels') {
    const econPanels = findEconPanels(b, band.top, band.bottom);
    if (!econPanels.length) return { failure: 'econ', columns: [] };
    return { columns: econColumns(econPanels, paths), econPanels };
  }
  if (schema.id !== 'T12' && schema.kind === 'fixed' && isHorizontalSangong(paths)) return { columns: [], horizontalPaths: paths };
  const fixedPanels = findFixedPanels(b, schema, band.top, band.bottom, paths, numbers, allowed);
  if (!fixedPanels.length || !fixedPanels.some((p) => p.columns.length)) return { failure: 'fixed', columns: [] };
  return { columns: fixedPanels.flatMap((p) => p.columns), fixedPanels };
}

/** A fresh copy moved by `d` columns: tables own their columns (continuations append to them). */
function shifted(l: HeaderLayout, d: number): HeaderLayout {
  const column = (c: TableColumn): TableColumn => ({ ...c, col: c.col + d });
  const out: HeaderLayout = { columns: l.columns.map(column) };
  if (l.failure) out.failure = l.failure;
  if (l.classified) {
    const { labelRight, split } = l.classified;
    const moved: LabelColumns = {};
    if (split.kuan !== undefined) moved.kuan = split.kuan + d;
    if (split.xiang !== undefined) moved.xiang = split.xiang + d;
    if (split.lineNo !== undefined) moved.lineNo = split.lineNo + d;
    out.classified = { labelRight: labelRight + d, split: moved };
  }
  if (l.econPanels) out.econPanels = l.econPanels.map((p) => ({ codeCol: p.codeCol + d, nameCol: p.nameCol + d, amountCol: p.amountCol + d }));
  if (l.fixedPanels) {
    out.fixedPanels = l.fixedPanels.map((p) => ({
      ...p,
      labelCol: p.labelCol + d,
      lineNoCol: p.lineNoCol === undefined ? undefined : p.lineNoCol + d,
      columns: p.columns.map(column),
    }));
    // The table's columns are the panels' own objects, as before.
    out.columns = out.fixedPanels.flatMap((p) => p.columns);
  }
  if (l.horizontalPaths) out.horizontalPaths = new Map([...l.horizontalPaths].map(([c, p]) => [c + d, p]));
  return out;
}
