import { normalized as normalizeLabel } from '../../classification/normalized';
import type { Block } from './band';

/** Columns of a 功能分类 table's code/name area that the header band names. */
export interface LabelColumns {
  /** Where split codes sit: the 款 / 项 columns. */
  kuan?: number;
  xiang?: number;
  /** A 行次 column: its numbers are never parts of a code. */
  lineNo?: number;
}

export function findLabelColumns(b: Block, bandTop: number, bandBottom: number, right: number): LabelColumns {
  const out: LabelColumns = {};
  for (let r = bandTop; r <= bandBottom; r++) {
    for (const [c, t] of b.view.rowTexts(r, b.left, right)) {
      const k = normalizeLabel(t).replace(/\s+/g, '');
      if (k === '款' && out.kuan === undefined) out.kuan = c;
      if (k === '项' && out.xiang === undefined) out.xiang = c;
      if (k === '行次' && out.lineNo === undefined) out.lineNo = c;
    }
  }
  return out;
}

/** Header words of the code/name area itself ('支出功能分类科目编码', '科目名称', '项目'). */
const LABEL_HEADER = /编码|代码|名称|科目|项目/;
/** A header naming an amount the schema does not map: 上年数, 上年决算数, 上年支出合计, 金额 … */
const AMOUNT_HEADER = /(合计|小计|总计|金额|数)$|^上年/;
/** '上年数（万元）': a unit printed after the header words. */
const UNIT_SUFFIX = /[（(][^（()）]*[)）]$/;

export function isAmountHeader(path: string): boolean {
  const leaf = path.slice(path.lastIndexOf('/') + 1).replace(UNIT_SUFFIX, '');
  return !LABEL_HEADER.test(leaf) && AMOUNT_HEADER.test(leaf);
}

/**
 * Last column of the code/name area: before the first mapped amount column, and before a 行次 or
 * unmapped amount column printed between the names and the amounts (their digits would otherwise
 * be read as 款/项 parts or as a dotted code: 876.58 → 87658). A header that belongs to a mapped
 * column is an export's header text shifted left of its 栏次 (seed 004's 公开09): no such end.
 */
export function labelAreaRight(
  b: Block,
  firstAmount: number,
  paths: Map<number, string>,
  lineNo: number | undefined,
  isShiftedHeader: (path: string) => boolean,
): number {
  for (let c = b.left + 1; c < firstAmount; c++) {
    const path = paths.get(c);
    if (c === lineNo || (path !== undefined && isAmountHeader(path) && !isShiftedHeader(path))) return c - 1;
  }
  return firstAmount - 1;
}
