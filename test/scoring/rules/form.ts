/** Small synthetic forms for the rule tests: a national-layout project form built from values. */
import { type CellValue, type Workbook, sheetFromValues } from '../../../src/core/model/workbook';
import { scoreWorkbook } from '../../../src/core/scoring';

export type Row = CellValue[];

export interface FormSpec {
  name?: string;
  /** 年度资金总额: 年初, 全年, 执行, 分值, 执行率, 得分. */
  total?: Row;
  subRows?: { label: string; values: Row }[];
  /** 一级, 二级, 三级, 性质, 指标值, 单位, 完成值, 分值, 得分, 偏差原因. */
  indicators?: Row[];
  totalRow?: Row;
}

export const NINETY: Row[] = [
  ['产出指标', '数量指标', '甲', '>=', 10, '个', 10, 30, 30, ''],
  ['', '质量指标', '乙', '>=', 95, '%', '100%', 30, 30, ''],
  ['效益指标', '社会效益指标', '丙', '定性', '好坏', '', '好', 20, 20, ''],
  ['满意度指标', '服务对象满意度指标', '丁', '>=', 90, '%', '95%', 10, 10, ''],
];

/** Rows of one form; the fund header is at row 2 (A3), fund total row 3, indicators from row 8 (A9). */
export function formRows(spec: FormSpec = {}): Row[] {
  const rows: Row[] = [
    ['项目支出绩效自评表'],
    ['项目名称', spec.name ?? '测试项目'],
    ['项目资金（万元）', '', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
    ['', '年度资金总额', ...(spec.total ?? [100, 100, 100, 10, '100%', 10])],
  ];
  const subs = spec.subRows ?? [
    { label: '其中：当年财政拨款', values: [] },
    { label: '上年结转资金', values: [] },
    { label: '其他资金', values: [] },
  ];
  for (const s of subs) rows.push(['', s.label, ...s.values]);
  while (rows.length < 7) rows.push(['', '其他资金']);
  rows.push(['绩效指标', '一级指标', '二级指标', '三级指标', '指标性质', '指标值', '度量单位', '实际完成值', '分值', '得分', '偏差原因分析及改进措施']);
  for (const i of spec.indicators ?? NINETY) rows.push(['', ...i]);
  rows.push(spec.totalRow ?? ['总分', '', '', '', '', '', '', '', 100, 100, '优']);
  return rows;
}

export function workbookOf(...sheets: Row[][]): Workbook {
  return { sheets: sheets.map((rows, i) => sheetFromValues(`表${i + 1}`, rows)) };
}

/** Findings of one rule on one or more synthetic forms (stacked on one sheet when given as one array). */
export function run(rule: string, rows: Row[] | Row[][], profile = '国家') {
  const sheets = Array.isArray(rows[0]?.[0]) ? (rows as Row[][]) : [rows as Row[]];
  return scoreWorkbook(workbookOf(...sheets), { profile, rules: [rule] });
}
