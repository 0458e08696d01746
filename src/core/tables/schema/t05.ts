import type { TableSchema } from './types';
import { FISCAL_16_COLUMNS } from './fiscal-16';

/**
 * 公开05表 一般公共预算财政拨款收入支出决算表 (16 栏). The central/Beijing/Sichuan
 * 一般公共预算财政拨款支出决算表 (合计/基本支出/项目支出) maps here with three columns.
 */
export const T05: TableSchema = {
  id: 'T05',
  name: '一般公共预算财政拨款收入支出决算表',
  kind: 'classified',
  number: 5,
  titles: [
    { text: '一般公共预算财政拨款收入支出决算表', families: ['yunnan'] },
    {
      text: '一般公共预算财政拨款支出决算表',
      families: ['central', 'beijing', 'sichuan'],
      columns: ['exp.total', 'exp.basic', 'exp.personnel', 'exp.public', 'exp.project'],
    },
  ],
  columns: FISCAL_16_COLUMNS,
};
