import type { Rule } from '../types';
import { dataRows, rowIdentity, tablesOf } from './helpers';
import type { Finding } from '../../findings/finding';

export const T03_1: Rule = {
  id: 'T03-1',
  title: '支出决算表：本年支出合计等于各项支出之和',
  description: '公开03表 每一行：本年支出合计 = 基本支出 + 项目支出 + 上缴上级支出 + 经营支出 + 对附属单位补助支出。',
  scope: 'table',
  tables: ['T03'],
  source: 'CODE C1 R33211/R33241',
  check(ctx) {
    const out: Finding[] = [];
    for (const table of tablesOf(ctx, 'T03')) {
      const keys = ['basic', 'project', 'remit', 'operating', 'subsidiary'].filter((k) => table.columns.some((c) => c.key === k));
      for (const row of dataRows(table)) {
        const f = rowIdentity(ctx, { rule: T03_1, table, row, target: 'total', parts: keys });
        if (f) out.push(f);
      }
    }
    return out;
  },
};
