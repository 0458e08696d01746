import { T02_1 } from '../../../src/core/rules/table/t02-1';
import { T02_2 } from '../../../src/core/rules/table/t02-2';
import { T03_1 } from '../../../src/core/rules/table/t03-1';
import { T03_2 } from '../../../src/core/rules/table/t03-2';
import { byCode, byKey } from './harness';
import { ruleSuite } from './cases';

ruleSuite(T02_1, [
  { name: 'a 项 row gets 上级补助收入 without its total', edit: { table: 'T02', row: byCode('2010301'), key: 'superior' }, value: 10, fires: { table: 'T02', row: byCode('2010301'), key: 'total' }, severity: 'error', says: ['“2010301 行政运行”行：本年收入合计 434.06 ≠ 财政拨款收入 434.06 + 上级补助收入 10.00'], fix: 444.06 },
  { name: '教育收费 exceeds 事业收入', edit: { table: 'T02', row: byCode('201'), key: 'business.edu' }, value: 5, fires: { table: 'T02', row: byCode('201'), key: 'business.edu' }, severity: 'error', says: ['>'], fix: null },
]);

ruleSuite(
  T02_2,
  [
    { name: 'a 项 changes under its 款', edit: { table: 'T02', row: byCode('2010301'), key: 'fiscal' }, value: 434.16, fires: { table: 'T02', row: byCode('20103'), key: 'fiscal' }, severity: 'error', says: ['财政拨款收入栏：“20103 政府办公厅（室）及相关机构事务”行 885.53 ≠'], fix: 885.63 },
    { name: 'a 类 no longer adds up to the 合计', edit: { table: 'T02', row: byCode('221'), key: 'total' }, value: 41.9, fires: { table: 'T02', row: byKey('total'), key: 'total' }, severity: 'error', says: ['合计行 1,095.72 ≠'] },
  ],
  ['公开02表!D23', '公开02表!E23'],
);

ruleSuite(
  T03_1,
  [
    { name: '项目支出 of a 项 row changes', edit: { table: 'T03', row: byCode('2010308'), key: 'project' }, value: 451.57, fires: { table: 'T03', row: byCode('2010308'), key: 'total' }, severity: 'error', fix: 451.57 },
    { name: '经营支出 is filled on the 合计 row', edit: { table: 'T03', row: byKey('total'), key: 'operating' }, value: 1, fires: { table: 'T03', row: byKey('total'), key: 'total' }, severity: 'error', says: ['合计行：本年支出合计 1,095.72'] },
  ],
  ['公开03表!D24', '公开03表!D26', '公开03表!D27'],
);

ruleSuite(
  T03_2,
  [
    { name: 'a 项 changes under its 款', edit: { table: 'T03', row: byCode('2210201'), key: 'total' }, value: 41.2, fires: { table: 'T03', row: byCode('22102'), key: 'total' }, severity: 'error', fix: 41.9 },
    { name: 'a 款 no longer adds up to its 类 (by 0.01, one child: 尾数差异)', edit: { table: 'T03', row: byCode('22102'), key: 'basic' }, value: 41.81, fires: { table: 'T03', row: byCode('221'), key: 'basic' }, severity: 'warning' },
  ],
  ['公开03表!D24', '公开03表!E12', '公开03表!E17', '公开03表!E27'],
);
