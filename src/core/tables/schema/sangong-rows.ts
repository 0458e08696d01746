import type { RowSpec } from './types';

/** Rows r1–r10 of 公开10/11 (“三公”经费), labels after numbering and 其中： are removed. */
export const SANGONG_ROWS: RowSpec[] = [
  { key: 'sg.heading', lineNo: 1, label: /^"?三公"?经费(支出)?$/ },
  { key: 'sg.total', lineNo: 2, label: /^(支出合计|合计)$/ },
  { key: 'sg.abroad', lineNo: 3, label: /^因公出国\(境\)费(用)?$/ },
  { key: 'sg.car', lineNo: 4, label: /^公务用车购置及运行(维护)?费$/ },
  { key: 'sg.car.purchase', lineNo: 5, label: /^公务用车购置费$/ },
  { key: 'sg.car.run', lineNo: 6, label: /^公务用车运行(维护)?费$/ },
  { key: 'sg.reception', lineNo: 7, label: /^公务接待费$/ },
  { key: 'sg.reception.domestic', lineNo: 8, label: /^国内接待费$/ },
  { key: 'sg.reception.foreign_affairs', lineNo: 9, label: /^外事接待费$/ },
  { key: 'sg.reception.abroad', lineNo: 10, label: /^国\(境\)外接待费$/ },
];

/** Rows r11–r24 of 公开10 (相关统计数 and 机关运行经费). */
export const STATS_ROWS: RowSpec[] = [
  { key: 'stat.heading', lineNo: 11, label: /^相关统计数$/ },
  { key: 'stat.abroad.groups', lineNo: 12, label: /^因公出国\(境\)团组数(\(个\))?$/ },
  { key: 'stat.abroad.people', lineNo: 13, label: /^因公出国\(境\)人次数?(\(人\))?$/ },
  { key: 'stat.car.purchased', lineNo: 14, label: /^公务用车购置数(\(辆\))?$/ },
  { key: 'stat.car.owned', lineNo: 15, label: /^公务用车保有量(\(辆\))?$/ },
  { key: 'stat.reception.batches', lineNo: 16, label: /^国内公务接待批次(\(个\))?$/ },
  { key: 'stat.reception.fa_batches', lineNo: 17, label: /^外事接待批次(\(个\))?$/ },
  { key: 'stat.reception.people', lineNo: 18, label: /^国内公务接待人次(\(人\))?$/ },
  { key: 'stat.reception.fa_people', lineNo: 19, label: /^外事接待人次(\(人\))?$/ },
  { key: 'stat.abroad_reception.batches', lineNo: 20, label: /^国\(境\)外公务接待批次(\(个\))?$/ },
  { key: 'stat.abroad_reception.people', lineNo: 21, label: /^国\(境\)外公务接待人次(\(人\))?$/ },
  { key: 'opex.total', lineNo: 22, label: /^机关运行经费(支出)?$/ },
  { key: 'opex.admin', lineNo: 23, label: /^行政单位$/ },
  { key: 'opex.civil', lineNo: 24, label: /^参照公务员法管理(的)?事业单位$/ },
];

export const SANGONG_COLUMNS = [
  { key: 'budget', name: '预算数', colNo: 1, header: /^(年初)?预算数$/ },
  { key: 'budget.full', name: '全年预算数', colNo: 2, header: /^全年预算数$/ },
  { key: 'actual', name: '决算统计数', colNo: 3, header: /^决算(统计)?数$/ },
];
