import { NINETY, formRows, run } from './form';

describe('S-REASON 未得满分须说明偏差原因', () => {
  test('full marks need no reason', () => {
    expect(run('S-REASON', formRows()).findings).toEqual([]);
  });
  test('missing marks with an empty or “无” reason is a warning at the reason cell', () => {
    const rows = NINETY.map((x) => [...x]);
    rows[0][8] = 25;
    rows[1][8] = 25;
    rows[1][9] = '无';
    const r = run('S-REASON', formRows({ indicators: rows }));
    expect(r.findings.map((f) => f.cell)).toEqual(['K9', 'K10']);
    expect(r.findings[0].severity).toBe('warning');
  });
  test('a written reason passes', () => {
    const rows = NINETY.map((x) => [...x]);
    rows[0][8] = 25;
    rows[0][9] = '疫情影响，活动减少';
    expect(run('S-REASON', formRows({ indicators: rows })).findings).toEqual([]);
  });
});
