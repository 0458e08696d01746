import { rowByKey, totalRow } from '../rows';
import type { Rule } from '../types';
import { collect, crossCheck, place } from './identity';

export const X07: Rule = {
  id: 'X07',
  title: '基本支出人员经费、公用经费与基本支出决算表一致',
  description:
    '公开05表 合计行：人员经费 = 公开06表 人员经费合计；公用经费 = 公开06表 公用经费合计；基本支出 = 人员经费合计 + 公用经费合计。',
  scope: 'cross',
  tables: ['T05', 'T06'],
  source: 'CODE C1 R33203, D-006',
  check(ctx) {
    const t05 = ctx.table('T05');
    const t06 = ctx.table('T06');
    const total = totalRow(t05);
    const personnel = place(t06, rowByKey(t06, 'personnel.total'), 'amount');
    const pub = place(t06, rowByKey(t06, 'public.total'), 'amount');
    return collect([
      crossCheck(ctx, { rule: X07, target: place(t05, total, 'exp.personnel'), parts: [personnel] }),
      crossCheck(ctx, { rule: X07, target: place(t05, total, 'exp.public'), parts: [pub] }),
      crossCheck(ctx, { rule: X07, target: place(t05, total, 'exp.basic'), parts: [personnel, pub] }),
    ]);
  },
};
