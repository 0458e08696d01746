import type { Rule } from '../types';
import { fiscalColumnSums } from './fiscal-16';
import { tablesOf } from './helpers';

export const T05_1: Rule = {
  id: 'T05-1',
  title: '一般公共预算财政拨款收入支出决算表：各栏合计等于基本支出与项目支出之和',
  description:
    '公开05表 每一行：年初、本年收入、本年支出、年末各栏的合计 = 基本支出 + 项目支出；本年支出中 基本支出 = 人员经费 + 公用经费；年末 项目支出结转和结余 = 项目支出结转 + 项目支出结余（末三栏表头为推断，差异只作警告）。',
  scope: 'table',
  tables: ['T05'],
  source: 'SEED-4 (column structure; c14–c16 inferred)',
  check(ctx) {
    return tablesOf(ctx, 'T05').flatMap((t) => fiscalColumnSums(ctx, T05_1, t));
  },
};
