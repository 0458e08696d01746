import { type Finding, findingKey } from '../../findings/finding';
import { a1 } from '../../model/address';
import type { CellRef } from '../../model/workbook';
import type { RecognizedTable, TableRow } from '../../tables/types';
import type { CheckContext } from '../context';
import type { Rule } from '../types';
import { UNREADABLE_MICRO, isChineseNumeralAmount, isUnreadableAmount } from '../table-amounts';
import { columnWord, rowWord } from '../cross/labels';

function describe(table: RecognizedTable, row: TableRow, key: string): string {
  const col = columnWord(table, key);
  return ['金额', '决算数', 'amount'].includes(col) ? `${table.label} ${rowWord(row)}` : `${table.label} ${rowWord(row)} ${col}`;
}

/** The text of a cell that looks like a number but is not, or its error value ('#REF!'). */
function unreadableText(ctx: CheckContext, ref: CellRef): string | undefined {
  const parsed = ctx.parsed(ref);
  // Quoted in the message: without the spaces or line break around it.
  return isUnreadableAmount(parsed) ? parsed.text.trim() : undefined;
}

/** Why the text cannot be read, and what to do, in the officer's words. */
function whyUnreadable(text: string): string {
  if (text.startsWith('#')) return `单元格为错误值 ${text}（公式引用或计算出错），无法参与核对，请修正公式或填入数字。`;
  if (text.startsWith('=')) return `公式 ${text} 没有保存计算结果（文件由程序生成、未经计算），无法参与核对；请在 Excel 或 WPS 中打开、重新计算并保存后再检查。`;
  if (isChineseNumeralAmount(text)) return `“${text}”是用汉字写的金额，未按 0 计算，无法参与核对；请改填阿拉伯数字，单位写在表头。`;
  // Letters that look like digits (7.99O, 1O0) are typos, not words.
  const hasWords = /[^\d\s.,，．+\-−()（）%％]/.test(text.replace(/[OoIlSs]/g, ''));
  return hasWords
    ? `“${text}”是文字而不是数字（数字连着文字或单位），未按 0 计算，无法参与核对；请只填数字，单位写在表头。`
    : `“${text}”无法识别为数字（可能误输入了字母或多余的小数点），未按 0 计算，请改正。`;
}

export const NUM_PARSE: Rule = {
  id: 'NUM-PARSE',
  title: '无法识别的数字',
  description:
    '表中金额单元格的内容像数字却不是有效数字（如 7.99O、1.2.3、#REF!）、数字连着文字（如 3辆、约1,095.72）、用汉字写的金额（如 一千元），或是没有保存计算结果的公式：不能按 0 计算，涉及它的勾稽关系不作判断，须先改正。',
  scope: 'input',
  tables: [],
  source: 'project policy (never read a typo as zero)',
  check(ctx) {
    const out: Finding[] = [];
    const seen = new Set<string>();
    for (const table of ctx.tables) {
      const amounts = ctx.amountsOf(table);
      for (const row of table.rows) {
        const cells = row.cells;
        // for…in, not Object.entries: no pair arrays for the ~150k cells of a large workbook.
        for (const key in cells) {
          const ref = cells[key];
          // The table's grid reads each cell once for every rule; only an unreadable one is looked at again.
          if (amounts.microAt(ref) !== UNREADABLE_MICRO) continue;
          const text = unreadableText(ctx, ref);
          if (text === undefined) continue;
          // The same cell can belong to two logical rows: report it once.
          const id = `${ref.sheet}!${ref.row},${ref.col}`;
          if (seen.has(id)) continue;
          seen.add(id);
          const cell = a1(ref.row, ref.col);
          out.push({
            rule: NUM_PARSE.id,
            severity: 'error',
            sheet: ref.sheet,
            cell,
            related: [],
            actual: text,
            message: `${describe(table, row, key)}：${whyUnreadable(text)}`,
            table: table.id,
            key: findingKey(NUM_PARSE.id, ref.sheet, cell, text),
          });
        }
      }
    }
    return out;
  },
};
