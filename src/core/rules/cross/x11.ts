import { rowByKey, totalRow } from '../rows';
import type { Rule } from '../types';
import { collect, crossCheck, place } from './identity';

export const X11: Rule = {
  id: 'X11',
  title: '机关运行经费与基本支出公用经费一致',
  description:
    '机关运行经费是行政单位和参公事业单位财政拨款基本支出中的公用经费：公开10表 机关运行经费 ≤ 公开06表 公用经费合计（+ 公开08表 公用经费），不符为错误；' +
    '填了机关运行经费而与公用经费合计不等时提示（部门含非参公事业单位时属正常）。',
  scope: 'cross',
  tables: ['T10', 'T06'],
  source: 'SEED-4 (note 2 under 公开10); SEED-3; CODE C1 R009',
  check(ctx) {
    const t10 = ctx.table('T10');
    const t06 = ctx.table('T06');
    const t08 = ctx.table('T08');
    const target = place(t10, rowByKey(t10, 'opex.total'), 'actual');
    if (!target || ctx.amount(target.ref).value.isZero()) return []; // 纯事业单位: nothing to compare
    const parts = [place(t06, rowByKey(t06, 'public.total'), 'amount')];
    const fundPublic = place(t08, totalRow(t08), 'exp.public');
    if (fundPublic && ctx.hasNumber(fundPublic.ref)) parts.push(fundPublic);
    const atMost = crossCheck(ctx, { rule: X11, target, parts, relation: 'le' });
    if (atMost) return [atMost];
    // Equality holds only when every unit of the department is 行政 or 参公: a warning at most.
    return collect([crossCheck(ctx, { rule: { id: X11.id, inferred: true }, target, parts, fixable: false })]);
  },
};
