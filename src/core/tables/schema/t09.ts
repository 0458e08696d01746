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
    { key: 'opening.total', name: '年初结转和结余/合计', colNo: 1, header: /年初[^/]*\/(合计|小计)$/ },
    { key: 'opening.carry', name: '年初结转和结余/结转', colNo: 2, header: /年初[^/]*\/结转$/ },
    { key: 'opening.surplus', name: '年初结转和结余/结余', colNo: 3, header: /年初[^/]*\/结余$/ },
    { key: 'income', name: '本年收入', colNo: 4, header: /^本年收入(\/合计)?$/ },
    { key: 'exp', name: '本年支出', colNo: 5, header: /^(本年支出(\/合计)?|合计|本年支出合计)$/ },
    { key: 'closing.total', name: '年末结转和结余/合计', colNo: 6, header: /年末[^/]*\/(合计|小计)$/ },
    { key: 'closing.carry', name: '年末结转和结余/结转', colNo: 7, header: /年末[^/]*\/结转$/ },
    { key: 'closing.surplus', name: '年末结转和结余/结余', colNo: 8, header: /年末[^/]*\/结余$/ },
  ],
};
