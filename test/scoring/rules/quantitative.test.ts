import { formRows, run } from './form';

const one = (row: (string | number)[], profile = '国家') =>
  run('S-QUANT', formRows({ indicators: [row, ['', '', '填充', '定性', '', '', '好', 90 - (row[7] as number), 90 - (row[7] as number), '']] }), profile);

describe('S-QUANT 定量指标得分', () => {
  test('正向: B ≥ A is full marks, B < A is B/A × w', () => {
    expect(one(['产出指标', '数量指标', '人数', '>=', 30, '人', 30, 20, 20, '']).findings).toEqual([]);
    const r = one(['产出指标', '数量指标', '人数', '>=', 30, '人', 24, 20, 20, '']);
    expect(r.findings[0]).toMatchObject({ severity: 'warning', expected: '16', actual: '20', cell: 'J9' });
  });
  test('反向 (龙图): B ≤ A full; A < B < 2A: (1 − (B−A)/A) × w', () => {
    expect(one(['产出指标', '成本指标', '成本', '<=', 10, '万元', 8, 20, 20, '']).findings).toEqual([]);
    expect(one(['产出指标', '成本指标', '成本', '<=', 10, '万元', 12, 20, 20, '']).findings[0].expected).toBe('16');
  });
  test('反向 (北京): A/B × w', () => {
    expect(one(['产出指标', '成本指标', '成本', '<=', 10, '万元', 12.5, 20, 20, ''], '北京').findings[0].expected).toBe('16');
  });
  test('北京: a target set too low loses 10% once (B − A)/A reaches 200%', () => {
    expect(one(['产出指标', '数量指标', '件数', '>=', 10, '件', 30, 20, 20, ''], '北京').findings[0].expected).toBe('18');
    expect(one(['产出指标', '数量指标', '件数', '>=', 10, '件', 30, 20, 20, '']).findings).toEqual([]);
  });
  test('等于 0: anything above 0 scores 0', () => {
    expect(one(['产出指标', '质量指标', '事故', '=', 0, '次', 1, 10, 10, '']).findings[0].expected).toBe('0');
  });
  test('words in 指标值 carry the nature (不少于 / 以上); texts that are not numbers are skipped', () => {
    expect(one(['产出指标', '数量指标', '次数', '', '不少于4次', '', '2次', 10, 10, '']).findings[0].expected).toBe('5');
    expect(one(['产出指标', '数量指标', '满意度', '', '98%以上', '', '100%', 10, 10, '']).findings).toEqual([]);
    expect(one(['产出指标', '时效指标', '修复', '<=', 4, '小时', '小于4小时', 10, 5, '']).findings).toEqual([]);
  });
  test('a completion percentage against a count target reads as the share done (Yunnan)', () => {
    expect(one(['产出指标', '数量指标', '驻京人员', '>=', 30, '人', '100.00%', 20, 20, '']).findings).toEqual([]);
    expect(one(['产出指标', '数量指标', '驻京人员', '>=', 30, '人', '50%', 20, 20, '']).findings[0].expected).toBe('10');
  });
});
