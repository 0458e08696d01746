import { CheckContext } from '../../src/core/rules/context';
import { sheetFromValues } from '../../src/core/model/workbook';
import { halfWidth } from '../../src/core/money/amount';
import type { RecognizedTable, Unit } from '../../src/core/tables/types';

function contextWith(unit: Unit, text: string) {
  const sheet = sheetFromValues('表', [['金额'], [text]]);
  const table: RecognizedTable = {
    id: 'T01', family: 'yunnan', label: '公开01表', title: '收入支出决算表', sheet: '表', range: 'A1:A2', top: 0, left: 0,
    bottom: 1, right: 0, unit, columns: [], rows: [{ row: 1, name: 'x', cells: { amount: { sheet: '表', row: 1, col: 0 } } }],
    notes: [], empty: false,
  };
  return new CheckContext({ sheets: [sheet] }, [table]);
}

describe('CheckContext.amount reads written units relative to the table’s 金额单位', () => {
  it('3.5万 inside a 万元 table is 3.5 万元', () => {
    const a = contextWith('万元', '3.5万').amount({ sheet: '表', row: 1, col: 0 });
    expect(a.value.toFixed()).toBe('3.5');
    expect(halfWidth(a).toFixed()).toBe('0.05');
  });

  it('3.5万 inside a 元 table is 35000 元 with the interval scaled too', () => {
    const a = contextWith('元', '3.5万').amount({ sheet: '表', row: 1, col: 0 });
    expect(a.value.toFixed()).toBe('35000');
    expect(halfWidth(a).toFixed()).toBe('500');
  });

  it('1,200元 inside a 万元 table is 0.12 万元', () => {
    expect(contextWith('万元', '1,200元').amount({ sheet: '表', row: 1, col: 0 }).value.toFixed()).toBe('0.12');
  });

  it('a plain number is taken in the table’s unit', () => {
    expect(contextWith('元', '1,095.72').amount({ sheet: '表', row: 1, col: 0 }).value.toFixed()).toBe('1095.72');
  });
});
