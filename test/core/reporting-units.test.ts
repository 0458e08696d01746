import { groupReportingUnits } from '../../src/core/reporting-units';
import type { RecognizedTable, TableId } from '../../src/core/tables/types';

function table(id: TableId, sheet: string, top: number, department?: string): RecognizedTable {
  return {
    id, family: 'yunnan', label: id, title: id, sheet, range: 'A1', top, left: 0, bottom: top + 10, right: 5,
    unit: '万元', department, columns: [], rows: [], notes: [], empty: false,
  };
}

const ids: TableId[] = ['T01', 'T02', 'T03', 'T04'];

describe('groupReportingUnits', () => {
  it('keeps one unit when each table appears once', () => {
    const units = groupReportingUnits(ids.map((id, i) => table(id, `公开0${i + 1}表`, 0)), ['公开01表', '公开02表', '公开03表', '公开04表']);
    expect(units).toHaveLength(1);
    expect(units[0].tables.map((t) => t.id)).toEqual(ids);
  });

  it('splits stacked sets by the printed 部门', () => {
    const tables = ['甲局', '乙局'].flatMap((dept, u) => ids.map((id, i) => table(id, `单位${u}`, i * 40, dept)));
    const units = groupReportingUnits(tables, ['单位0', '单位1']);
    expect(units.map((u) => u.name)).toEqual(['甲局', '乙局']);
    expect(units.every((u) => u.tables.length === 4)).toBe(true);
  });

  it('without 部门 lines, starts a new unit when a table id repeats, in reading order', () => {
    // Given out of order: sheet order and position decide.
    const tables = [table('T02', 'B', 40), table('T01', 'B', 0), table('T02', 'A', 40), table('T01', 'A', 0)];
    const units = groupReportingUnits(tables, ['A', 'B']);
    expect(units.map((u) => u.tables.map((t) => `${t.sheet}:${t.id}`))).toEqual([
      ['A:T01', 'A:T02'],
      ['B:T01', 'B:T02'],
    ]);
  });

  it('a table without a 部门 line stays with the table before it', () => {
    const tables = [table('T01', 'S', 0, '甲局'), table('T02', 'S', 40), table('T01', 'S', 80, '乙局'), table('T02', 'S', 120)];
    expect(groupReportingUnits(tables, ['S']).map((u) => u.tables.length)).toEqual([2, 2]);
  });
});
