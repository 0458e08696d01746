import type { Rule } from '../types';
import { basicSplit } from './x07';

/** X07 for 政府性基金 money, in Beijing's twelve tables (表7 and 表8). */
export const X16: Rule = {
  id: 'X16',
  title: '政府性基金基本支出与其基本支出决算表一致（北京表式）',
  description:
    '政府性基金预算财政拨款收入支出决算表 合计行：人员经费 = 政府性基金预算财政拨款基本支出决算表 人员经费合计；公用经费 = 公用经费合计；基本支出 = 人员经费合计 + 公用经费合计。',
  scope: 'cross',
  tables: ['T08', 'T08B'],
  source: 'REFERENCE §1.4 (Beijing set); the X07 identity for 政府性基金',
  check: (ctx) => basicSplit(ctx, X16, ctx.table('T08'), ctx.table('T08B')),
};
