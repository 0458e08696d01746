import type { TableSchema } from './types';
import { SANGONG_COLUMNS, SANGONG_ROWS } from './sangong-rows';

/** 公开11表 一般公共预算财政拨款“三公”经费情况表 (2023); central: …“三公”经费支出决算表. */
export const T11: TableSchema = {
  id: 'T11',
  name: '一般公共预算财政拨款“三公”经费情况表',
  kind: 'fixed',
  number: 11,
  titles: [
    { text: '一般公共预算财政拨款“三公”经费情况表', families: ['yunnan'] },
    { text: '一般公共预算财政拨款“三公”经费支出决算表', families: ['central'] },
    // Shaanxi prints 会议费、培训费 beside the 三公 items (REFERENCE §1.4).
    { text: '一般公共预算财政拨款“三公”经费及会议费、培训费支出决算表', families: ['central'] },
  ],
  columns: SANGONG_COLUMNS,
  rows: SANGONG_ROWS,
};
