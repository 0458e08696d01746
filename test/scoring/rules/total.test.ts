import { COL, liaoning } from './liaoning';
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

describe('S-TOTAL counts a 得分 an error-level rule recomputes at its recomputed value (seed 002)', () => {
  const diffRate = (score: number, total?: number) => [
    { match: '财政拨款收入预决算差异率', col: COL.score, value: score },
    ...(total === undefined ? [] : [{ match: '总评价得分', col: COL.score, value: total }]),
  ];
  test('差异率 40% scored 2 (the rule gives 1), 总分 96: S-DIFF-RATE only (was: 总分 96 ≠ 97, fixed to 97)', async () => {
    const r = await liaoning(diffRate(2));
    expect(r.findings.filter((f) => f.severity !== 'info').map((f) => `${f.rule} ${f.severity}`)).toEqual(['S-DIFF-RATE error']);
    expect(r.scores[0].total).toEqual({ reported: 96, recomputed: 96 });
  });
  test('the same with 总分 97 (the wrong score added in): the total is 96, no SUM formula over the wrong cell', async () => {
    const r = await liaoning(diffRate(2, 97));
    const f = r.findings.filter((x) => x.rule === 'S-TOTAL');
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: 'error', actual: '97', expected: '96' });
    expect(f[0].message).toContain('“财政拨款收入预决算差异率”按表内规则重算的得分计');
    expect(f[0].fix).toMatchObject({ value: 96 });
    expect(f[0].fix?.formula).toBeUndefined();
  });
  test('a score that fits the other reading of “（含）” stands: the total adds it as printed', async () => {
    const r = await liaoning([
      { match: '财政拨款收入预决算差异率', col: COL.actual, value: '12%' },
      { match: '财政拨款收入预决算差异率', col: COL.score, value: 4 },
      { match: '总评价得分', col: COL.score, value: 99 },
    ]);
    expect(r.findings.filter((x) => x.rule === 'S-TOTAL')).toEqual([]);
  });
});
