import { NINETY, formRows, run } from './form';

describe('S-TOTAL 总分 = 各项得分之和', () => {
  test('exact sum passes', () => {
    expect(run('S-TOTAL', formRows()).findings).toEqual([]);
  });
  test('a total off by one point is an error with a SUM formula over the parts', () => {
    const r = run('S-TOTAL', formRows({ totalRow: ['总分', '', '', '', '', '', '', '', 100, 99] }));
    expect(r.findings[0]).toMatchObject({ severity: 'error', cell: 'J13', actual: '99', expected: '100', difference: '-1' });
    expect(r.findings[0].fix).toMatchObject({ value: 100, formula: 'SUM(H4,J9,J10,J11,J12)' });
  });
  test('integer scores are not rounding intervals: 93 against 92 is an error', () => {
    const rows = NINETY.map((x) => [...x]);
    rows[0][8] = 28;
    rows[1][8] = 29;
    rows[2][8] = 19;
    const r = run('S-TOTAL', formRows({ indicators: rows, totalRow: ['总分', '', '', '', '', '', '', '', 100, 97] }));
    expect(r.findings[0]).toMatchObject({ actual: '97', expected: '96' });
  });
  test('a score above its 分值 counts at the 分值 (S-CAP reports it)', () => {
    const rows = NINETY.map((x) => [...x]);
    rows[0][8] = 40;
    expect(run('S-TOTAL', formRows({ indicators: rows })).findings).toEqual([]);
  });
});
