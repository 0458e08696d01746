import type { Finding } from '../../findings/finding';
import { rowByCode, rowByKey } from '../rows';
import type { Rule } from '../types';
import { crossCheck, place } from './identity';
import { SAN_GONG_ECON } from './san-gong-econ';

export const X14: Rule = {
  id: 'X14',
  title: '基本支出中的“三公”科目不超过“三公”经费',
  description:
    '没有项目支出经济分类表（公开07表）时只能单向核对：公开06表 30212 ≤ 公开11表 因公出国（境）费，31013 ≤ 公务用车购置费，30231 ≤ 公务用车运行维护费，30217 ≤ 公务接待费（无公开11表时与财政拨款“三公”表比较）。',
  scope: 'cross',
  tables: ['T06', 'T11', 'T10'],
  source: 'CODE C1 WP4-A',
  check(ctx) {
    const t06 = ctx.table('T06');
    // 全部财政拨款 三公 (公开10表 / Beijing's only 三公 table) bounds 一般公共预算 too.
    const t11 = ctx.table('T11') ?? ctx.table('T10');
    if (!t06 || !t11 || ctx.table('T07')) return []; // with 公开07表, X13 checks the equality
    const out: (Finding | null)[] = [];
    for (const item of SAN_GONG_ECON) {
      for (const code of item.basic) {
        out.push(
          crossCheck(ctx, { rule: X14, target: place(t06, rowByCode(t06, code), 'amount'), parts: [place(t11, rowByKey(t11, item.row), 'actual')], relation: 'le' }),
        );
      }
    }
    return out.filter((f): f is Finding => !!f);
  },
};
