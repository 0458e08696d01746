import type { Rule } from '../types';
import { fiscalRollForward } from './fiscal-16';
import { tablesOf } from './helpers';

export const T05_2: Rule = {
  id: 'T05-2',
  title: '一般公共预算财政拨款收入支出决算表：年末结转和结余 = 年初 + 本年收入 − 本年支出',
  description: '公开05表 每一行：年末结转和结余 = 年初结转和结余 + 本年收入 − 本年支出；基本支出、项目支出两部分分别成立。',
  scope: 'table',
  tables: ['T05'],
  source: 'SEED-4 (column semantics); analogue of CODE C1 R33119',
  check(ctx) {
    return tablesOf(ctx, 'T05').flatMap((t) => fiscalRollForward(ctx, T05_2, t));
  },
};
