import { fixLabel } from '../../src/taskpane/model/fix-label';

test('修正 names the value it writes, and a 说明 paragraph without reading the whole paragraph aloud', () => {
  expect(fixLabel({ sheet: '公开03表', cell: 'D12', value: 1095.72 })).toBe('修正 公开03表!D12 为 1095.72');
  const paragraph = '2023年度一般公共预算财政拨款支出1095.72万元，占本年支出合计的100.00%。';
  expect(fixLabel({ sheet: '决算说明', cell: 'A8', value: paragraph })).toBe('修正 决算说明!A8 这一段文字（改正其中的错误）');
});
