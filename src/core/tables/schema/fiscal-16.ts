import type { ColumnSpec } from './types';

/**
 * The 16 栏 of 公开05表 and 公开08表 (same layout). Order matters for header-text matching:
 * the more specific pattern comes first, each anchored at the end of the header path.
 */
export const FISCAL_16_COLUMNS: ColumnSpec[] = [
  { key: 'opening.total', colNo: 1, header: /年初[^/]*\/(合计|小计)$/ },
  { key: 'opening.basic', colNo: 2, header: /年初[^/]*\/基本支出(结转)?$/ },
  { key: 'opening.project', colNo: 3, header: /年初[^/]*\/项目支出(结转和结余)?$/ },
  { key: 'income.total', colNo: 4, header: /本年收入\/(合计|小计)$/ },
  { key: 'income.basic', colNo: 5, header: /本年收入\/基本支出$/ },
  { key: 'income.project', colNo: 6, header: /本年收入\/项目支出$/ },
  { key: 'exp.personnel', colNo: 9, header: /人员经费$/ },
  { key: 'exp.public', colNo: 10, header: /公用经费$/ },
  { key: 'exp.total', colNo: 7, header: /^(本年支出\/)?(合计|本年支出合计)$|^本年支出$/ },
  { key: 'exp.basic', colNo: 8, header: /^(本年支出\/)?基本支出(\/小计)?$/ },
  { key: 'exp.project', colNo: 11, header: /^(本年支出\/)?项目支出$/ },
  { key: 'closing.total', colNo: 12, header: /年末[^/]*\/(合计|小计)$/ },
  { key: 'closing.basic', colNo: 13, header: /年末[^/]*\/基本支出(结转)?$/ },
  { key: 'closing.project.carry', colNo: 15, header: /年末[^/]*\/.*项目支出结转$/ },
  { key: 'closing.project.surplus', colNo: 16, header: /年末[^/]*\/.*项目支出结余$/ },
  { key: 'closing.project', colNo: 14, header: /年末[^/]*\/项目支出结转和结余(\/小计)?$/ },
];
