import { T10_1 } from '../../../src/core/rules/table/t10-1';
import { T10_2 } from '../../../src/core/rules/table/t10-2';
import { T10_3 } from '../../../src/core/rules/table/t10-3';
import { T11_1 } from '../../../src/core/rules/table/t11-1';
import { T12_1 } from '../../../src/core/rules/table/t12-1';
import { T12_2 } from '../../../src/core/rules/table/t12-2';
import { T12_3 } from '../../../src/core/rules/table/t12-3';
import { byKey } from './harness';
import { ruleSuite } from './cases';

const t10 = (row: string, key = 'actual') => ({ table: 'T10' as const, row: byKey(row), key });
const t11 = (row: string, key = 'actual') => ({ table: 'T11' as const, row: byKey(row), key });
const t12 = (key: string) => ({ table: 'T12' as const, row: byKey('total'), key });

ruleSuite(T10_1, [
  { name: '公务用车购置费 is filled without 用车小计', edit: t10('sg.car.purchase'), value: 2, fires: t10('sg.car'), severity: 'error', says: ['决算统计数栏'], fix: 2 },
  { name: '预算数 of 公务接待费 changes', edit: t10('sg.reception', 'budget'), value: 3.5, fires: t10('sg.total', 'budget'), severity: 'error' },
  { name: '外事接待费 exceeds 国内接待费', edit: t10('sg.reception.foreign_affairs'), value: 2, fires: t10('sg.reception.foreign_affairs'), severity: 'error', fix: null },
]);

ruleSuite(T10_2, [
  { name: '国内接待费 is spent but 接待人次 is empty', edit: t10('stat.reception.people'), value: '', fires: t10('stat.reception.people'), severity: 'warning', says: ['国内公务接待人次'] },
  { name: 'a 批次 is not an integer', edit: t10('stat.reception.batches'), value: 12.5, fires: t10('stat.reception.batches'), severity: 'warning', says: ['非负整数'] },
  { name: '机关运行经费 ≠ 行政单位 + 参公单位', edit: t10('opex.civil'), value: 1, fires: t10('opex.total'), severity: 'warning' },
  { name: '外事接待批次 exceeds 国内', edit: t10('stat.reception.fa_batches'), value: 13, fires: t10('stat.reception.fa_batches'), severity: 'warning' },
]);

ruleSuite(T10_3, [
  { name: 'a number is typed into a “—” cell', edit: t10('opex.admin', 'budget'), value: 10, fires: t10('opex.admin', 'budget'), severity: 'warning', says: ['应为“—”'] },
]);

ruleSuite(T11_1, [
  { name: '国内接待费 changes under 公务接待费', edit: t11('sg.reception.domestic'), value: 1.57, fires: t11('sg.reception'), severity: 'error', fix: 1.57 },
]);

ruleSuite(T12_1, [
  { name: '流动资产 changes', edit: t12('current'), value: 9.87, fires: t12('assets.total'), severity: 'error', says: ['资产总额 81.23 ≠ 流动资产 9.87'], fix: 81.13 },
]);

ruleSuite(T12_2, [
  { name: '无形资产原值 is filled', edit: t12('intangible.original'), value: 1, fires: t12('original.total'), severity: 'error', fix: 290.06 },
]);

ruleSuite(T12_3, [
  { name: '车辆净值 exceeds its (empty) 原值', edit: t12('vehicle.net'), value: 5, fires: t12('vehicle.net'), severity: 'warning' },
  { name: '车辆净值 outside the 固定资产净值 小计', edit: t12('vehicle.net'), value: 5, fires: t12('fixed.net'), severity: 'warning', fix: 76.26 },
]);
