import type { TableSchema } from './types';

/** 公开02表 收入决算表 (all families). */
export const T02: TableSchema = {
  id: 'T02',
  name: '收入决算表',
  kind: 'classified',
  number: 2,
  titles: [{ text: '收入决算表', families: ['yunnan', 'central', 'beijing', 'sichuan'] }],
  columns: [
    { key: 'total', name: '本年收入合计', colNo: 1, header: /(本年收入合计|收入合计|^合计)$/ },
    { key: 'fiscal', name: '财政拨款收入', colNo: 2, header: /财政拨款(收入)?$/ },
    { key: 'superior', name: '上级补助收入', colNo: 3, header: /上级补助收入$/ },
    { key: 'business.edu', name: '事业收入/其中：教育收费', colNo: 5, header: /教育收费$/ },
    { key: 'business', name: '事业收入/小计', colNo: 4, header: /事业收入(\/小计)?$/ },
    { key: 'operating', name: '经营收入', colNo: 6, header: /经营收入$/ },
    { key: 'subsidiary', name: '附属单位上缴收入', colNo: 7, header: /附属单位上缴收入$/ },
    { key: 'other', name: '其他收入', colNo: 8, header: /其他收入$/ },
  ],
};
