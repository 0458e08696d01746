import type { TableSchema } from './types';
import { FISCAL_16_COLUMNS } from './fiscal-16';

/** 公开08表 政府性基金预算财政拨款收入支出决算表: the 16 栏 of 公开05. */
export const T08: TableSchema = {
  id: 'T08',
  name: '政府性基金预算财政拨款收入支出决算表',
  kind: 'classified',
  number: 8,
  titles: [{ text: '政府性基金预算财政拨款收入支出决算表', families: ['yunnan', 'central', 'beijing', 'sichuan'] }],
  columns: FISCAL_16_COLUMNS,
};
