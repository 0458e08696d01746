import { isLastYearSheetName } from '../../src/core/tables/labels';

describe('isLastYearSheetName: a sheet name marking last year’s copy', () => {
  it.each(['上年公开01表', '公开01表（上年）', '公开01表(上年数)', '上年度决算', '上一年度公开03表', '去年决算表'])('%s is last year’s', (name) => {
    expect(isLastYearSheetName(name)).toBe(true);
  });

  it.each(['公开01表', '收入支出决算表', '2022年决算', '上年结转结余', '年初结转和结余', 'Sheet1'])('%s is not', (name) => {
    expect(isLastYearSheetName(name)).toBe(false);
  });
});
