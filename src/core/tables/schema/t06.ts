import type { TableSchema } from './types';

/**
 * 公开06表 一般公共预算财政拨款基本支出决算表: 经济分类 panels 科目编码|科目名称|金额 side by side,
 * footer 人员经费合计 / 公用经费合计.
 */
export const T06: TableSchema = {
  id: 'T06',
  name: '一般公共预算财政拨款基本支出决算表',
  kind: 'econ-panels',
  number: 6,
  titles: [
    { text: '一般公共预算财政拨款基本支出决算表', families: ['yunnan', 'central', 'beijing', 'sichuan'] },
    { text: '一般公共预算财政拨款基本支出决算明细表', families: ['sichuan'] },
  ],
  columns: [{ key: 'amount', name: '金额', header: /(金额|决算数|合计)$/ }],
  rows: [
    { key: 'personnel.total', label: /^人员经费合计$/ },
    { key: 'public.total', label: /^公用经费合计$/ },
  ],
};
