import type { Rule } from '../types';
import { collect, columnIdentity, rows, tablesOf } from './helpers';

export const T01_4: Rule = {
  id: 'T01-4',
  title: '收入支出决算表：支出总计等于本年支出、结余分配与年末结转之和',
  description: '公开01表 第60行 支出总计 = 第57行 本年支出合计 + 第58行 结余分配 + 第59行 年末结转和结余。',
  scope: 'table',
  tables: ['T01'],
  source: 'CODE C1 rules/v3_3.yaml D-001',
  check(ctx) {
    return collect(
      tablesOf(ctx, 'T01').map((t) => {
        const [grand, ...parts] = rows(t, 'exp.grand', 'exp.total', 'exp.distribution', 'exp.closing');
        return columnIdentity(ctx, { rule: T01_4, table: t, key: 'amount', target: grand, parts });
      }),
    );
  },
};
