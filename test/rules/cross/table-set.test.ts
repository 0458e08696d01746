import { TABLE_SET } from '../../../src/core/rules/cross/table-set';
import type { TableId } from '../../../src/core/tables/types';
import { ModelBuilder } from './model';
import { readWorkbookFile } from '../../../src/io/exceljs-reader';
import { checkWorkbook } from '../../../src/core/check';
import { fixturePath } from '../../fixtures/registry';

const ALL: TableId[] = ['T01', 'T02', 'T03', 'T04', 'T05', 'T06', 'T07', 'T08', 'T09', 'T10', 'T11', 'T12'];

/** A set of empty Yunnan tables with these ids, printing `year` (or none). */
function set(ids: TableId[], year?: number) {
  const b = new ModelBuilder();
  for (const id of ids) b.add({ id, columns: ['amount'], rows: [] });
  const ctx = b.context();
  for (const t of ctx.tables) t.year = year;
  return ctx;
}

describe('TABLE-SET 公开表是否齐全', () => {
  it('a 2023 set without 公开06表 and 公开11表: one warning naming both, with their 公开编号', () => {
    const found = TABLE_SET.check(set(ALL.filter((id) => id !== 'T06' && id !== 'T11'), 2023));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ rule: 'TABLE-SET', severity: 'warning', sheet: '公开01表', cell: 'A1', actual: '缺 2 张' });
    expect(found[0].message).toContain('未找到公开06表（一般公共预算财政拨款基本支出决算表）、公开11表（一般公共预算财政拨款“三公”经费情况表）');
  });

  it('follows the year: 2021 had no 项目支出, 一般公共预算“三公” nor 国有资产 table; 2024 no 国有资产 table', () => {
    expect(TABLE_SET.check(set(['T01', 'T02', 'T03', 'T04', 'T05', 'T06', 'T08', 'T09', 'T10'], 2021))).toEqual([]);
    expect(TABLE_SET.check(set(ALL.filter((id) => id !== 'T12'), 2024))).toEqual([]);
    const t2022 = TABLE_SET.check(set(ALL.filter((id) => id !== 'T07' && id !== 'T11'), 2022));
    expect(t2022.map((f) => f.message)).toEqual([expect.stringContaining('未找到“一般公共预算财政拨款项目支出决算表”：')]);
  });

  it('a set that prints no year is held to the tables of every year only', () => {
    expect(TABLE_SET.check(set(['T01', 'T02', 'T03', 'T04', 'T05', 'T06', 'T10']))).toEqual([]);
    expect(TABLE_SET.check(set(['T01', 'T02', 'T03', 'T04', 'T05', 'T10']))[0].message).toContain('基本支出决算表');
  });

  it('a few tables checked on their own (fewer than six) are not a package missing some', () => {
    expect(TABLE_SET.check(set(['T01', 'T02', 'T03', 'T04', 'T05'], 2023))).toEqual([]);
  });

  it('seed 004 (all twelve) has nothing to report; without 公开07表 it is named, and 公开08/09表 stay X-EMPTY’s', async () => {
    const wb = await readWorkbookFile(fixturePath('seed004-clean.xlsx'));
    expect(checkWorkbook(wb).findings.filter((f) => f.rule === 'TABLE-SET')).toEqual([]);
    wb.sheets = wb.sheets.filter((s) => s.name !== '公开07表' && s.name !== '公开08表');
    const found = checkWorkbook(wb).findings.filter((f) => f.rule === 'TABLE-SET' || f.rule === 'X-EMPTY');
    expect(found.map((f) => `${f.rule} ${f.message}`)).toEqual([
      expect.stringMatching(/^X-EMPTY 未找到政府性基金预算财政拨款收入支出决算表：/),
      expect.stringMatching(/^TABLE-SET 本套公开表未找到公开07表（一般公共预算财政拨款项目支出决算表）：/),
    ]);
  });
});
