import { rowByKey, totalRow } from '../rows';
import type { Rule } from '../types';
import { collect, crossCheck, place } from './identity';

/** Income lines other than 一般公共预算: when all are empty, every expenditure is 一般公共预算. */
const OTHER_SOURCES = ['inc.fund', 'inc.soe', 'inc.superior', 'inc.business', 'inc.operating', 'inc.subsidiary', 'inc.other', 'inc.reserve', 'inc.opening'];

export const X09: Rule = {
  id: 'X09',
  title: '全部支出不小于一般公共预算财政拨款支出',
  description:
    '公开03表 合计行 基本支出 ≥ 公开05表 基本支出，项目支出 ≥ 公开05表 项目支出（全部资金 ≥ 一般公共预算）；总表无其他收入来源和结转时两者应相等。',
  scope: 'cross',
  tables: ['T03', 'T05'],
  inferred: true,
  source: 'inferred',
  check(ctx) {
    const t03 = ctx.table('T03');
    const t05 = ctx.table('T05');
    const t01 = ctx.table('T01');
    const all = totalRow(t03);
    const gpb = totalRow(t05);
    // Equality only when the 总表 shows that nothing but 一般公共预算 money was there to spend.
    const onlyGpb = !!t01 && OTHER_SOURCES.every((k) => {
      const row = rowByKey(t01, k);
      return !row?.cells.amount || ctx.amount(row.cells.amount).value.isZero();
    });
    const relation = onlyGpb ? 'eq' : 'le';
    return collect([
      // Either table may hold the slip: no value is proposed.
      crossCheck(ctx, { rule: X09, target: place(t05, gpb, 'exp.basic'), parts: [place(t03, all, 'basic')], relation, fixable: false }),
      crossCheck(ctx, { rule: X09, target: place(t05, gpb, 'exp.project'), parts: [place(t03, all, 'project')], relation, fixable: false }),
    ]);
  },
};
