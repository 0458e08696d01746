import type { Rule } from '../types';
import { dataRows, rowIdentity, tablesOf } from './helpers';
import type { Finding } from '../../findings/finding';

export const T02_1: Rule = {
  id: 'T02-1',
  title: '收入决算表：本年收入合计等于各项收入之和',
  description:
    '公开02表 每一行：本年收入合计 = 财政拨款收入 + 上级补助收入 + 事业收入 + 经营收入 + 附属单位上缴收入 + 其他收入；其中“教育收费”不超过事业收入。',
  scope: 'table',
  tables: ['T02'],
  source: 'SEED-4; CODE C1 R33210/R33240',
  check(ctx) {
    const out: Finding[] = [];
    for (const table of tablesOf(ctx, 'T02')) {
      const keys = ['fiscal', 'superior', 'business', 'operating', 'subsidiary', 'other'].filter((k) => table.columns.some((c) => c.key === k));
      for (const row of dataRows(table)) {
        const f = rowIdentity(ctx, { rule: T02_1, table, row, target: 'total', parts: keys });
        if (f) out.push(f);
        const g = rowIdentity(ctx, { rule: T02_1, table, row, target: 'business.edu', parts: ['business'], relation: 'le' });
        if (g) out.push(g);
      }
    }
    return out;
  },
};
