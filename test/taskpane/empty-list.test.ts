import { checkWorkbook } from '../../src/core/check';
import { sheetFromValues } from '../../src/core/model/workbook';
import { emptyListText } from '../../src/taskpane/model/empty-list';
import { seed004Tables } from '../fixtures/seed004-tables';

/** 公开11表 of seed 004 (its sums hold), and beside it a region titled like a table that cannot be read. */
const T11 = seed004Tables().find((t) => t.number === '公开11表')!;

describe('the findings list when it shows nothing', () => {
  it('says all is consistent only when every table-like region was read (was: also with a table left unchecked)', () => {
    const clean = checkWorkbook({ sheets: [sheetFromValues('公开11表', T11.rows)] });
    expect(clean.findings).toEqual([]);
    expect(emptyListText(clean, null)).toBe('未发现问题：所有勾稽关系均相符。');
    const unread = checkWorkbook({ sheets: [sheetFromValues('公开11表', T11.rows), sheetFromValues('其他', [['支出决算表'], ['金额单位：万元'], ['甲', '1']])] });
    expect(unread.findings).toEqual([]);
    expect(unread.unrecognized.length).toBeGreaterThan(0);
    expect(emptyListText(unread, null)).toBe('已识别的表中未发现问题；未能识别的表格没有检查（见上方原因）。');
  });

  it('no table at all, a severity filter with nothing in it, everything dismissed', () => {
    const none = checkWorkbook({ sheets: [sheetFromValues('工资表', [['姓名', '应发工资'], ['张三', 5200]])] });
    expect(emptyListText(none, null)).toBe('没有可核对的决算表或绩效自评表。');
    const some = { ...none, tables: [{}], findings: [{}] } as unknown as typeof none;
    expect(emptyListText(some, 'error')).toBe('没有这一类的问题。');
    expect(emptyListText(some, null)).toBe('其余问题均已忽略。');
  });
});
