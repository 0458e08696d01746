import type { Finding } from '../../findings/finding';
import { rowByCode, rowByKey } from '../rows';
import type { Rule } from '../types';
import { absent, crossCheck, place } from './identity';
import { SAN_GONG_ECON } from './san-gong-econ';
import { onlyGeneralBudget } from './x12';

export const X13: Rule = {
  id: 'X13',
  title: '“三公”经费与经济分类科目一致',
  description:
    '公开11表 决算数：因公出国（境）费 = 公开06表 + 公开07表 30212；公务用车购置费 = 31013（+ 公开07表 30913）；公务用车运行维护费 = 30231；公务接待费 = 30217。',
  scope: 'cross',
  tables: ['T11', 'T10', 'T06', 'T07'],
  inferred: true,
  source: 'CODE C1 WP4-A (mapping); equality with 公开07 inferred',
  check(ctx) {
    // Without 公开11表, the 财政拨款 三公 table stands for it when all 财政拨款 is 一般公共预算.
    const t11 = ctx.table('T11') ?? (onlyGeneralBudget(ctx) ? ctx.table('T10') : undefined);
    const t06 = ctx.table('T06');
    const t07 = ctx.table('T07');
    if (!t11 || !t06 || !t07) return [];
    const out: (Finding | null)[] = [];
    for (const item of SAN_GONG_ECON) {
      const parts = [
        ...item.basic.map((c) => place(t06, rowByCode(t06, c), 'amount') ?? absent(t06, `${c} 行`)),
        ...item.project.map((c) => place(t07, rowByCode(t07, c), 'amount') ?? absent(t07, `${c} 行`)),
      ];
      out.push(crossCheck(ctx, { rule: X13, target: place(t11, rowByKey(t11, item.row), 'actual'), parts }));
    }
    return out.filter((f): f is Finding => !!f);
  },
};
