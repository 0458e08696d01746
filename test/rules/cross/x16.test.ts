import { X16 } from '../../../src/core/rules/cross/x16';
import { T06_1 } from '../../../src/core/rules/table/t06-1';
import { T06_2 } from '../../../src/core/rules/table/t06-2';
import { CLASS_NAME } from '../../../src/core/rules/cross/class-name';
import { ModelBuilder, at } from './model';

const FISCAL_16 = ['income.total', 'exp.total', 'exp.basic', 'exp.personnel', 'exp.public', 'exp.project'];
const FUND_BASIC = { id: 'T08B' as const, label: '政府性基金预算财政拨款基本支出决算表', columns: ['amount'] };

/** A Beijing fund table whose 合计 row spends `basic` = `personnel` + `pub` on 基本支出. */
function fund(b: ModelBuilder, personnel: number, pub: number) {
  return b.add({
    id: 'T08',
    label: '政府性基金预算财政拨款收入支出决算表',
    columns: FISCAL_16,
    rows: [{ name: '合计', level: 'total', v: { 'exp.basic': personnel + pub, 'exp.personnel': personnel, 'exp.public': pub } }],
  });
}

describe('Beijing 政府性基金预算财政拨款基本支出决算表 (T08B)', () => {
  it('X16: the fund table’s 人员经费 / 公用经费 / 基本支出 must match its 基本支出 table', () => {
    const b = new ModelBuilder();
    const t08 = fund(b, 12, 8);
    b.add({
      ...FUND_BASIC,
      rows: [
        { name: '人员经费合计', key: 'personnel.total', v: { amount: 12 } },
        { name: '公用经费合计', key: 'public.total', v: { amount: 9.5 } },
      ],
    });
    const found = X16.check(b.context());
    expect(found.map((f) => [f.rule, f.cell, f.severity, f.expected])).toEqual([
      ['X16', at(t08, 'total', 'exp.public'), 'error', '9.50'],
      ['X16', at(t08, 'total', 'exp.basic'), 'error', '21.50'],
    ]);
    expect(found[0].message).toContain('政府性基金预算财政拨款收入支出决算表');
  });

  it('X16 is silent when they agree', () => {
    const b = new ModelBuilder();
    fund(b, 12, 8);
    b.add({ ...FUND_BASIC, rows: [{ name: '人员经费合计', key: 'personnel.total', v: { amount: 12 } }, { name: '公用经费合计', key: 'public.total', v: { amount: 8 } }] });
    expect(X16.check(b.context())).toEqual([]);
  });

  it('T06-1 and T06-2 check it as they check 公开06表; its 经济分类 names are checked too', () => {
    const b = new ModelBuilder();
    const t = b.add({
      ...FUND_BASIC,
      rows: [
        { name: '工资福利支出', code: '301', level: 'class', v: { amount: 12 } },
        { name: '基本工资', code: '30101', level: 'kuan', v: { amount: 10 } },
        { name: '商品和服务支出', code: '302', level: 'class', v: { amount: 8 } },
        { name: '办公经费', code: '30201', level: 'kuan', v: { amount: 8 } },
        { name: '人员经费合计', key: 'personnel.total', v: { amount: 12 } },
        { name: '公用经费合计', key: 'public.total', v: { amount: 7 } },
      ],
    });
    const ctx = b.context();
    expect(T06_2.check(ctx).map((f) => [f.rule, f.cell, f.expected])).toEqual([['T06-2', at(t, '301', 'amount'), '10.00']]);
    expect(T06_1.check(ctx).map((f) => [f.rule, f.cell, f.expected])).toEqual([['T06-1', at(t, 'public.total', 'amount'), '8.00']]);
    expect(CLASS_NAME.check(ctx).map((f) => [f.rule, f.expected, f.actual])).toEqual([['CLASS-NAME', '办公费', '办公经费']]);
  });
});
