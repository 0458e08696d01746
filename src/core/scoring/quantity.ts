/**
 * Reading 指标值 and 实际完成值 texts as quantities: an optional comparison word, a number,
 * a unit. '≥80%', '大于20件', '不少于4次', '98%以上', '=0', '21个', '100.00%'.
 */
import Decimal from 'decimal.js';
import { INVISIBLE, toHalfWidth } from '../numbers/normalize';
import type { Nature } from './compute';
import type { FormCell } from './types';

export interface Quantity {
  value: Decimal;
  unit: string;
  percent: boolean;
  nature?: Nature;
}

const PREFIX: [RegExp, Nature][] = [
  [/^(>=|≥|不少于|不低于|大于等于|达到|至少)/, 'positive'],
  [/^(<=|≤|不超过|不高于|小于等于|不大于|控制在)/, 'reverse'],
  [/^(=|＝|等于)/, 'equal'],
  [/^(>|大于|高于|超过)/, 'positive'],
  [/^(<|小于|低于)/, 'reverse'],
];
const SUFFIX: [RegExp, Nature][] = [
  [/(以上|及以上)$/, 'positive'],
  [/(以下|及以下|以内)$/, 'reverse'],
];

export function natureOf(symbol: string): Nature | undefined {
  const s = toHalfWidth(symbol).replace(/[\s“”"]/g, '');
  if (/^(>=|≥|>|正向)$/.test(s)) return 'positive';
  if (/^(<=|≤|<|反向)$/.test(s)) return 'reverse';
  if (/^(=|＝)$/.test(s)) return 'equal';
  return undefined;
}

/** A quantity from a cell, or undefined when the text is not one number with an optional word/unit. */
export function quantityOf(cell: FormCell | undefined): Quantity | undefined {
  if (!cell) return undefined;
  if (cell.num) return { value: cell.num.value, unit: cell.num.percent ? '%' : '', percent: cell.num.percent };
  let s = toHalfWidth(cell.text).replace(INVISIBLE, '');
  if (!s) return undefined;
  let nature: Nature | undefined;
  for (const [re, n] of PREFIX) {
    const m = re.exec(s);
    if (m) {
      nature = n;
      s = s.slice(m[0].length);
      break;
    }
  }
  for (const [re, n] of SUFFIX) {
    const m = re.exec(s);
    if (m) {
      nature = nature ?? n;
      s = s.slice(0, m.index);
    }
  }
  const m = /^(-?\d+(?:\.\d+)?)(%|[\u4e00-\u9fff/]{0,3})$/.exec(s);
  if (!m) return undefined;
  const percent = m[2] === '%';
  return { value: new Decimal(m[1]), unit: m[2], percent, nature };
}
