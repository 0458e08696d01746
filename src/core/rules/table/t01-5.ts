import type { Rule } from '../types';
import { collect, columnIdentity, rows, tablesOf } from './helpers';

export const T01_5: Rule = {
  id: 'T01-5',
  title: '收入支出决算表：收入总计等于支出总计',
  description: '公开01表 第60行 支出总计 = 第30行 收入总计（收支平衡）。',
  scope: 'table',
  tables: ['T01'],
  source: 'CODE C1 R33214',
  check(ctx) {
    return collect(
      tablesOf(ctx, 'T01').map((t) => {
        const [expGrand, incGrand] = rows(t, 'exp.grand', 'inc.grand');
        return columnIdentity(ctx, { rule: T01_5, table: t, key: 'amount', target: expGrand, parts: [incGrand] });
      }),
    );
  },
};
