import type { Workbook } from '../../core/model/workbook';

/** Last year's 决算 workbook, read in the browser for the narrative's 上年数 (held for this session only). */
export interface PriorYear {
  name: string;
  workbook: Workbook;
}
