import { T05_1 } from '../../../src/core/rules/table/t05-1';
import { T05_2 } from '../../../src/core/rules/table/t05-2';
import { T05_3 } from '../../../src/core/rules/table/t05-3';
import { T06_1 } from '../../../src/core/rules/table/t06-1';
import { T06_2 } from '../../../src/core/rules/table/t06-2';
import { T07_1 } from '../../../src/core/rules/table/t07-1';
import { T08_1 } from '../../../src/core/rules/table/t08-1';
import { T09_1 } from '../../../src/core/rules/table/t09-1';
import { at, byCode, byKey, cellOf, clean, edited, run, where } from './harness';
import { ruleSuite } from './cases';

const t05 = (code: string, key: string) => ({ table: 'T05' as const, row: byCode(code), key });

ruleSuite(
  T05_1,
  [
    { name: '公用经费 changes under 基本支出', edit: t05('2010301', 'exp.public'), value: 57.53, fires: t05('2010301', 'exp.basic'), severity: 'error', says: ['基本支出小计 434.06 ≠ 人员经费 376.63 + 公用经费 57.53'], fix: 434.16 },
    { name: '年初 基本支出结转 appears without its 合计', edit: t05('208', 'opening.basic'), value: 2, fires: t05('208', 'opening.total'), severity: 'error' },
    { name: '项目支出结转 ≠ 小计 (headers inferred: warning)', edit: t05('2010308', 'closing.project.carry'), value: 3, fires: t05('2010308', 'closing.project'), severity: 'warning' },
  ],
  ['公开05表!H24', '公开05表!K24'],
);

ruleSuite(T05_2, [
  { name: '年末结转和结余 ≠ 年初 + 收入 − 支出', edit: t05('2010301', 'closing.total'), value: 5, fires: t05('2010301', 'closing.total'), severity: 'error', says: ['年末结转和结余合计 5.00 ≠ 年初结转和结余合计 0.00 + 本年收入合计 434.06 − 本年支出合计 434.06'], fix: 0 },
]);

ruleSuite(
  T05_3,
  [
    { name: 'a 项 changes under its 款', edit: t05('2101101', 'income.total'), value: 26.9, fires: t05('21011', 'income.total'), severity: 'error', fix: 43.41 },
    { name: 'a 类 of 人员经费 no longer adds up to the 合计', edit: t05('221', 'exp.personnel'), value: 40, fires: { table: 'T05', row: byKey('total'), key: 'exp.personnel' }, severity: 'error' },
  ],
  ['公开05表!H24', '公开05表!I17', '公开05表!K24', '公开05表!L17', '公开05表!M17'],
);

ruleSuite(T06_1, [
  { name: '303 changes under 人员经费合计', edit: { table: 'T06', row: byCode('303'), key: 'amount' }, value: 63.38, fires: { table: 'T06', row: byKey('personnel.total'), key: 'amount' }, severity: 'error', says: ['人员经费合计'], fix: 580.66 },
  { name: '310 资本性支出 is filled outside 公用经费合计', edit: { table: 'T06', row: byCode('310'), key: 'amount' }, value: 1.2, fires: { table: 'T06', row: byKey('public.total'), key: 'amount' }, severity: 'error', fix: 64.89 },
]);

ruleSuite(T06_2, [
  { name: 'a 款 changes under its 类', edit: { table: 'T06', row: byCode('30102'), key: 'amount' }, value: 176.84, fires: { table: 'T06', row: byCode('301'), key: 'amount' }, severity: 'error', says: ['“301 工资福利支出”行 517.28 ≠'], fix: 517.38 },
]);

ruleSuite(T07_1, [
  { name: 'a 款 changes under its 类', edit: { table: 'T07', row: byCode('30227'), key: 'amount' }, value: 298.3, fires: { table: 'T07', row: byCode('302'), key: 'amount' }, severity: 'error', fix: 429.81 },
  { name: '30913 is filled under an empty 309', edit: { table: 'T07', row: byCode('30913'), key: 'amount' }, value: 20, fires: { table: 'T07', row: byCode('309'), key: 'amount' }, severity: 'error' },
]);

const t08 = (key: string) => ({ table: 'T08' as const, row: byKey('total'), key });
ruleSuite(T08_1, [
  { name: '人员经费 appears in the empty 政府性基金 table', edit: t08('exp.personnel'), value: 5, fires: t08('exp.basic'), severity: 'error' },
  { name: '年末 appears without 年初/收入/支出', edit: t08('closing.basic'), value: 1, fires: t08('closing.basic'), severity: 'error' },
]);

const t09 = (key: string) => ({ table: 'T09' as const, row: byKey('total'), key });
ruleSuite(T09_1, [
  { name: '年初 结转 without its 合计 (inferred: warning)', edit: t09('opening.carry'), value: 3, fires: t09('opening.total'), severity: 'warning' },
  { name: '本年支出 without 年初/收入 (inferred: warning)', edit: t09('exp'), value: 3, fires: t09('closing.total'), severity: 'warning', says: ['本年支出'] },
]);

describe('T06-2 on 公开06表’s three side-by-side panels', () => {
  it('reports a 公用经费 类 once, without naming the 人员经费 panel', async () => {
    const wb = await clean();
    const changed = edited(wb, cellOf(wb, 'T06', byCode('30201'), 'amount'), 14.02);
    const target = at(cellOf(changed, 'T06', byCode('302'), 'amount'));
    const found = run([T06_2], changed).filter((f) => where(f) === target);
    expect(found).toHaveLength(1);
    expect(found[0].message).toContain('“302 商品和服务支出”行 63.69 ≠ “30201 办公费”行 14.02');
    expect(found[0].message).not.toContain('人员经费');
  });
});
