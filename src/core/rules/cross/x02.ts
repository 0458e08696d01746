import { rowByKey, totalRow } from '../rows';
import type { Rule } from '../types';
import { collect, crossCheck, minus, place } from './identity';

/** Each income line of the 总表 against the column of 收入决算表 that holds the same source. */
const SAME_SOURCE: [rowKey: string, colKey: string][] = [
  ['inc.superior', 'superior'],
  ['inc.business', 'business'],
  ['inc.operating', 'operating'],
  ['inc.subsidiary', 'subsidiary'],
  ['inc.other', 'other'],
];

export const X02: Rule = {
  id: 'X02',
  title: '总表各项收入与收入决算表各栏一致',
  description:
    '公开01表 第1–3行（财政拨款收入）之和 = 公开02表 合计行 财政拨款收入；第4–8行 = 公开02表 上级补助收入、事业收入、经营收入、附属单位上缴收入、其他收入。',
  scope: 'cross',
  tables: ['T01', 'T02'],
  inferred: true,
  source: 'inferred (column correspondence); CODE C1 R33204',
  check(ctx) {
    const t01 = ctx.table('T01');
    const t02 = ctx.table('T02');
    const total = totalRow(t02);
    if (!t01 || !total) return [];
    const fiscal = place(t02, total, 'fiscal');
    const out = [];
    const fiscalRow = rowByKey(t01, 'inc.fiscal');
    if (fiscalRow) {
      out.push(crossCheck(ctx, { rule: X02, target: place(t01, fiscalRow, 'amount'), parts: [fiscal] }));
    } else {
      // 财政拨款收入 = 一般公共预算 + 政府性基金 + 国有资本经营: the finding points at 第1行 (most often the one filled).
      const gpb = place(t01, rowByKey(t01, 'inc.gpb'), 'amount');
      const others = ['inc.fund', 'inc.soe'].map((k) => minus(place(t01, rowByKey(t01, k), 'amount')));
      if (fiscal) out.push(crossCheck(ctx, { rule: X02, target: gpb, parts: [fiscal, ...others], missingIsZero: true }));
    }
    for (const [rowKey, colKey] of SAME_SOURCE) {
      out.push(crossCheck(ctx, { rule: X02, target: place(t01, rowByKey(t01, rowKey), 'amount'), parts: [place(t02, total, colKey)] }));
    }
    return collect(out);
  },
};
