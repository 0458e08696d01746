import type { Finding } from '../../findings/finding';
import type { RecognizedTable } from '../../tables/types';
import type { CheckContext } from '../context';
import { rowByKey, totalRow } from '../rows';
import type { Rule } from '../types';
import { collect, crossCheck, place } from './identity';

/**
 * A 16-column 收入支出 table's 合计 row against the 基本支出 table that details it: 人员经费 = 人员经费合计,
 * 公用经费 = 公用经费合计, 基本支出 = both (X07 for 一般公共预算, X16 for 政府性基金).
 */
export function basicSplit(ctx: CheckContext, rule: Rule, fiscal: RecognizedTable | undefined, basic: RecognizedTable | undefined): Finding[] {
  const total = totalRow(fiscal);
  const personnel = place(basic, rowByKey(basic, 'personnel.total'), 'amount');
  const pub = place(basic, rowByKey(basic, 'public.total'), 'amount');
  return collect([
    crossCheck(ctx, { rule, target: place(fiscal, total, 'exp.personnel'), parts: [personnel] }),
    crossCheck(ctx, { rule, target: place(fiscal, total, 'exp.public'), parts: [pub] }),
    crossCheck(ctx, { rule, target: place(fiscal, total, 'exp.basic'), parts: [personnel, pub] }),
  ]);
}

export const X07: Rule = {
  id: 'X07',
  title: '基本支出人员经费、公用经费与基本支出决算表一致',
  description:
    '公开05表 合计行：人员经费 = 公开06表 人员经费合计；公用经费 = 公开06表 公用经费合计；基本支出 = 人员经费合计 + 公用经费合计。',
  scope: 'cross',
  tables: ['T05', 'T06'],
  source: 'CODE C1 R33203, D-006',
  check: (ctx) => basicSplit(ctx, X07, ctx.table('T05'), ctx.table('T06')),
};
