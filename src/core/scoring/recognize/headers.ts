import { type Sheet, colCount, mergedText } from '../../model/workbook';
import { INVISIBLE, normalizeLabel } from '../../numbers/normalize';
import { joinedLines } from '../../tables/labels';
import type { MissingColumns } from '../types';

/** Cell text normalised for header matching: no spaces, half-width ('分 值' → '分值'). */
export function norm(sheet: Sheet, row: number, col: number): string {
  return normalizeLabel(mergedText(sheet, row, col));
}

/** Cell text as printed, without the spaces a PDF layout leaves inside words or line breaks: for names in messages. */
export function plain(sheet: Sheet, row: number, col: number): string {
  return joinedLines(mergedText(sheet, row, col).replace(INVISIBLE, ''));
}

/**
 * A unit or a letter the form prints after a header word — '分值（分）', '得分(分)', '全年执行数（万元）',
 * '全年预算数（A）' — read without it, as the header word itself. '分值(10分)' keeps its number.
 */
const HEADER_SUFFIX = /\((?:分|%|万元|元|[A-Z])\)$/;

/** Normalised texts per row, computed once per sheet: recognition reads rows many times. */
const TEXTS = new WeakMap<Sheet, { width: number; rows: (string[] | undefined)[] }>();

/** Drops a sheet's cached texts: each recognition run starts from the cells as they are now. */
export function forgetTexts(sheet: Sheet): void {
  TEXTS.delete(sheet);
}

export function rowTexts(sheet: Sheet, row: number): string[] {
  let cache = TEXTS.get(sheet);
  if (!cache) TEXTS.set(sheet, (cache = { width: colCount(sheet), rows: [] }));
  const hit = cache.rows[row];
  if (hit) return hit;
  const out: string[] = [];
  for (let c = 0; c < cache.width; c++) out.push(norm(sheet, row, c).replace(HEADER_SUFFIX, ''));
  cache.rows[row] = out;
  return out;
}

/** Own text of each column in the header row, or the group header above it (merged headers). */
export function headerTexts(sheet: Sheet, row: number): string[] {
  const own = rowTexts(sheet, row);
  if (row === 0) return own;
  const above = rowTexts(sheet, row - 1);
  return own.map((t, c) => t || above[c] || '');
}

/** First column whose header matches, searching left to right. */
export function findCol(headers: string[], re: RegExp, from = 0): number | undefined {
  for (let c = from; c < headers.length; c++) if (re.test(headers[c])) return c;
  return undefined;
}

/** The score column's header as templates print it: 得分, 自评得分, 实际得分, 指标得分, 评价得分, 得分值, 自评分, 分数, 评分. */
export const SCORE_HEADER = /^((自评|实际|指标|评价|考核)?(得分(值|数)?|分数)|自评分(数|值)?|评分)$/;
/** The full-marks column's header: 分值, 权重, 指标分值, 满分, 标准分, with the marks in brackets or not ('分值(10分)'). */
export const WEIGHT_HEADER = /^(指标)?(分值|权重|满分(值)?|标准分(值)?)(\(\d+分\))?$/;

export const INDICATOR_HEADERS = {
  level1: /^一级指标$/,
  level2: /^二级指标$/,
  level3: /^三级指标$/,
  content: /^指标内容$/,
  nature: /^(指标性质|运算符号)$/,
  target: /^(年度)?指标值$/,
  unit: /^度量单位$/,
  actual: /^(实际完成值|全年完成值|完成值|全年实际值)$/,
  degree: /^完成程度$/,
  weight: WEIGHT_HEADER,
  score: SCORE_HEADER,
  reason: /(偏差原因|未完成原因|原因说明|原因分析)/,
};

export type IndicatorColumns = Partial<Record<keyof typeof INDICATOR_HEADERS, number>>;

export function indicatorColumns(headers: string[]): IndicatorColumns {
  const cols: IndicatorColumns = {};
  for (const [key, re] of Object.entries(INDICATOR_HEADERS) as [keyof typeof INDICATOR_HEADERS, RegExp][]) {
    const c = findCol(headers, re);
    if (c !== undefined) cols[key] = c;
  }
  return cols;
}

export const TOTAL_LABEL = /^(总分|合计|总评价得分|总计)$/;
export const GRADE_WORD = /^(优|良|中|差|优秀|良好|合格|不合格|较差)$/;

/** The score columns an indicator table lacks: a form without its 得分 column must not be added up from the rest. */
export function missingColumns(sheet: Sheet, headerRow: number, cols: IndicatorColumns): MissingColumns | undefined {
  const missing: MissingColumns['missing'] = [];
  if (cols.weight === undefined) missing.push('分值');
  if (cols.score === undefined) missing.push('得分');
  return missing.length ? { header: { sheet: sheet.name, row: headerRow, col: cols.level1 ?? 0 }, missing } : undefined;
}
