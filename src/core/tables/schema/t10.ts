import type { TableSchema } from './types';
import { SANGONG_COLUMNS, SANGONG_ROWS, STATS_ROWS } from './sangong-rows';

/**
 * 公开10表 财政拨款“三公”经费、行政参公单位机关运行经费情况表 (2019–2022 without 财政拨款);
 * Beijing/Sichuan 财政拨款“三公”经费支出决算表 (all 财政拨款) maps here too.
 */
export const T10: TableSchema = {
  id: 'T10',
  name: '财政拨款“三公”经费、行政参公单位机关运行经费情况表',
  kind: 'fixed',
  number: 10,
  titles: [
    { text: '财政拨款“三公”经费、行政参公单位机关运行经费情况表', families: ['yunnan'] },
    { text: '“三公”经费、行政参公单位机关运行经费情况表', families: ['yunnan'] },
    { text: '财政拨款“三公”经费支出决算表', families: ['beijing', 'sichuan'] },
  ],
  columns: SANGONG_COLUMNS,
  rows: [...SANGONG_ROWS, ...STATS_ROWS],
};
