import type { RecognizedTable } from '../../tables/types';
import type { CheckContext } from '../context';
import { checkSum, type Term } from '../sum-check';
import type { Rule } from '../types';
import { collect, colWord, rowWord, rows, tablesOf } from './helpers';
import { isUnreadableAt } from '../table-amounts';

/** 本年支出(col) = 本年收入 + 年初结转 − 年末结转(col), the two income rows read in the income column. */
function balance(ctx: CheckContext, t: RecognizedTable, col: string, incKey: string, openKey: string) {
  const [exp, closing, inc, open] = rows(t, 'exp.total', 'exp.closing', incKey, openKey);
  const target = exp?.cells[col];
  if (!exp || !target || !inc?.cells.amount) return null;
  // Holds as printed (the usual case): nothing to word. Same integer test checkSum starts with.
  const refs = [target, inc.cells.amount, open?.cells.amount, closing?.cells[col]];
  if (refs.some((r) => r && isUnreadableAt(ctx, r))) return null;
  if (ctx.printedBalance([{ ref: refs[0], sign: 1 }, { ref: refs[1], sign: -1 }, { ref: refs[2], sign: -1 }, { ref: refs[3], sign: 1 }]) === 0) return null;
  const parts: Term[] = [{ ref: inc.cells.amount, label: `收入方${rowWord(inc)}` }];
  if (open?.cells.amount) parts.push({ ref: open.cells.amount, label: `收入方${rowWord(open)}` });
  if (closing?.cells[col]) parts.push({ ref: closing.cells[col], label: `${rowWord(closing)}`, sign: -1 });
  return checkSum(ctx, {
    rule: T04_4,
    table: t.label,
    tableId: t.id,
    where: `${colWord(t, col)}栏`,
    target: { ref: target, label: rowWord(exp) },
    parts,
    fixable: false,
  });
}

export const T04_4: Rule = {
  id: 'T04-4',
  title: '财政拨款收入支出决算表：每类资金本年收入加年初结转等于本年支出加年末结转',
  description:
    '公开04表：本年收入合计 + 年初结转和结余 = 本年支出合计 + 年末结转和结余（合计栏）；一般公共预算、政府性基金、国有资本经营预算各栏分别用收入方第1/29、2/30、3/31行。',
  scope: 'table',
  tables: ['T04'],
  source: 'CODE C1 R33119',
  check(ctx) {
    return tablesOf(ctx, 'T04').flatMap((t) =>
      collect([
        balance(ctx, t, 'total', 'inc.total', 'inc.opening'),
        balance(ctx, t, 'gpb', 'inc.gpb', 'inc.opening.gpb'),
        balance(ctx, t, 'fund', 'inc.fund', 'inc.opening.fund'),
        balance(ctx, t, 'soe', 'inc.soe', 'inc.opening.soe'),
      ]),
    );
  },
};
