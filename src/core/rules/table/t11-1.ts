import type { Rule } from '../types';
import { tablesOf } from './helpers';
import { sangongSums } from './sangong';

export const T11_1: Rule = {
  id: 'T11-1',
  title: '一般公共预算财政拨款“三公”经费情况表：支出合计与各分项一致',
  description: '公开11表 每一栏：与公开10表第1–10行相同的关系（支出合计 = 三项之和，用车 = 购置 + 运行，接待 = 国内 + 国（境）外，外事 ≤ 国内）。',
  scope: 'table',
  tables: ['T11'],
  source: 'SEED-4',
  check(ctx) {
    return tablesOf(ctx, 'T11').flatMap((t) => sangongSums(ctx, T11_1, t));
  },
};
