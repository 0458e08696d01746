import { formRows, run } from './form';

const folded = (actual: string, target = '0.36万元') =>
  formRows({
    total: [0.36, 0.36, 0.32208, 10, '89.47%', 8.95],
    indicators: [
      ['机构运行保障', '经费使用质量', '甲', '', '', '', '完成指标', 30, 30, ''],
      ['', '基层党组织形象', '乙', '', '', '', '完成指标', 30, 30, ''],
      ['', '党员满意度', '丙', '', '', '', '完成指标', 30, 30, ''],
      ['', '完成进度', '年底前使用完成', '', target, '', actual, 10, 8.95, '疫情影响'],
    ],
    totalRow: ['总分', '', '', '', '', '', '', '', 100, 98.95],
  });

describe('S-EXEC-AMOUNT 执行指标所写金额与资金行一致', () => {
  test('the amount written in the 完成进度 indicator matches the fund row', () => {
    expect(run('S-EXEC-AMOUNT', folded('完成0.32208万元支出')).findings).toEqual([]);
  });
  test('seed 000 党费返还: “完成0.1775万元支出” against 全年执行数 0.32208 is a warning at the text', () => {
    const r = run('S-EXEC-AMOUNT', folded('完成0.1775万元支出'));
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]).toMatchObject({ severity: 'warning', cell: 'H12', actual: '0.1775万元', expected: '0.32208万元' });
  });
  test('a stated budget that differs from 全年预算数 too', () => {
    expect(run('S-EXEC-AMOUNT', folded('完成0.32208万元支出', '0.5万元')).findings[0].expected).toBe('0.36万元');
  });
  test('texts without one amount are left alone', () => {
    expect(run('S-EXEC-AMOUNT', folded('完成指标')).findings).toEqual([]);
  });
});
