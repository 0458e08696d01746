import { type Finding, findingKey } from '../../findings/finding';
import { a1 } from '../../model/address';
import { cellAt, type CellRef, type Sheet } from '../../model/workbook';
import type { RecognizedTable, TableRow } from '../../tables/types';
import type { CheckContext } from '../context';
import type { Rule } from '../types';
import { columnWord, rowWord } from '../cross/labels';

function describe(table: RecognizedTable, row: TableRow, key: string): string {
  const col = columnWord(table, key);
  return ['金额', '决算数', 'amount'].includes(col) ? `${table.label} ${rowWord(row)}` : `${table.label} ${rowWord(row)} ${col}`;
}

function unreadable(ctx: CheckContext, sheet: Sheet | undefined, ref: CellRef): string | undefined {
  const cell = sheet && cellAt(sheet, ref.row, ref.col);
  if (!cell) return undefined;
  // Without an error value, only text (or a non-finite number) can be unreadable: a finite number,
  // a boolean or nothing never is, so most cells need no parse (nor a cache lookup) here.
  const v = cell.value;
  if (!cell.error && (v === null || v === undefined || typeof v === 'boolean' || (typeof v === 'number' && Number.isFinite(v)))) return undefined;
  const parsed = ctx.parsed(ref);
  if (parsed.kind !== 'invalid') return undefined;
  return cell.error ?? parsed.text;
}

export const NUM_PARSE: Rule = {
  id: 'NUM-PARSE',
  title: '无法识别的数字',
  description:
    '表中金额单元格的内容像数字却不是有效数字（如 7.99O、1.2.3、#REF!）：不能按 0 计算，涉及它的勾稽关系不作判断，须先改正。',
  scope: 'input',
  tables: [],
  source: 'project policy (never read a typo as zero)',
  check(ctx) {
    const out: Finding[] = [];
    const seen = new Set<string>();
    for (const table of ctx.tables) {
      const sheet = ctx.sheet(table.sheet); // a table's cells are on its own sheet
      for (const row of table.rows) {
        const cells = row.cells;
        // for…in, not Object.entries: no pair arrays for the ~150k cells of a large workbook.
        for (const key in cells) {
          const ref = cells[key];
          const text = unreadable(ctx, ref.sheet === table.sheet ? sheet : ctx.sheet(ref.sheet), ref);
          if (text === undefined) continue;
          // The same cell can belong to two logical rows: report it once.
          const id = `${ref.sheet}!${ref.row},${ref.col}`;
          if (seen.has(id)) continue;
          seen.add(id);
          const cell = a1(ref.row, ref.col);
          const isError = text.startsWith('#');
          out.push({
            rule: NUM_PARSE.id,
            severity: 'error',
            sheet: ref.sheet,
            cell,
            related: [],
            actual: text,
            message: isError
              ? `${describe(table, row, key)}：单元格为错误值 ${text}（公式引用或计算出错），无法参与核对，请修正公式或填入数字。`
              : `${describe(table, row, key)}：“${text}”无法识别为数字（可能误输入了字母或多余的小数点），未按 0 计算，请改正。`,
            table: table.id,
            key: findingKey(NUM_PARSE.id, ref.sheet, cell, text),
          });
        }
      }
    }
    return out;
  },
};
