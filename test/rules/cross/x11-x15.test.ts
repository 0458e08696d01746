import { X11 } from '../../../src/core/rules/cross/x11';
import { X12 } from '../../../src/core/rules/cross/x12';
import { X13 } from '../../../src/core/rules/cross/x13';
import { X14 } from '../../../src/core/rules/cross/x14';
import { X15 } from '../../../src/core/rules/cross/x15';
import type { CellValue } from '../../../src/core/model/workbook';
import { ModelBuilder, at, type RowSpec } from './model';

const SG = ['budget', 'budget.full', 'actual'];

function sanGong(values: Record<string, CellValue>, extra: RowSpec[] = []): RowSpec[] {
  const keys = ['sg.total', 'sg.abroad', 'sg.car', 'sg.car.purchase', 'sg.car.run', 'sg.reception', 'sg.reception.domestic'];
  return [...keys.map((key) => ({ name: key, key, v: { actual: values[key] ?? null } })), ...extra];
}

function t06(public30217: number, pub = 63.69) {
  return {
    id: 'T06' as const,
    columns: ['amount'],
    rows: [
      { name: '公务接待费', code: '30217', level: 'kuan' as const, v: { amount: public30217 } },
      { name: '因公出国（境）费用', code: '30212', level: 'kuan' as const },
      { name: '公务用车运行维护费', code: '30231', level: 'kuan' as const },
      { name: '公务用车购置', code: '31013', level: 'kuan' as const },
      { name: '公用经费合计', key: 'public.total', v: { amount: pub } },
    ],
  };
}

describe('X11 机关运行经费 ↔ 公用经费', () => {
  const build = (opex: number, pub: number) => {
    const b = new ModelBuilder();
    const t10 = b.add({ id: 'T10', columns: SG, rows: sanGong({}, [{ name: '二、机关运行经费', key: 'opex.total', lineNo: 22, v: { actual: opex } }]) });
    b.add(t06(0, pub));
    return { b, t10 };
  };
  it('holds when equal; a pure 事业单位 (0) is not compared', () => {
    expect(X11.check(build(63.69, 63.69).b.context())).toEqual([]);
    expect(X11.check(build(0, 63.69).b.context())).toEqual([]);
  });
  it('more 机关运行经费 than 公用经费 is an error; less is only a warning', () => {
    const hi = build(70, 63.69);
    expect(X11.check(hi.b.context())).toEqual([expect.objectContaining({ severity: 'error', cell: at(hi.t10, 'opex.total', 'actual') })]);
    const lo = build(60, 63.69);
    const [f] = X11.check(lo.b.context());
    expect(f).toMatchObject({ severity: 'warning', cell: at(lo.t10, 'opex.total', 'actual') });
    expect(f.fix).toBeUndefined(); // normal for departments with 非参公 事业单位: nothing to write
  });
});

describe('X12 一般公共预算三公 ≤ 财政拨款三公', () => {
  const build = (t11: number, fundIncome: number) => {
    const b = new ModelBuilder();
    b.add({ id: 'T01', columns: ['amount'], rows: [{ name: '二、政府性基金预算财政拨款收入', key: 'inc.fund', v: { amount: fundIncome } }] });
    b.add({ id: 'T10', columns: SG, rows: sanGong({ 'sg.total': 1.47, 'sg.reception': 1.47 }) });
    const t = b.add({ id: 'T11', columns: SG, rows: sanGong({ 'sg.total': t11, 'sg.reception': t11 }) });
    return { b, t };
  };
  it('more in 公开11表 than 公开10表 is an error at the 公开11表 cell', () => {
    const { b, t } = build(1.6, 0);
    expect(X12.check(b.context()).map((f) => [f.cell, f.severity])).toEqual([
      [at(t, 'sg.total', 'actual'), 'error'],
      [at(t, 'sg.reception', 'actual'), 'error'],
    ]);
  });
  it('less is fine with 政府性基金 money, an error without it', () => {
    expect(X12.check(build(1.0, 5).b.context())).toEqual([]);
    expect(X12.check(build(1.0, 0).b.context())).toHaveLength(2);
  });
});

describe('X13 / X14 三公 ↔ 经济分类', () => {
  it('X13: 公务接待费 = 30217 of 公开06 + 公开07 (warning, inferred)', () => {
    const b = new ModelBuilder();
    const t11 = b.add({ id: 'T11', columns: SG, rows: sanGong({ 'sg.total': 1.47, 'sg.reception': 1.47 }) });
    b.add(t06(1.0));
    b.add({ id: 'T07', columns: ['amount'], rows: [{ name: '公务接待费', code: '30217', level: 'kuan', v: { amount: 0.47 } }] });
    expect(X13.check(b.context())).toEqual([]);
    b.set(b.tables[2], '30217', 'amount', 0.57);
    expect(X13.check(b.context())).toEqual([expect.objectContaining({ rule: 'X13', severity: 'warning', cell: at(t11, 'sg.reception', 'actual') })]);
    expect(X14.check(b.context())).toEqual([]); // with 公开07 only X13 applies
  });
  it('X14: without 公开07, 基本支出 30217 above 公务接待费 is an error at the 公开06 cell', () => {
    const b = new ModelBuilder();
    b.add({ id: 'T11', columns: SG, rows: sanGong({ 'sg.total': 1.47, 'sg.reception': 1.47 }) });
    const t = b.add(t06(1.57));
    expect(X14.check(b.context())).toEqual([expect.objectContaining({ rule: 'X14', severity: 'error', cell: at(t, '30217', 'amount') })]);
    b.set(t, '30217', 'amount', 1.0);
    expect(X14.check(b.context())).toEqual([]);
  });
});

describe('X15 公务用车 plausibility', () => {
  it('保有量 without 车辆原值, and 运行维护费 without 保有量, are warnings', () => {
    const b = new ModelBuilder();
    const t10 = b.add({
      id: 'T10',
      columns: SG,
      rows: sanGong({ 'sg.car.run': 2.5 }, [{ name: '公务用车保有量（辆）', key: 'stat.car.owned', v: { actual: null } }]),
    });
    const t12 = b.add({ id: 'T12', columns: ['assets.total', 'vehicle.original'], rows: [{ name: '合计', key: 'total', level: 'total' }] });
    expect(X15.check(b.context())).toEqual([expect.objectContaining({ severity: 'warning', cell: at(t10, 'stat.car.owned', 'actual') })]);
    b.set(t10, 'stat.car.owned', 'actual', 1);
    expect(X15.check(b.context())).toEqual([expect.objectContaining({ severity: 'warning', sheet: '公开12表', cell: at(t12, 'total', 'vehicle.original') })]);
    b.set(t12, 'total', 'vehicle.original', 25.3);
    expect(X15.check(b.context())).toEqual([]);
  });
});

describe('X13 / X14 without 公开11表 (Beijing prints one 财政拨款 三公 table)', () => {
  it('X14 bounds 30217 by 公开10表 公务接待费', () => {
    const b = new ModelBuilder();
    b.add({ id: 'T10', columns: SG, rows: sanGong({ 'sg.total': 1.47, 'sg.reception': 1.47 }) });
    const t = b.add(t06(1.57));
    expect(X14.check(b.context())).toEqual([expect.objectContaining({ rule: 'X14', severity: 'error', cell: at(t, '30217', 'amount') })]);
  });
  it('X13 uses 公开10表 only when there is no 政府性基金 / 国有资本经营 money', () => {
    const build = (fund: number) => {
      const b = new ModelBuilder();
      b.add({ id: 'T01', columns: ['amount'], rows: [{ name: '二、政府性基金预算财政拨款收入', key: 'inc.fund', v: { amount: fund } }] });
      b.add({ id: 'T10', columns: SG, rows: sanGong({ 'sg.total': 1.47, 'sg.reception': 1.47 }) });
      b.add(t06(1.0));
      b.add({ id: 'T07', columns: ['amount'], rows: [{ name: '公务接待费', code: '30217', level: 'kuan' }] });
      return b;
    };
    expect(X13.check(build(0).context()).map((f) => f.rule)).toEqual(['X13']);
    expect(X13.check(build(5).context())).toEqual([]);
  });
});
