import type { Rule } from '../types';
import { hierarchy, tablesOf } from './helpers';

export const T06_2: Rule = {
  id: 'T06-2',
  title: '一般公共预算财政拨款基本支出决算表：各类等于所属各款之和',
  description: '公开06表（北京表式的政府性基金预算财政拨款基本支出决算表同样）：每个经济分类“类”（3位编码，如 301）= 所属各“款”（5位编码，如 30101…30199）之和。',
  scope: 'table',
  tables: ['T06', 'T08B'],
  source: 'SEED-4 (structure)',
  check(ctx) {
    return tablesOf(ctx, 'T06', 'T08B').flatMap((t) => hierarchy(ctx, T06_2, t));
  },
};
