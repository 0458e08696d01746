import { X01 } from '../../../src/core/rules/cross/x01';
import { ModelBuilder, at } from './model';

function build(t01Income: number | string, t02Total: number, t03Total = 100) {
  const b = new ModelBuilder();
  const t01 = b.add({
    id: 'T01',
    columns: ['amount'],
    rows: [
      { name: '本年收入合计', key: 'inc.total', lineNo: 27, v: { amount: t01Income } },
      { name: '本年支出合计', key: 'exp.total', lineNo: 57, v: { amount: 100 } },
    ],
  });
  const t02 = b.add({ id: 'T02', columns: ['total'], rows: [{ name: '合计', level: 'total', v: { total: t02Total } }] });
  const t03 = b.add({ id: 'T03', columns: ['total'], rows: [{ name: '合计', level: 'total', v: { total: t03Total } }] });
  return { b, t01, t02, t03 };
}

describe('X01 总表本年收支合计 = 收入/支出决算表合计', () => {
  it('holds when the totals agree', () => {
    expect(X01.check(build(100, 100).b.context())).toEqual([]);
  });

  it('reports the 总表 cell with the other table named, an error when off by more than rounding', () => {
    const { b, t01, t02 } = build(100.5, 100);
    const [f] = X01.check(b.context());
    expect(f).toMatchObject({ rule: 'X01', severity: 'error', sheet: '公开01表', cell: at(t01, 'inc.total', 'amount'), expected: '100.00', actual: '100.50' });
    expect(f.related).toEqual([expect.objectContaining({ sheet: '公开02表', cell: at(t02, 'total', 'total') })]);
    expect(f.message).toContain('公开02表 合计行');
    expect(f.fix?.formula).toBe(`'公开02表'!${at(t02, 'total', 'total')}`);
  });

  it('a one-cent gap between two printings of one quantity is a 尾数差异 warning', () => {
    const [f] = X01.check(build(100, 100, 100.01).b.context());
    expect(f).toMatchObject({ severity: 'warning', cell: 'B3' });
  });

  it('compares in one unit when the tables print different 金额单位', () => {
    const b = new ModelBuilder();
    b.add({ id: 'T01', columns: ['amount'], rows: [{ name: '本年收入合计', key: 'inc.total', lineNo: 27, v: { amount: 1095.72 } }] });
    b.add({ id: 'T02', unit: '元', columns: ['total'], rows: [{ name: '合计', level: 'total', v: { total: 10957200 } }] });
    expect(X01.check(b.context())).toEqual([]);
    const c = new ModelBuilder();
    c.add({ id: 'T01', columns: ['amount'], rows: [{ name: '本年收入合计', key: 'inc.total', lineNo: 27, v: { amount: 1095.72 } }] });
    c.add({ id: 'T02', unit: '元', columns: ['total'], rows: [{ name: '合计', level: 'total', v: { total: 10967200 } }] });
    const [f] = X01.check(c.context());
    expect(f).toMatchObject({ severity: 'error', expected: '1,096.72', actual: '1,095.72' });
    // The fix writes 万元 into the 万元 cell: the formula scales the 元 cell.
    expect(f.fix).toMatchObject({ value: 1096.72, formula: `'公开02表'!B2/10000` });
  });

  it('equal printed figures in different 金额单位 are not the same amount', () => {
    const b = new ModelBuilder();
    b.add({ id: 'T01', columns: ['amount'], rows: [{ name: '本年收入合计', key: 'inc.total', lineNo: 27, v: { amount: 1095.72 } }] });
    b.add({ id: 'T02', unit: '元', columns: ['total'], rows: [{ name: '合计', level: 'total', v: { total: 1095.72 } }] });
    const [f] = X01.check(b.context());
    expect(f).toMatchObject({ severity: 'error', expected: '0.109572', actual: '1,095.72' });
  });

  it('does not judge an identity over an unreadable number (NUM-PARSE reports it)', () => {
    expect(X01.check(build('1O0.00', 100).b.context())).toEqual([]);
  });
});
