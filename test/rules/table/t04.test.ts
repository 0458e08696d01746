import { T04_1 } from '../../../src/core/rules/table/t04-1';
import { T04_2 } from '../../../src/core/rules/table/t04-2';
import { T04_3 } from '../../../src/core/rules/table/t04-3';
import { T04_4 } from '../../../src/core/rules/table/t04-4';
import { T04_5 } from '../../../src/core/rules/table/t04-5';
import { byCode, byKey } from './harness';
import { ruleSuite } from './cases';

const p = (key: string, col: string) => ({ table: 'T04' as const, row: byKey(key), key: col });

ruleSuite(T04_1, [
  { name: '本年收入合计 ≠ 三类财政拨款', edit: p('inc.gpb', 'amount'), value: 1000, fires: p('inc.total', 'amount'), severity: 'error', fix: 1000 },
  { name: '年初结转 sub-row filled without 第28行', edit: p('inc.opening.gpb', 'amount'), value: 5, fires: p('inc.opening', 'amount'), severity: 'error', says: ['第28行（年初财政拨款结转和结余）'] },
  { name: '总计 ≠ 本年收入 + 年初', edit: p('inc.grand', 'amount'), value: 1095.62, fires: p('inc.grand', 'amount'), severity: 'error' },
]);

ruleSuite(T04_2, [
  { name: 'a 类 row’s 一般公共预算 column changes', edit: { table: 'T04', row: byCode('208'), key: 'gpb' }, value: 120, fires: { table: 'T04', row: byCode('208'), key: 'total' }, severity: 'error', says: ['合计 125.08 ≠ 一般公共预算财政拨款 120.00'], fix: 120 },
]);

ruleSuite(T04_3, [
  { name: 'a 类 row changes under 本年支出合计', edit: { table: 'T04', row: byCode('221'), key: 'gpb' }, value: 41.9, fires: p('exp.total', 'gpb'), severity: 'error', fix: 1095.82 },
  { name: '年末结转 is filled without the 总计', edit: p('exp.closing', 'total'), value: 2, fires: p('exp.grand', 'total'), severity: 'error' },
]);

ruleSuite(T04_4, [
  { name: '年末 一般公共预算 结转 appears without income to match', edit: p('exp.closing', 'gpb'), value: 10, fires: p('exp.total', 'gpb'), severity: 'error', says: ['收入方第1行'], fix: null },
  { name: '年初结转 appears in the 合计 balance', edit: p('inc.opening', 'amount'), value: 10, fires: p('exp.total', 'total'), severity: 'error' },
]);

ruleSuite(T04_5, [
  { name: '支出总计 ≠ 收入总计', edit: p('exp.grand', 'total'), value: 1095.62, fires: p('exp.grand', 'total'), severity: 'error', says: ['支出方第64行（总计） 1,095.62 ≠ 收入方第32行（总计） 1,095.72'], fix: 1095.72 },
]);
