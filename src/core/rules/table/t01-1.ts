import type { Rule } from '../types';
import { collect, columnIdentity, rows, tablesOf } from './helpers';

export const T01_1: Rule = {
  id: 'T01-1',
  title: '收入支出决算表：本年收入合计等于各项收入之和',
  description: '公开01表 第27行 本年收入合计 = 第1–8行 各项收入之和（一般公共预算、政府性基金、国有资本经营预算财政拨款收入，上级补助、事业、经营、附属单位上缴、其他收入）。',
  scope: 'table',
  tables: ['T01'],
  source: 'SEED-4; CODE C1 R33115',
  check(ctx) {
    return collect(
      tablesOf(ctx, 'T01').map((t) => {
        const [total] = rows(t, 'inc.total');
        const parts = rows(t, 'inc.fiscal', 'inc.gpb', 'inc.fund', 'inc.soe', 'inc.superior', 'inc.business', 'inc.operating', 'inc.subsidiary', 'inc.other');
        return columnIdentity(ctx, { rule: T01_1, table: t, key: 'amount', target: total, parts });
      }),
    );
  },
};
