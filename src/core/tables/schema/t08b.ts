import type { TableSchema } from './types';
import { T06 } from './t06';

/**
 * Beijing's 政府性基金预算财政拨款基本支出决算表 (表8 of the 区级 twelve): the 公开06表 layout for
 * 政府性基金 money — 经济分类 panels and the 人员经费合计 / 公用经费合计 footer. No 公开编号.
 */
export const T08B: TableSchema = {
  id: 'T08B',
  name: '政府性基金预算财政拨款基本支出决算表',
  kind: 'econ-panels',
  titles: [{ text: '政府性基金预算财政拨款基本支出决算表', families: ['beijing'] }],
  columns: T06.columns,
  rows: T06.rows,
};
