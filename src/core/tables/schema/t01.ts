import type { TableSchema } from './types';

/** 公开01表 收入支出决算表 (2019–2021 and central/Beijing/Sichuan: 收入支出决算总表). */
export const T01: TableSchema = {
  id: 'T01',
  name: '收入支出决算表',
  kind: 'two-sided',
  number: 1,
  titles: [
    { text: '收入支出决算表', families: ['yunnan'] },
    { text: '收入支出决算总表', families: ['yunnan', 'central', 'beijing', 'sichuan'] },
  ],
  columns: [
    { key: 'amount', name: '收入/金额', panel: 0, colNo: 1, header: /(金额|决算数|本年数)$/ },
    { key: 'amount', name: '支出/金额', panel: 1, colNo: 2, header: /(金额|决算数|本年数)$/ },
  ],
  classPanel: 1,
  rows: [
    { key: 'inc.gpb', panel: 0, lineNo: 1, label: /^一般公共预算财政拨款(收入)?$/ },
    { key: 'inc.fiscal', panel: 0, label: /^财政拨款(收入)?$/ },
    { key: 'inc.fund', panel: 0, lineNo: 2, label: /^政府性基金预算财政拨款(收入)?$/ },
    { key: 'inc.soe', panel: 0, lineNo: 3, label: /^国有资本经营预算财政拨款(收入)?$/ },
    { key: 'inc.superior', panel: 0, lineNo: 4, label: /^上级补助收入$/ },
    { key: 'inc.business', panel: 0, lineNo: 5, label: /^事业收入$/ },
    { key: 'inc.operating', panel: 0, lineNo: 6, label: /^经营收入$/ },
    { key: 'inc.subsidiary', panel: 0, lineNo: 7, label: /^附属单位上缴收入$/ },
    { key: 'inc.other', panel: 0, lineNo: 8, label: /^其他收入$/ },
    { key: 'inc.total', panel: 0, lineNo: 27, label: /^本年收入合计$/ },
    { key: 'inc.reserve', panel: 0, lineNo: 28, label: /^(使用专用结余|使用非财政拨款结余|用事业基金弥补收支差额)$/ },
    { key: 'inc.opening', panel: 0, lineNo: 29, label: /^年初结转和结余$/ },
    { key: 'inc.grand', panel: 0, lineNo: 30, label: /^总计$/ },
    { key: 'exp.total', panel: 1, lineNo: 57, label: /^本年支出合计$/ },
    { key: 'exp.distribution', panel: 1, lineNo: 58, label: /^结余分配$/ },
    { key: 'exp.closing', panel: 1, lineNo: 59, label: /^年末结转和结余$/ },
    { key: 'exp.grand', panel: 1, lineNo: 60, label: /^总计$/ },
  ],
};
