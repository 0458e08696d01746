import { formRows, run } from './form';

const row = (words: string, w: number, s: number) => ['效益指标', '社会效益指标', '影响', '定性', '好坏', '', words, w, s, ''];
const one = (words: string, w: number, s: number) =>
  run('S-QUAL', formRows({ indicators: [row(words, w, s), ['产出指标', '数量指标', '填充', '定性', '', '', '', 90 - w, 90 - w, '']] }));

describe('S-QUAL 定性指标得分区间', () => {
  test('达成 [0.8w, w]', () => {
    expect(one('好', 10, 8).findings).toEqual([]);
    expect(one('好', 10, 7).findings[0]).toMatchObject({ severity: 'warning', expected: '8–10' });
  });
  test('部分达成 [0.6w, 0.8w): 0.8w itself belongs to the upper band', () => {
    expect(one('一般', 10, 6).findings).toEqual([]);
    expect(one('一般', 10, 8).findings[0].expected).toBe('6–8（不含）');
  });
  test('未达成 [0, 0.6w)', () => {
    expect(one('差', 10, 5).findings).toEqual([]);
    expect(one('未完成', 10, 6).findings).toHaveLength(1);
  });
  test('no stated completion, no judgement', () => {
    expect(one('', 10, 3).findings).toEqual([]);
  });
});
