import { cellFromOffice, hiddenLinesOf, isDateFormat, parseAreas } from '../../src/excel/read';
import { planBlocks } from '../../src/excel/payload';

describe('Office.js arrays → core model cells', () => {
  test('values, formulas, number formats, errors and empty cells', () => {
    expect(cellFromOffice('', '', 'General')).toBeUndefined();
    expect(cellFromOffice(43.31, 43.31, '#,##0.00')).toEqual({ value: 43.31, numFmt: '#,##0.00' });
    expect(cellFromOffice('1,095.72', '1,095.72', '@')).toEqual({ value: '1,095.72', numFmt: '@' });
    expect(cellFromOffice(1095.72, '=E12+F12', 'General')).toEqual({ value: 1095.72, formula: 'E12+F12' });
    expect(cellFromOffice('', '=IF(A1,"",1)', 'General')).toEqual({ value: null, formula: 'IF(A1,"",1)' });
    expect(cellFromOffice('#DIV/0!', '=A1/0', 'General')).toEqual({ value: null, error: '#DIV/0!', formula: 'A1/0' });
    expect(cellFromOffice(true, true, 'General')).toEqual({ value: true });
  });

  test('date-formatted serial numbers become ISO dates like the ExcelJS reader gives them; percentages stay numbers', () => {
    expect(cellFromOffice(45291, 45291, 'yyyy"年"m"月"d"日"')).toEqual({ value: '2023-12-31', numFmt: 'yyyy"年"m"月"d"日"' });
    expect(cellFromOffice(45291, 45291, 'yyyy/m/d')).toMatchObject({ value: '2023-12-31' });
    expect(isDateFormat('0.00%')).toBe(false);
    expect(isDateFormat('#,##0.00_ ')).toBe(false);
    expect(isDateFormat('"合计"0.00')).toBe(false);
    expect(isDateFormat('[Red]0.00')).toBe(false);
    expect(isDateFormat('h:mm')).toBe(true);
  });

  test('merged areas from a RangeAreas address, quoted sheet names included', () => {
    expect(parseAreas("'5 一般公共预算支出'!A1:I1, '5 一般公共预算支出'!A5:C6")).toEqual([
      { top: 0, left: 0, bottom: 0, right: 8 },
      { top: 4, left: 0, bottom: 5, right: 2 },
    ]);
    expect(parseAreas(undefined)).toEqual([]);
    // A comma inside a quoted sheet name does not cut an area; unquoted names and single cells too.
    expect(parseAreas("'收入,支出'!A1:B2,'收入,支出'!D4")).toEqual([
      { top: 0, left: 0, bottom: 1, right: 1 },
      { top: 3, left: 3, bottom: 3, right: 3 },
    ]);
    expect(parseAreas("Sheet1!A1:F4, Sheet1!A7:F20")).toEqual([
      { top: 0, left: 0, bottom: 3, right: 5 },
      { top: 6, left: 0, bottom: 19, right: 5 },
    ]);
  });

  test('hidden rows and columns are the lines of the used range that no visible area spans', () => {
    const used = { top: 0, left: 0, bottom: 19, right: 5 };
    // Rows 5–6 and column C hidden: Excel gives the visible cells as four areas.
    const visible = parseAreas('S!A1:B4, S!D1:F4, S!A7:B20, S!D7:F20');
    expect(hiddenLinesOf(used, visible)).toEqual({ rows: [4, 5], cols: [2] });
    expect(hiddenLinesOf(used, [used])).toEqual({ rows: [], cols: [] });
    // Nothing visible: every row counts as hidden.
    expect(hiddenLinesOf({ top: 2, left: 0, bottom: 4, right: 1 }, undefined)).toEqual({ rows: [2, 3, 4], cols: [] });
  });

  test('row blocks stay within the cell budget per sync and cover every row once', () => {
    const ranges = [
      { sheet: 'a', top: 0, left: 0, bottom: 999, right: 9 },
      { sheet: 'b', top: 5, left: 2, bottom: 6, right: 4 },
    ];
    const syncs = planBlocks(ranges, 3000);
    for (const group of syncs) {
      expect(group.reduce((n, b) => n + (b.bottom - b.top + 1) * (b.right - b.left + 1), 0)).toBeLessThanOrEqual(3000);
    }
    const rowsA = syncs.flat().filter((b) => b.sheet === 'a').flatMap((b) => Array.from({ length: b.bottom - b.top + 1 }, (_, i) => b.top + i));
    expect(rowsA).toEqual(Array.from({ length: 1000 }, (_, i) => i));
    expect(syncs.flat().filter((b) => b.sheet === 'b')).toEqual([{ sheet: 'b', top: 5, left: 2, bottom: 6, right: 4 }]);
  });
});
