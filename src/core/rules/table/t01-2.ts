import type { Rule } from '../types';
import { collect, columnIdentity, rows, tablesOf } from './helpers';

export const T01_2: Rule = {
  id: 'T01-2',
  title: '收入支出决算表：本年支出合计等于各功能分类支出之和',
  description: '公开01表 第57行 本年支出合计 = 第31–56行 各功能分类（类）支出之和。',
  scope: 'table',
  tables: ['T01'],
  source: 'SEED-4; CODE C1 R33115',
  check(ctx) {
    return collect(
      tablesOf(ctx, 'T01').map((t) => {
        const [total] = rows(t, 'exp.total');
        const parts = t.rows.filter((r) => r.key === 'exp.class');
        return columnIdentity(ctx, { rule: T01_2, table: t, key: 'amount', target: total, parts });
      }),
    );
  },
};
