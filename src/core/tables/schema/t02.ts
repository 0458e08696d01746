import type { TableSchema } from './types';

/** 公开02表 收入决算表 (all families). */
export const T02: TableSchema = {
  id: 'T02',
  name: '收入决算表',
  kind: 'classified',
  number: 2,
  titles: [{ text: '收入决算表', families: ['yunnan', 'central', 'beijing', 'sichuan'] }],
  columns: [
    { key: 'total', colNo: 1, header: /(本年收入合计|收入合计|^合计)$/ },
    { key: 'fiscal', colNo: 2, header: /财政拨款(收入)?$/ },
    { key: 'superior', colNo: 3, header: /上级补助收入$/ },
    { key: 'business.edu', colNo: 5, header: /教育收费$/ },
    { key: 'business', colNo: 4, header: /事业收入(\/小计)?$/ },
    { key: 'operating', colNo: 6, header: /经营收入$/ },
    { key: 'subsidiary', colNo: 7, header: /附属单位上缴收入$/ },
    { key: 'other', colNo: 8, header: /其他收入$/ },
  ],
};
