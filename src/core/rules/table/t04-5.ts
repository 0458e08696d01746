import type { Rule } from '../types';
import { checkSum } from '../sum-check';
import { collect, rowWord, rows, tablesOf } from './helpers';
import { isUnreadableAt } from '../table-amounts';

export const T04_5: Rule = {
  id: 'T04-5',
  title: '财政拨款收入支出决算表：收入总计等于支出总计',
  description: '公开04表 第64行 支出总计（合计栏） = 第32行 收入总计。',
  scope: 'table',
  tables: ['T04'],
  source: 'SEED-4 (structure)',
  check(ctx) {
    return collect(
      tablesOf(ctx, 'T04').map((t) => {
        const [exp, inc] = rows(t, 'exp.grand', 'inc.grand');
        const target = exp?.cells.total;
        const other = inc?.cells.amount;
        if (!exp || !inc || !target || !other || isUnreadableAt(ctx, target) || isUnreadableAt(ctx, other)) return null;
        return checkSum(ctx, {
          rule: T04_5,
          table: t.label,
          tableId: t.id,
          target: { ref: target, label: `支出方${rowWord(exp)}` },
          parts: [{ ref: other, label: `收入方${rowWord(inc)}` }],
        });
      }),
    );
  },
};
