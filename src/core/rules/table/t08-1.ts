import type { Rule } from '../types';
import { fiscalColumnSums, fiscalHierarchy, fiscalRollForward } from './fiscal-16';
import { tablesOf } from './helpers';

export const T08_1: Rule = {
  id: 'T08-1',
  title: '政府性基金预算财政拨款收入支出决算表：栏间、结转和逐级相加一致',
  description:
    '公开08表 与公开05表同样的栏目关系：各部分合计 = 基本支出 + 项目支出，基本支出 = 人员经费 + 公用经费；年末 = 年初 + 本年收入 − 本年支出；合计、类、款、项逐级相加一致。',
  scope: 'table',
  tables: ['T08'],
  source: 'SEED-4',
  check(ctx) {
    return tablesOf(ctx, 'T08').flatMap((t) => [
      ...fiscalColumnSums(ctx, T08_1, t),
      ...fiscalRollForward(ctx, T08_1, t),
      ...fiscalHierarchy(ctx, T08_1, t),
    ]);
  },
};
