import type { TableSchema } from './types';

/** 公开07表 一般公共预算财政拨款项目支出决算表 (from 2022): 经济分类 panels, no footer. */
export const T07: TableSchema = {
  id: 'T07',
  name: '一般公共预算财政拨款项目支出决算表',
  kind: 'econ-panels',
  number: 7,
  titles: [{ text: '一般公共预算财政拨款项目支出决算表', families: ['yunnan', 'sichuan'] }],
  columns: [{ key: 'amount', name: '金额', header: /(金额|决算数|合计)$/ }],
};
