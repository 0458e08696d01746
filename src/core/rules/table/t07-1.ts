import type { Rule } from '../types';
import { hierarchy, tablesOf } from './helpers';

export const T07_1: Rule = {
  id: 'T07-1',
  title: '一般公共预算财政拨款项目支出决算表：各类等于所属各款之和',
  description: '公开07表：每个经济分类“类”（301、302、303、307、309、310、311、312、313、399）= 所属各“款”之和（表中印有合计行时，合计 = 各类之和）。',
  scope: 'table',
  tables: ['T07'],
  source: 'SEED-4 (structure)',
  check(ctx) {
    return tablesOf(ctx, 'T07').flatMap((t) => hierarchy(ctx, T07_1, t));
  },
};
