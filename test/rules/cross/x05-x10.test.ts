import { X05 } from '../../../src/core/rules/cross/x05';
import { X06 } from '../../../src/core/rules/cross/x06';
import { X07 } from '../../../src/core/rules/cross/x07';
import { X08 } from '../../../src/core/rules/cross/x08';
import { X09 } from '../../../src/core/rules/cross/x09';
import { X10 } from '../../../src/core/rules/cross/x10';
import { ModelBuilder, at, type RowSpec } from './model';

const FISCAL_16 = ['opening.total', 'income.total', 'exp.total', 'exp.basic', 'exp.personnel', 'exp.public', 'exp.project', 'closing.total'];
const T09_COLS = ['opening.total', 'income', 'exp', 'closing.total'];

function t04Rows(c201: number, c208: number): RowSpec[] {
  return [
    { name: '一、一般公共预算财政拨款', key: 'inc.gpb', lineNo: 1, v: { amount: c201 + c208 } },
    { name: '二、政府性基金预算财政拨款', key: 'inc.fund', lineNo: 2 },
    { name: '三、国有资本经营预算财政拨款', key: 'inc.soe', lineNo: 3 },
    { name: '一、一般公共预算财政拨款', key: 'inc.opening.gpb', lineNo: 29 },
    { name: '一、一般公共服务支出', key: 'exp.class', code: '201', level: 'class', v: { total: c201, gpb: c201 } },
    { name: '八、社会保障和就业支出', key: 'exp.class', code: '208', level: 'class', v: { total: c208, gpb: c208 } },
    { name: '本年支出合计', key: 'exp.total', lineNo: 59, v: { total: c201 + c208, gpb: c201 + c208 } },
    { name: '年末财政拨款结转和结余', key: 'exp.closing', lineNo: 60 },
  ];
}

function t05Rows(c201: number, c208: number, closing = 0): RowSpec[] {
  const v = (x: number, cl = 0) => ({ 'income.total': x, 'exp.total': x, 'exp.basic': x, 'exp.personnel': x, 'closing.total': cl });
  return [
    { name: '合计', level: 'total', v: v(c201 + c208, closing) },
    { name: '一般公共服务支出', code: '201', level: 'class', v: v(c201, closing) },
    { name: '社会保障和就业支出', code: '208', level: 'class', v: v(c208) },
  ];
}

function fiscalSet(t04: [number, number], t05: [number, number], closing = 0) {
  const b = new ModelBuilder();
  const a = b.add({ id: 'T04', columns: ['amount', 'total', 'gpb', 'fund', 'soe'], rows: t04Rows(...t04) });
  const c = b.add({ id: 'T05', columns: FISCAL_16, rows: t05Rows(...t05, closing) });
  b.add({ id: 'T08', columns: FISCAL_16, rows: [{ name: '合计', level: 'total' }], notes: ['说明：本表为空表。'] });
  b.add({ id: 'T09', columns: T09_COLS, rows: [{ name: '合计', level: 'total' }], notes: ['说明：本表为空表。'] });
  return { b, t04: a, t05: c };
}

describe('X05 公开04表 支出 = 分资金来源表', () => {
  it('holds per 类 and in total', () => {
    expect(X05.check(fiscalSet([80, 20], [80, 20]).b.context())).toEqual([]);
  });
  it('finds 0.10 moved between two 类 although both tables add up', () => {
    const { b, t04 } = fiscalSet([80.1, 19.9], [80, 20]);
    const found = X05.check(b.context());
    expect(found.map((f) => [f.rule, f.cell, f.severity])).toEqual([
      ['X05', at(t04, '201', 'gpb'), 'error'],
      ['X05', at(t04, '208', 'gpb'), 'error'],
    ]);
  });
});

describe('X06 财政拨款收入、结转 = 分资金来源表', () => {
  it('reports 第1行 against 公开05表 本年收入 and 第60行 against the 年末 of the three tables', () => {
    const { b, t04 } = fiscalSet([80, 20], [80, 20], 5);
    const found = X06.check(b.context());
    expect(found.map((f) => [f.cell, f.severity])).toEqual([
      [at(t04, 'exp.closing', 'gpb'), 'warning'],
      [at(t04, 'exp.closing', 'total'), 'warning'],
    ]);
    expect(found[1].related.map((r) => r.sheet)).toEqual(['公开05表', '公开08表', '公开09表']);
  });
  it('holds on a consistent set', () => {
    expect(X06.check(fiscalSet([80, 20], [80, 20]).b.context())).toEqual([]);
  });
});

function t06(personnel: number, pub: number) {
  return {
    id: 'T06' as const,
    columns: ['amount'],
    rows: [
      { name: '人员经费合计', key: 'personnel.total', v: { amount: personnel } },
      { name: '公用经费合计', key: 'public.total', v: { amount: pub } },
    ],
  };
}

describe('X07 人员经费、公用经费 = 基本支出决算表', () => {
  it('reports each 公开05表 合计 column that differs', () => {
    const b = new ModelBuilder();
    const t05 = b.add({ id: 'T05', columns: FISCAL_16, rows: [{ name: '合计', level: 'total', v: { 'exp.basic': 644.25, 'exp.personnel': 580.56, 'exp.public': 63.69 } }] });
    b.add(t06(580.46, 63.79));
    const found = X07.check(b.context());
    expect(found.map((f) => [f.cell, f.severity, f.expected])).toEqual([
      [at(t05, 'total', 'exp.personnel'), 'error', '580.46'],
      [at(t05, 'total', 'exp.public'), 'error', '63.79'],
    ]);
  });
});

describe('X08 项目支出 = 项目支出决算表各类之和', () => {
  it('sums the 类 rows only (款 rows are their detail)', () => {
    const b = new ModelBuilder();
    const t05 = b.add({ id: 'T05', columns: FISCAL_16, rows: [{ name: '合计', level: 'total', v: { 'exp.project': 451.47 } }] });
    const t07 = b.add({
      id: 'T07',
      columns: ['amount'],
      rows: [
        { name: '商品和服务支出', code: '302', level: 'class', v: { amount: 429.71 } },
        { name: '办公费', code: '30201', level: 'kuan', v: { amount: 429.71 } },
        { name: '资本性支出', code: '310', level: 'class', v: { amount: 21.76 } },
      ],
    });
    expect(X08.check(b.context())).toEqual([]);
    b.set(t07, '310', 'amount', 21.86);
    const [f] = X08.check(b.context());
    expect(f).toMatchObject({ cell: at(t05, 'total', 'exp.project'), severity: 'warning', expected: '451.57' });
  });
});

describe('X09 全部支出 ≥ 一般公共预算支出', () => {
  function set(t03Basic: number, other: number) {
    const b = new ModelBuilder();
    b.add({ id: 'T01', columns: ['amount'], rows: [{ name: '五、事业收入', key: 'inc.business', v: { amount: other } }] });
    b.add({ id: 'T03', columns: ['total', 'basic', 'project'], rows: [{ name: '合计', level: 'total', v: { basic: t03Basic, project: 10 } }] });
    const t05 = b.add({ id: 'T05', columns: FISCAL_16, rows: [{ name: '合计', level: 'total', v: { 'exp.basic': 50, 'exp.project': 10 } }] });
    return { b, t05 };
  }
  it('all-source basic below 一般公共预算 basic is reported', () => {
    const { b, t05 } = set(49, 5);
    const [f] = X09.check(b.context());
    expect(f).toMatchObject({ cell: at(t05, 'total', 'exp.basic'), severity: 'warning' });
  });
  it('more all-source spending is fine when there is other income, not when there is none', () => {
    expect(X09.check(set(55, 5).b.context())).toEqual([]);
    expect(X09.check(set(55, 0).b.context()).map((f) => f.rule)).toEqual(['X09']);
  });
});

describe('X10 收入决算表财政拨款收入 = 分资金来源表本年收入（按科目）', () => {
  it('reports the 公开02表 rows whose 财政拨款 differs from 公开05表 of the same code', () => {
    const b = new ModelBuilder();
    const t02 = b.add({
      id: 'T02',
      columns: ['total', 'fiscal', 'business'],
      rows: [
        { name: '合计', level: 'total', v: { total: 100, fiscal: 99.9, business: 0.1 } },
        { name: '一般公共服务支出', code: '201', level: 'class', v: { total: 100, fiscal: 99.9, business: 0.1 } },
      ],
    });
    b.add({ id: 'T05', columns: FISCAL_16, rows: t05Rows(100, 0) });
    const found = X10.check(b.context());
    expect(found.map((f) => f.cell)).toEqual([at(t02, 'total', 'fiscal'), at(t02, '201', 'fiscal')]);
    expect(found.every((f) => f.severity === 'warning')).toBe(true);
  });
});
