import { formRows, run } from './form';

const subs = (a: (number | string)[], b: (number | string)[], c: (number | string)[]) => [
  { label: '其中：当年财政拨款', values: a },
  { label: '上年结转资金', values: b },
  { label: '其他资金', values: c },
];

describe('S-FUNDS 年度资金总额 = 当年财政拨款 + 上年结转 + 其他资金', () => {
  test('rows that add up pass (seed 000 党费返还)', () => {
    const r = run('S-FUNDS', formRows({ total: [1.805614, 1.805614, 0.0882, 10, '4.89%', 0.489], subRows: subs([], [1.236574, 1.236574, 0], [0.56904, 0.56904, 0.0882]) }));
    expect(r.findings).toEqual([]);
  });
  test('a total that does not add up is an error at the total cell with a SUM fix', () => {
    const r = run('S-FUNDS', formRows({ total: ['10.00', '12.00', '12.00', 10, '100%', 10], subRows: subs(['10.00', '10.00', '10.00'], ['0.00', '1.00', '1.00'], []) }));
    expect(r.findings.map((f) => f.cell)).toEqual(['D4', 'E4']);
    expect(r.findings[0]).toMatchObject({ severity: 'error', expected: '11', actual: '12.00' });
    expect(r.findings[0].fix?.formula).toBe('SUM(D5,D6,D7)');
  });
  test('integers are read as rounded amounts (the tables policy): 12 against 10 + 1 is within rounding', () => {
    expect(run('S-FUNDS', formRows({ total: [10, 12, 12, 10, '100%', 10], subRows: subs([10, 10, 10], [0, 1, 1], []) })).findings).toEqual([]);
  });
  test('sub-rows left empty in a column are not checked (seed 001)', () => {
    expect(run('S-FUNDS', formRows({ total: [0, 3.5, 3.467, 10, '99.06%', 9.91], subRows: subs([0, 3.5], [0, 0], [0, 0]) })).findings).toEqual([]);
  });
});
