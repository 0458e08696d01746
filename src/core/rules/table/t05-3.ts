import type { Rule } from '../types';
import { fiscalHierarchy } from './fiscal-16';
import { tablesOf } from './helpers';

export const T05_3: Rule = {
  id: 'T05-3',
  title: '一般公共预算财政拨款收入支出决算表：合计、类、款、项逐级相加一致',
  description: '公开05表 每一栏：合计 = 各类之和；类 = 所属各款之和；款 = 所属各项之和。',
  scope: 'table',
  tables: ['T05'],
  source: 'CODE C1 R33120',
  check(ctx) {
    return tablesOf(ctx, 'T05').flatMap((t) => fiscalHierarchy(ctx, T05_3, t));
  },
};
