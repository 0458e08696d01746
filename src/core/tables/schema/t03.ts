import type { TableSchema } from './types';

/** 公开03表 支出决算表 (all families). */
export const T03: TableSchema = {
  id: 'T03',
  name: '支出决算表',
  kind: 'classified',
  number: 3,
  titles: [{ text: '支出决算表', families: ['yunnan', 'central', 'beijing', 'sichuan'] }],
  columns: [
    { key: 'total', name: '本年支出合计', colNo: 1, header: /(本年支出合计|支出合计|^合计)$/ },
    { key: 'basic', name: '基本支出', colNo: 2, header: /基本支出$/ },
    { key: 'project', name: '项目支出', colNo: 3, header: /项目支出$/ },
    { key: 'remit', name: '上缴上级支出', colNo: 4, header: /上缴上级支出$/ },
    { key: 'operating', name: '经营支出', colNo: 5, header: /经营支出$/ },
    { key: 'subsidiary', name: '对附属单位补助支出', colNo: 6, header: /对附属单位补助支出$/ },
  ],
};
