import type { Rule } from '../types';
import { collect, rowIdentity, tablesOf } from './helpers';

export const T04_2: Rule = {
  id: 'T04-2',
  title: '财政拨款收入支出决算表：支出合计栏等于三类财政拨款之和',
  description: '公开04表 支出方每一行：合计 = 一般公共预算财政拨款 + 政府性基金预算财政拨款 + 国有资本经营预算财政拨款。',
  scope: 'table',
  tables: ['T04'],
  source: 'CODE C1 R33119',
  check(ctx) {
    return tablesOf(ctx, 'T04').flatMap((t) =>
      collect(t.rows.filter((r) => r.panel === 1).map((row) => rowIdentity(ctx, { rule: T04_2, table: t, row, target: 'total', parts: ['gpb', 'fund', 'soe'] }))),
    );
  },
};
