import { X02 } from '../../../src/core/rules/cross/x02';
import { X03 } from '../../../src/core/rules/cross/x03';
import { X04 } from '../../../src/core/rules/cross/x04';
import { ModelBuilder, at, type RowSpec } from './model';

const T01_INCOME = (gpb: number, business = 0): RowSpec[] => [
  { name: '一、一般公共预算财政拨款收入', key: 'inc.gpb', lineNo: 1, v: { amount: gpb } },
  { name: '二、政府性基金预算财政拨款收入', key: 'inc.fund', lineNo: 2 },
  { name: '三、国有资本经营预算财政拨款收入', key: 'inc.soe', lineNo: 3 },
  { name: '四、上级补助收入', key: 'inc.superior', lineNo: 4 },
  { name: '五、事业收入', key: 'inc.business', lineNo: 5, v: { amount: business } },
];

describe('X02 总表各项收入 = 收入决算表各栏', () => {
  it('holds on matching columns and reports 第1行 and 第5行 when income moved between sources', () => {
    const ok = new ModelBuilder();
    ok.add({ id: 'T01', columns: ['amount'], rows: T01_INCOME(100) });
    ok.add({ id: 'T02', columns: ['total', 'fiscal', 'superior', 'business'], rows: [{ name: '合计', level: 'total', v: { total: 100, fiscal: 100 } }] });
    expect(X02.check(ok.context())).toEqual([]);

    const b = new ModelBuilder();
    const t01 = b.add({ id: 'T01', columns: ['amount'], rows: T01_INCOME(90, 10) });
    b.add({ id: 'T02', columns: ['total', 'fiscal', 'superior', 'business'], rows: [{ name: '合计', level: 'total', v: { total: 100, fiscal: 100 } }] });
    const found = X02.check(b.context());
    // Inferred correspondence: capped at warning.
    expect(found.map((f) => [f.cell, f.severity])).toEqual([
      [at(t01, 'inc.gpb', 'amount'), 'warning'],
      [at(t01, 'inc.business', 'amount'), 'warning'],
    ]);
    expect(found[0].message).toContain('公开02表 合计行 fiscal');
  });
});

describe('X03 总表各类支出 = 支出决算表类级', () => {
  const t01Rows = (a: number, b: number): RowSpec[] => [
    { name: '一、一般公共服务支出', key: 'exp.class', code: '201', level: 'class', v: { amount: a } },
    { name: '八、社会保障和就业支出', key: 'exp.class', code: '208', level: 'class', v: { amount: b } },
    { name: '九、卫生健康支出', key: 'exp.class', code: '210', level: 'class' },
  ];
  const t03Rows: RowSpec[] = [
    { name: '合计', level: 'total', v: { total: 110 } },
    { name: '一般公共服务支出', code: '201', level: 'class', v: { total: 100 } },
    { name: '政府办公厅（室）及相关机构事务', code: '20103', level: 'kuan', v: { total: 100 } },
    { name: '社会保障和就业支出', code: '208', level: 'class', v: { total: 10 } },
  ];

  it('matches rows by code, not position', () => {
    const b = new ModelBuilder();
    b.add({ id: 'T01', columns: ['amount'], rows: t01Rows(100, 10) });
    b.add({ id: 'T03', columns: ['total'], rows: t03Rows });
    expect(X03.check(b.context())).toEqual([]);
  });

  it('reports each 类 line of the 总表 that differs, with the 支出决算表 row related', () => {
    const b = new ModelBuilder();
    const t01 = b.add({ id: 'T01', columns: ['amount'], rows: t01Rows(100.1, 9.9) });
    const t03 = b.add({ id: 'T03', columns: ['total'], rows: t03Rows });
    const found = X03.check(b.context());
    expect(found.map((f) => f.cell)).toEqual([at(t01, '201', 'amount'), at(t01, '208', 'amount')]);
    expect(found[1].related[0]).toMatchObject({ sheet: '公开03表', cell: at(t03, '208', 'total') });
    expect(found[1].message).toContain('“208 社会保障和就业支出”行');
  });

  it('a 类 the 支出决算表 prints but the 总表 leaves empty is reported at the 总表 line', () => {
    const b = new ModelBuilder();
    const t01 = b.add({ id: 'T01', columns: ['amount'], rows: t01Rows(100, 10) });
    b.add({ id: 'T03', columns: ['total'], rows: [...t03Rows, { name: '卫生健康支出', code: '210', level: 'class', v: { total: 5 } }] });
    const [f] = X03.check(b.context());
    expect(f).toMatchObject({ cell: at(t01, '210', 'amount'), expected: '5.00', actual: '0.00' });
  });
});

describe('X04 财政拨款收入 = 总表', () => {
  it('reports 公开04表 第1行 when it differs from 公开01表 第1行', () => {
    const b = new ModelBuilder();
    b.add({ id: 'T01', columns: ['amount'], rows: T01_INCOME(100) });
    const t04 = b.add({ id: 'T04', columns: ['amount'], rows: [{ name: '一、一般公共预算财政拨款', key: 'inc.gpb', lineNo: 1, v: { amount: 101 } }] });
    const found = X04.check(b.context());
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ rule: 'X04', severity: 'warning', sheet: '公开04表', cell: at(t04, 'inc.gpb', 'amount') });
  });

  it('a central-style 总表 with one 财政拨款收入 line is compared with the sum of the three', () => {
    const b = new ModelBuilder();
    b.add({ id: 'T01', columns: ['amount'], rows: [{ name: '一、财政拨款收入', key: 'inc.fiscal', lineNo: 1, v: { amount: 120 } }] });
    b.add({
      id: 'T04',
      columns: ['amount'],
      rows: [
        { name: '一般公共预算财政拨款', key: 'inc.gpb', v: { amount: 100 } },
        { name: '政府性基金预算财政拨款', key: 'inc.fund', v: { amount: 20 } },
        { name: '国有资本经营预算财政拨款', key: 'inc.soe' },
      ],
    });
    expect(X04.check(b.context())).toEqual([]);
  });
});
