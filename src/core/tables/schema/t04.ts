import type { TableSchema } from './types';

/** 公开04表 财政拨款收入支出决算表 (2019–2021 and other families: …决算总表). */
export const T04: TableSchema = {
  id: 'T04',
  name: '财政拨款收入支出决算表',
  kind: 'two-sided',
  number: 4,
  titles: [
    { text: '财政拨款收入支出决算表', families: ['yunnan'] },
    { text: '财政拨款收入支出决算总表', families: ['yunnan', 'central', 'beijing', 'sichuan'] },
  ],
  columns: [
    { key: 'amount', name: '收入/决算数', panel: 0, colNo: 1, header: /(金额|决算数|本年数)$/ },
    { key: 'gpb', name: '支出/一般公共预算财政拨款', panel: 1, colNo: 3, header: /一般公共预算(财政拨款)?$/ },
    { key: 'fund', name: '支出/政府性基金预算财政拨款', panel: 1, colNo: 4, header: /政府性基金(预算)?(财政拨款)?$/ },
    { key: 'soe', name: '支出/国有资本经营预算财政拨款', panel: 1, colNo: 5, header: /国有资本经营(预算)?(财政拨款)?$/ },
    { key: 'total', name: '支出/合计', panel: 1, colNo: 2, header: /(合计|小计)$/ },
  ],
  classPanel: 1,
  rows: [
    { key: 'inc.gpb', panel: 0, lineNo: 1, label: /^一般公共预算财政拨款(收入)?$/ },
    { key: 'inc.fund', panel: 0, lineNo: 2, label: /^政府性基金预算财政拨款(收入)?$/ },
    { key: 'inc.soe', panel: 0, lineNo: 3, label: /^国有资本经营预算财政拨款(收入)?$/ },
    { key: 'inc.total', panel: 0, lineNo: 27, label: /^本年收入合计$/ },
    { key: 'inc.opening', panel: 0, lineNo: 28, label: /^年初财政拨款结转和结余$/ },
    { key: 'inc.opening.gpb', panel: 0, lineNo: 29, after: 'inc.opening', label: /^一般公共预算财政拨款$/, blankByLineNo: true },
    { key: 'inc.opening.fund', panel: 0, lineNo: 30, after: 'inc.opening', label: /^政府性基金预算财政拨款$/, blankByLineNo: true },
    { key: 'inc.opening.soe', panel: 0, lineNo: 31, after: 'inc.opening', label: /^国有资本经营预算财政拨款$/, blankByLineNo: true },
    { key: 'inc.grand', panel: 0, lineNo: 32, label: /^总计$/ },
    { key: 'exp.total', panel: 1, lineNo: 59, label: /^本年支出合计$/ },
    { key: 'exp.closing', panel: 1, lineNo: 60, label: /^年末财政拨款结转和结余$/ },
    { key: 'exp.closing.gpb', panel: 1, lineNo: 61, after: 'exp.closing', label: /^一般公共预算财政拨款$/, blankByLineNo: true },
    { key: 'exp.closing.fund', panel: 1, lineNo: 62, after: 'exp.closing', label: /^政府性基金预算财政拨款$/, blankByLineNo: true },
    { key: 'exp.closing.soe', panel: 1, lineNo: 63, after: 'exp.closing', label: /^国有资本经营预算财政拨款$/, blankByLineNo: true },
    { key: 'exp.grand', panel: 1, lineNo: 64, label: /^总计$/ },
  ],
};
