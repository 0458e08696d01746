import { NINETY, formRows, run } from './form';

describe('S-WEIGHTS 分值合计 100', () => {
  test('10 + 90 passes', () => {
    expect(run('S-WEIGHTS', formRows()).findings).toEqual([]);
  });
  test('indicators = 100 with the 执行 score folded into a 成本 indicator passes', () => {
    const rows = [
      ['产出指标', '数量指标', '甲', '', '', '', '完成', 30, 30, ''],
      ['', '质量指标', '乙', '', '', '', '完成', 30, 30, ''],
      ['', '成本指标', '项目总支出在预算内', '', '5万元', '', '完成', 10, 4.35, '疫情'],
      ['满意度指标', '服务对象满意度指标', '丁', '', '', '', '完成', 30, 30, ''],
    ];
    const r = run('S-WEIGHTS', formRows({ total: [5, 5, 2.1765, 10, '43.53%', 4.35], indicators: rows, totalRow: ['总分', '', '', '', '', '', '', '', 100, 94.35] }));
    expect(r.findings).toEqual([]);
    expect(r.scores[0].convention).toBe('folded');
    expect(r.scores[0].total).toEqual({ reported: 94.35, recomputed: 94.35 });
  });
  test('95 is an error at the total row 分值', () => {
    const rows = NINETY.map((x) => [...x]);
    rows[0][7] = 25;
    rows[0][8] = 25;
    const r = run('S-WEIGHTS', formRows({ indicators: rows }));
    expect(r.findings[0]).toMatchObject({ severity: 'error', cell: 'I13', actual: '95', expected: '100' });
  });
});
