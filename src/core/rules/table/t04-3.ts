import type { Rule } from '../types';
import { collect, columnIdentity, rows, tablesOf } from './helpers';

export const T04_3: Rule = {
  id: 'T04-3',
  title: '财政拨款收入支出决算表：本年支出合计与支出总计',
  description: '公开04表 支出方每一栏：第59行 本年支出合计 = 第33–58行 各功能分类（类）之和；第64行 总计 = 第59行 + 第60行 年末财政拨款结转和结余。',
  scope: 'table',
  tables: ['T04'],
  source: 'SEED-4 (structure)',
  check(ctx) {
    return tablesOf(ctx, 'T04').flatMap((t) => {
      const [total, closing, grand] = rows(t, 'exp.total', 'exp.closing', 'exp.grand');
      const classes = t.rows.filter((r) => r.key === 'exp.class');
      return collect(
        t.columns
          .filter((c) => c.panel === 1)
          .flatMap((c) => [
            columnIdentity(ctx, { rule: T04_3, table: t, key: c.key, target: total, parts: classes }),
            columnIdentity(ctx, { rule: T04_3, table: t, key: c.key, target: grand, parts: [total, closing] }),
          ]),
      );
    });
  },
};
