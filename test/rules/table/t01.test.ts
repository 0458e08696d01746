import { T01_1 } from '../../../src/core/rules/table/t01-1';
import { T01_2 } from '../../../src/core/rules/table/t01-2';
import { T01_3 } from '../../../src/core/rules/table/t01-3';
import { T01_4 } from '../../../src/core/rules/table/t01-4';
import { T01_5 } from '../../../src/core/rules/table/t01-5';
import { byCode, byKey } from './harness';
import { ruleSuite } from './cases';

const T01 = 'T01' as const;
const p = (key: string) => ({ table: T01, row: byKey(key), key: 'amount' });

ruleSuite(T01_1, [
  { name: '本年收入合计 is raised by 0.10', edit: p('inc.total'), value: 1095.82, fires: p('inc.total'), severity: 'error', says: ['第27行（本年收入合计） 1,095.82 ≠', '第1行（一般公共预算财政拨款收入） 1,095.72'], fix: 1095.72 },
  { name: '事业收入 is filled without the total', edit: p('inc.business'), value: 10, fires: p('inc.total'), severity: 'error', fix: 1105.72 },
]);

ruleSuite(T01_2, [
  { name: 'one 类 row (卫生健康支出) changes', edit: { table: T01, row: byCode('210'), key: 'amount' }, value: 43.41, fires: p('exp.total'), severity: 'error', says: ['“210 卫生健康支出”行 43.41'], fix: 1095.82 },
]);

ruleSuite(T01_3, [
  { name: '收入总计 does not add up', edit: p('inc.grand'), value: 1000, fires: p('inc.grand'), severity: 'error', fix: 1095.72 },
  { name: '年初结转和结余 is filled', edit: p('inc.opening'), value: 3.5, fires: p('inc.grand'), severity: 'error', fix: 1099.22 },
]);

ruleSuite(T01_4, [
  { name: '年末结转和结余 is filled without the 总计', edit: p('exp.closing'), value: 5, fires: p('exp.grand'), severity: 'error', fix: 1100.72 },
]);

ruleSuite(T01_5, [
  { name: '支出总计 is one cent off (尾数差异)', edit: p('exp.grand'), value: 1095.73, fires: p('exp.grand'), severity: 'warning', says: ['尾数差异'] },
  { name: '支出总计 differs by 1.00', edit: p('exp.grand'), value: 1096.72, fires: p('exp.grand'), severity: 'error' },
]);
