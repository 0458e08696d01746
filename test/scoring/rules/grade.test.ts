import { NINETY, formRows, run } from './form';

describe('S-GRADE 等级与总分相符', () => {
  test('100 → 优 passes', () => {
    expect(run('S-GRADE', formRows()).findings).toEqual([]);
  });
  test('a grade of another band is an error with the right grade as fix', () => {
    const rows = NINETY.map((x) => [...x]);
    rows[0][8] = 15;
    const r = run('S-GRADE', formRows({ indicators: rows, totalRow: ['总分', '', '', '', '', '', '', '', 100, 85, '优'] }));
    expect(r.findings[0]).toMatchObject({ severity: 'error', cell: 'K13', expected: '良', actual: '优' });
    expect(r.findings[0].fix?.value).toBe('良');
  });
  test('良好 is read as 良', () => {
    const rows = NINETY.map((x) => [...x]);
    rows[0][8] = 15;
    expect(run('S-GRADE', formRows({ indicators: rows, totalRow: ['总分', '', '', '', '', '', '', '', 100, 85, '良好'] })).findings).toEqual([]);
  });
});
