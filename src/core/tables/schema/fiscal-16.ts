import type { ColumnSpec } from './types';

/**
 * The 16 栏 of 公开05表 and 公开08表 (same layout). Order matters for header-text matching:
 * the more specific pattern comes first, each anchored at the end of the header path.
 */
export const FISCAL_16_COLUMNS: ColumnSpec[] = [
  { key: 'opening.total', name: '年初结转和结余/合计', colNo: 1, header: /年初[^/]*\/(合计|小计)$/ },
  { key: 'opening.basic', name: '年初结转和结余/基本支出结转', colNo: 2, header: /年初[^/]*\/基本支出(结转)?$/ },
  { key: 'opening.project', name: '年初结转和结余/项目支出结转和结余', colNo: 3, header: /年初[^/]*\/项目支出(结转和结余)?$/ },
  { key: 'income.total', name: '本年收入/合计', colNo: 4, header: /本年收入\/(合计|小计)$/ },
  { key: 'income.basic', name: '本年收入/基本支出', colNo: 5, header: /本年收入\/基本支出$/ },
  { key: 'income.project', name: '本年收入/项目支出', colNo: 6, header: /本年收入\/项目支出$/ },
  { key: 'exp.personnel', name: '本年支出/基本支出/人员经费', colNo: 9, header: /人员经费$/ },
  { key: 'exp.public', name: '本年支出/基本支出/公用经费', colNo: 10, header: /公用经费$/ },
  { key: 'exp.total', name: '本年支出/合计', colNo: 7, header: /^(本年支出\/)?(合计|本年支出合计)$|^本年支出$/ },
  { key: 'exp.basic', name: '本年支出/基本支出/小计', colNo: 8, header: /^(本年支出\/)?基本支出(\/小计)?$/ },
  { key: 'exp.project', name: '本年支出/项目支出', colNo: 11, header: /^(本年支出\/)?项目支出$/ },
  { key: 'closing.total', name: '年末结转和结余/合计', colNo: 12, header: /年末[^/]*\/(合计|小计)$/ },
  { key: 'closing.basic', name: '年末结转和结余/基本支出结转', colNo: 13, header: /年末[^/]*\/基本支出(结转)?$/ },
  { key: 'closing.project.carry', name: '年末结转和结余/项目支出结转和结余/项目支出结转', colNo: 15, header: /年末[^/]*\/.*项目支出结转$/ },
  { key: 'closing.project.surplus', name: '年末结转和结余/项目支出结转和结余/项目支出结余', colNo: 16, header: /年末[^/]*\/.*项目支出结余$/ },
  { key: 'closing.project', name: '年末结转和结余/项目支出结转和结余/小计', colNo: 14, header: /年末[^/]*\/项目支出结转和结余(\/小计)?$/ },
];
