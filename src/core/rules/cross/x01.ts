import { rowByKey, totalRow } from '../rows';
import type { Rule } from '../types';
import { collect, crossCheck, place } from './identity';

/** 收入支出决算表 本年收入/支出合计 = 收入决算表 / 支出决算表 合计行. */
export const X01: Rule = {
  id: 'X01',
  title: '总表本年收支合计与收入、支出决算表合计一致',
  description: '公开01表 本年收入合计 = 公开02表 合计行 本年收入合计；公开01表 本年支出合计 = 公开03表 合计行 本年支出合计。',
  scope: 'cross',
  tables: ['T01', 'T02', 'T03'],
  source: 'CODE C1 R33200/R33201',
  check(ctx) {
    const t01 = ctx.table('T01');
    const t02 = ctx.table('T02');
    const t03 = ctx.table('T03');
    return collect([
      crossCheck(ctx, { rule: X01, target: place(t01, rowByKey(t01, 'inc.total'), 'amount'), parts: [place(t02, totalRow(t02), 'total')] }),
      crossCheck(ctx, { rule: X01, target: place(t01, rowByKey(t01, 'exp.total'), 'amount'), parts: [place(t03, totalRow(t03), 'total')] }),
    ]);
  },
};
