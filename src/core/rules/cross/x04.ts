import { rowByKey } from '../rows';
import type { Rule } from '../types';
import { collect, crossCheck, place } from './identity';

const SOURCES = ['inc.gpb', 'inc.fund', 'inc.soe'];

export const X04: Rule = {
  id: 'X04',
  title: '财政拨款收入与总表一致',
  description:
    '公开04表 第1–3行（一般公共预算、政府性基金预算、国有资本经营预算财政拨款收入）= 公开01表 第1–3行；只印“财政拨款收入”一行的总表，与三者之和比较。',
  scope: 'cross',
  tables: ['T01', 'T04'],
  inferred: true,
  source: 'inferred',
  check(ctx) {
    const t01 = ctx.table('T01');
    const t04 = ctx.table('T04');
    if (!t01 || !t04) return [];
    const fiscal = rowByKey(t01, 'inc.fiscal');
    if (fiscal && !rowByKey(t01, 'inc.gpb')) {
      const parts = SOURCES.map((k) => place(t04, rowByKey(t04, k), 'amount'));
      return collect([crossCheck(ctx, { rule: X04, target: place(t01, fiscal, 'amount'), parts, missingIsZero: true })]);
    }
    return collect(
      SOURCES.map((k) =>
        crossCheck(ctx, { rule: X04, target: place(t04, rowByKey(t04, k), 'amount'), parts: [place(t01, rowByKey(t01, k), 'amount')] }),
      ),
    );
  },
};
