import { rowByCode, rowByKey, totalRow } from '../../src/core/rules/rows';
import * as access from '../../src/core/tables/access';
import type { RecognizedTable, TableRow } from '../../src/core/tables/types';

function table(rows: TableRow[]): RecognizedTable {
  return {
    id: 'T03', family: 'yunnan', label: '公开03表', title: '支出决算表', sheet: 'S', range: 'A1:C9', top: 0, left: 0, bottom: 8,
    right: 2, unit: '万元', columns: [], rows, notes: [], empty: false,
  };
}

const rows: TableRow[] = [
  { row: 4, name: '合计', level: 'total', cells: {} },
  { row: 5, name: '一般公共服务支出', code: '201', level: 'class', key: 'a', cells: {} },
  { row: 6, name: '人大事务', code: '20101', level: 'kuan', key: 'a', cells: {} },
  { row: 7, name: '合计（重复）', level: 'total', code: '201', cells: {} },
];

describe('indexed row lookups give tables/access answers', () => {
  it('first match by key, by code, and the first 合计 row; undefined table or key', () => {
    const t = table(rows);
    for (const key of ['a', 'b']) expect(rowByKey(t, key)).toBe(access.rowByKey(t, key));
    for (const code of ['201', '20101', '999']) expect(rowByCode(t, code)).toBe(access.rowByCode(t, code));
    expect(totalRow(t)).toBe(access.totalRow(t));
    expect(rowByKey(undefined, 'a')).toBeUndefined();
    expect(totalRow(undefined)).toBeUndefined();
  });

  it('sees rows added or replaced after the first lookup', () => {
    const t = table(rows.slice(1, 3));
    expect(totalRow(t)).toBeUndefined();
    t.rows.unshift(rows[0]);
    expect(totalRow(t)).toBe(rows[0]);
    t.rows = [rows[2]];
    expect(rowByKey(t, 'a')).toBe(rows[2]);
  });
});
