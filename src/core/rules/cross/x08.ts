import { totalRow } from '../rows';
import type { Rule } from '../types';
import { collect, crossCheck, place } from './identity';
import { isUnreadableAt } from '../table-amounts';

export const X08: Rule = {
  id: 'X08',
  title: '项目支出与项目支出决算表一致',
  description: '公开05表 合计行 项目支出 = 公开07表 各经济分类“类”金额之和（公开07表是公开05表项目支出的经济分类明细）。',
  scope: 'cross',
  tables: ['T05', 'T07'],
  inferred: true,
  source: 'inferred',
  check(ctx) {
    const t05 = ctx.table('T05');
    const t07 = ctx.table('T07');
    if (!t07) return [];
    // Empty 类 lines are exact zeros: leaving them out keeps the message readable.
    const classes = t07.rows
      .filter((r) => r.level === 'class')
      .map((r) => place(t07, r, 'amount'))
      .filter((p) => p && (ctx.hasNumber(p.ref) || isUnreadableAt(ctx, p.ref)));
    return collect([crossCheck(ctx, { rule: X08, target: place(t05, totalRow(t05), 'exp.project'), parts: classes, missingIsZero: true })]);
  },
};
