import type { Finding } from '../../findings/finding';
import type { Rule } from '../types';
import { pairByCode } from './bycode';
import { absent, crossCheck, place } from './identity';

/** 总表 expenditure 类 lines against 支出决算表 类 rows of the same code. */
export const X03: Rule = {
  id: 'X03',
  title: '总表各类支出与支出决算表类级一致',
  description: '公开01表 第31–56行 每个功能分类“类” = 公开03表 同一科目编码的类级行 本年支出合计。',
  scope: 'cross',
  tables: ['T01', 'T03'],
  inferred: true,
  source: 'inferred (correspondence of the two tables)',
  check(ctx) {
    const t01 = ctx.table('T01');
    const t03 = ctx.table('T03');
    if (!t01 || !t03) return [];
    const out: (Finding | null)[] = [];
    for (const { code, left, right } of pairByCode(t01, t03, ['class'])) {
      const a = place(t01, left, 'amount');
      const b = place(t03, right, 'total');
      if (a) out.push(crossCheck(ctx, { rule: X03, target: a, parts: [b ?? absent(t03, `${code} 类级行`)] }));
      else if (b) out.push(crossCheck(ctx, { rule: X03, target: b, parts: [absent(t01, `${code} 对应的类级行`)] }));
    }
    return out.filter((f): f is Finding => !!f);
  },
};
