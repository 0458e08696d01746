import type { Rule } from '../types';
import { collect, columnIdentity, rows, tablesOf } from './helpers';

export const T01_3: Rule = {
  id: 'T01-3',
  title: '收入支出决算表：收入总计等于本年收入、使用结余与年初结转之和',
  description: '公开01表 第30行 收入总计 = 第27行 本年收入合计 + 第28行 使用专用结余（或使用非财政拨款结余） + 第29行 年初结转和结余。',
  scope: 'table',
  tables: ['T01'],
  source: 'SEED-4; CODE C1 R33115',
  check(ctx) {
    return collect(
      tablesOf(ctx, 'T01').map((t) => {
        const [grand, ...parts] = rows(t, 'inc.grand', 'inc.total', 'inc.reserve', 'inc.opening');
        return columnIdentity(ctx, { rule: T01_3, table: t, key: 'amount', target: grand, parts });
      }),
    );
  },
};
