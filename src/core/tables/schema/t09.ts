import type { TableSchema } from './types';

/**
 * 公开09表 国有资本经营预算财政拨款收入支出决算表. Beijing/Sichuan also print a
 * 国有资本经营预算财政拨款支出决算表 (合计/基本支出/项目支出): mapped here with the 本年支出 column only.
 */
export const T09: TableSchema = {
  id: 'T09',
  name: '国有资本经营预算财政拨款收入支出决算表',
  kind: 'classified',
  number: 9,
  titles: [
    { text: '国有资本经营预算财政拨款收入支出决算表', families: ['yunnan', 'central', 'sichuan'] },
    { text: '国有资本经营预算财政拨款支出决算表', families: ['beijing', 'sichuan'], columns: ['exp'] },
  ],
  columns: [
    { key: 'opening.total', colNo: 1, header: /年初[^/]*\/(合计|小计)$/ },
    { key: 'opening.carry', colNo: 2, header: /年初[^/]*\/结转$/ },
    { key: 'opening.surplus', colNo: 3, header: /年初[^/]*\/结余$/ },
    { key: 'income', colNo: 4, header: /^本年收入(\/合计)?$/ },
    { key: 'exp', colNo: 5, header: /^(本年支出(\/合计)?|合计|本年支出合计)$/ },
    { key: 'closing.total', colNo: 6, header: /年末[^/]*\/(合计|小计)$/ },
    { key: 'closing.carry', colNo: 7, header: /年末[^/]*\/结转$/ },
    { key: 'closing.surplus', colNo: 8, header: /年末[^/]*\/结余$/ },
  ],
};
