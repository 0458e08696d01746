import { normalized as normalizeLabel } from '../../classification/normalized';
import type { RowLevel, TableColumn, TableRow } from '../types';
import type { Block } from './band';
import type { LabelColumns } from './label-area';
import { memoByText } from '../../memo';
import { compactCode } from './code-text';
import { halfWidthDigits } from '../../numbers/normalize';

const LEVEL: Record<number, RowLevel> = { 3: 'class', 5: 'kuan', 7: 'xiang' };

/** '201 一般公共服务支出', '[2010301]行政运行', '201.03 人大事务': code and name printed in one cell. */
const CODE_AND_NAME = /^[[【]?(\d{3}(?:[.\-－]?\d{2}){0,2})[\]】]?\s*([^\d\s.\-－\]】].*)$/;

/** The 功能分类 code a label-area cell starts with ('201', '2010301 行政运行'), if any. */
export function leadingCode(t: string): string | undefined {
  const s = compactCode(t.trim());
  if (/^(\d{3}|\d{5}|\d{7})$/.test(s)) return s;
  const m = CODE_AND_NAME.exec(s);
  return m ? compactCode(m[1]) : undefined;
}

/** What a label-area cell says, read once per distinct text (a batch repeats its codes and names). */
interface LabelCell {
  /** Digits only: a whole or split code ('201', '03'). */
  digits?: string;
  /** Code and name in one cell. */
  code?: string;
  name?: string;
  /** 合计 / 总计. */
  total: boolean;
}

const readLabelCell = memoByText((t: string): LabelCell => {
  const s = compactCode(t);
  if (/^\d{1,7}$/.test(s)) return { digits: s, total: false };
  const both = CODE_AND_NAME.exec(halfWidthDigits(t).trim());
  return { code: both ? compactCode(both[1]) : undefined, name: both?.[2].trim(), total: /^(合计|总计)[:：]?$/.test(normalizeLabel(t)) };
});

/**
 * Rows of a 功能分类 table: 合计 row, then codes in one column (201 / 20103 / 2010301) or split over
 * 类|款|项 columns ('201' | '03' | '01', carried from the row above), names one or two columns right.
 */
export function classifiedRows(
  b: Block,
  dataStart: number,
  dataEnd: number,
  labelRight: number,
  columns: TableColumn[],
  split: LabelColumns,
): TableRow[] {
  const rows: TableRow[] = [];
  const sheet = b.view.name;
  let lastClass = '';
  let lastKuan = '';
  // One reader for every row, its state reset per row: no closure is made per row.
  const cur: { row: number; code?: string; name: string; nameCol?: number; total: boolean } = { row: 0, name: '', total: false };
  const readCell = (t: string, c: number) => {
    if (c === split.lineNo) return;
    const cell = readLabelCell(t);
    // Codes come before their names: digits right of the name (a 行次, an amount) are no code.
    if ((cell.digits !== undefined || cell.code !== undefined) && (cur.nameCol !== undefined || isFractionalNumber(b, cur.row, c))) return;
    const d = cell.digits;
    if (d !== undefined) {
      const code = cur.code;
      if (d.length === 3 || d.length === 5 || d.length === 7) {
        if (!code || d.length > code.length) cur.code = d;
      } else if (d.length <= 2) {
        const part = d.padStart(2, '0');
        if (code && ((code.length === 3 && c === split.kuan) || (code.length === 5 && c === split.xiang))) cur.code = code + part;
        else if (!code && c === split.xiang && lastKuan) cur.code = lastKuan + part;
        else if (!code && c === split.kuan && lastClass) cur.code = lastClass + part;
        else if (code && (code.length === 3 || code.length === 5)) cur.code = code + part;
      }
      return;
    }
    if (cell.code !== undefined && !cur.code) {
      cur.code = cell.code;
      if (!cur.name) {
        cur.name = cell.name!;
        cur.nameCol = c;
      }
      return;
    }
    if (cell.total) {
      cur.total = true;
      if (!cur.name) {
        cur.name = t;
        cur.nameCol = c;
      }
      return;
    }
    if (!cur.name || cur.total) {
      cur.name = t;
      cur.nameCol = c;
    }
  };
  const startRow = (r: number) => {
    cur.row = r;
    cur.code = undefined;
    cur.name = '';
    cur.nameCol = undefined;
    cur.total = false;
  };
  for (let r = dataStart; r <= dataEnd; r++) {
    if (b.skipRows?.has(r)) continue;
    startRow(r);
    const count = b.view.forEachText(r, b.left, labelRight, readCell);
    if (!count && !columns.some((c) => b.view.text(r, c.col))) continue;
    const { code, name, nameCol, total } = cur;
    const cells: TableRow['cells'] = {};
    for (let i = 0; i < columns.length; i++) cells[columns[i].key] = { sheet, row: r, col: columns[i].col };
    const nameCell = nameCol === undefined ? undefined : { sheet, row: r, col: nameCol };
    if (total && !code) {
      rows.push({ row: r, key: 'total', level: 'total', name: '合计', nameCell, cells });
      continue;
    }
    if (code) {
      if (code.length === 3) {
        lastClass = code;
        lastKuan = '';
      } else if (code.length === 5) lastKuan = code;
      rows.push({ row: r, code, level: LEVEL[code.length], name, nameCell, cells });
      continue;
    }
    if (!name) continue;
    const above = rows[rows.length - 1];
    if (above && isWrappedName(b, r, above, nameCol, columns)) {
      above.name += name;
      continue;
    }
    rows.push({ row: r, name, nameCell, cells });
  }
  return rows;
}

/** A stored number with a fraction (876.58) is an amount: a code stored as a number is whole. */
function isFractionalNumber(b: Block, r: number, c: number): boolean {
  const v = b.view.cell(r, c)?.value;
  return typeof v === 'number' && !Number.isInteger(v);
}

/**
 * The rest of the row above's 科目名称, wrapped onto a line of its own (PDF conversions cut long
 * names at the cell's width): right under a coded row, in its name column, with no amount.
 */
function isWrappedName(b: Block, r: number, above: TableRow, nameCol: number | undefined, columns: TableColumn[]): boolean {
  return (
    above.row === r - 1 &&
    above.code !== undefined &&
    nameCol !== undefined &&
    above.nameCell?.col === nameCol &&
    b.view.rowTexts(r, b.left, b.right).length === 1 &&
    !columns.some((c) => b.view.text(r, c.col))
  );
}
