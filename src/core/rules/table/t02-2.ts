import type { Rule } from '../types';
import { hierarchy, tablesOf } from './helpers';

export const T02_2: Rule = {
  id: 'T02-2',
  title: '收入决算表：合计、类、款、项逐级相加一致',
  description: '公开02表 每一栏：合计 = 各类（3位编码）之和；类 = 所属各款（5位）之和；款 = 所属各项（7位）之和。',
  scope: 'table',
  tables: ['T02'],
  source: 'CODE C1 R33120',
  check(ctx) {
    return tablesOf(ctx, 'T02').flatMap((t) => hierarchy(ctx, T02_2, t));
  },
};
