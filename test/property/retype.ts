/** Ways officers type the same workbook differently: numbers as text, words spread over their cells. */
import type { Cell } from '../../src/core/model/workbook';
import { parseCell } from '../../src/core/numbers/parse';
import { toFullWidth } from '../fixtures/xlsx-writer';

export type NumberTyping = 'numbers' | 'text' | 'thousands' | 'fullWidth';

function withThousands(text: string): string {
  const [whole, frac] = text.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return frac === undefined ? grouped : `${grouped}.${frac}`;
}

/** A stored number as the text it prints; formulas, percents and amounts with a written unit stay as they are. */
export function numberTyped(cell: Cell, typing: NumberTyping): Cell {
  if (typing === 'numbers' || typeof cell.value !== 'number' || cell.formula || cell.numFmt?.includes('%')) return cell;
  const p = parseCell(cell);
  if (p.kind !== 'number' || p.suffix) return cell;
  const text = p.value.toFixed(p.decimals);
  return { value: typing === 'text' ? text : typing === 'thousands' ? withThousands(text) : toFullWidth(withThousands(text)) };
}

/** Chinese text without digits (codes, amounts and 公开××表 numbers stay as they are). */
export const CHINESE_WORD = /^[\u4e00-\u9fa5（）()、“”"]{2,30}$/;

export type WordTyping = 'spaced' | 'wideSpaced' | 'padded' | 'broken';
export const WORD_TYPINGS: WordTyping[] = ['spaced', 'wideSpaced', 'padded', 'broken'];

/** A word spread over its cell ('合 计', '合　计'), padded with ideographic spaces, or broken over two lines (Alt+Enter). */
export function wordTyped(text: string, typing: WordTyping): string {
  if (typing === 'spaced') return [...text].join(' ');
  if (typing === 'wideSpaced') return [...text].join('　');
  if (typing === 'padded') return `　${text}　`;
  const half = Math.ceil(text.length / 2);
  return `${text.slice(0, half)}\n${text.slice(half)}`;
}
