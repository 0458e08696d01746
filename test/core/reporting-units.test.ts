import { groupReportingUnits } from '../../src/core/reporting-units';
import type { RecognizedTable, TableId } from '../../src/core/tables/types';
import type { Workbook } from '../../src/core/model/workbook';
import { checkWorkbook } from '../../src/core/check';
import { readWorkbookFile } from '../../src/io/exceljs-reader';
import { fixturePath } from '../fixtures/registry';

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

  it('a table on a copied sheet (“公开03表 (2)”, Excel’s name for a copy) stands alone; the set around it stays whole', () => {
    const sheets = ['公开01表', '公开02表', '公开03表', '公开03表 (2)', '公开04表'];
    const tables = [table('T01', sheets[0], 0), table('T02', sheets[1], 0), table('T03', sheets[2], 0), table('T03', sheets[3], 0), table('T04', sheets[4], 0)];
    const sheetsOf = (order: string[]) => groupReportingUnits(tables, order).map((u) => u.tables.map((t) => t.sheet));
    expect(sheetsOf(sheets)).toEqual([['公开01表', '公开02表', '公开03表', '公开04表'], ['公开03表 (2)']]);
    // The copy moved before its original, and WPS's name without the space: the same.
    const moved = ['公开01表', '公开03表 (2)', '公开02表', '公开03表', '公开04表'];
    expect(sheetsOf(moved)).toEqual([['公开01表', '公开02表', '公开03表', '公开04表'], ['公开03表 (2)']]);
    const wps = [table('T03', '公开03表', 0), table('T03', '公开03表(2)', 0), table('T04', '公开04表', 0)];
    expect(groupReportingUnits(wps, ['公开03表', '公开03表(2)', '公开04表']).map((u) => u.tables.length)).toEqual([2, 1]);
    // Older versions named as such, and the newer one beside the unmarked original.
    const versions = (a: string, b: string) => {
      const ts = [table('T01', '公开01表', 0), table('T03', a, 0), table('T03', b, 0), table('T04', '公开04表', 0)];
      return groupReportingUnits(ts, ts.map((t) => t.sheet)).map((u) => u.tables.map((t) => t.sheet));
    };
    expect(versions('公开03表', '公开03表-修改前')).toEqual([['公开01表', '公开03表', '公开04表'], ['公开03表-修改前']]);
    expect(versions('旧公开03表', '公开03表')).toEqual([['公开01表', '公开03表', '公开04表'], ['旧公开03表']]);
    expect(versions('公开03表', '公开03表（修改后）')).toEqual([['公开01表', '公开03表（修改后）', '公开04表'], ['公开03表']]);
    expect(versions('公开03表-修改前', '公开03表-定稿')).toEqual([['公开01表', '公开03表-定稿', '公开04表'], ['公开03表-修改前']]);
    // Another unit's sheet, and two sheets of the same age: a new set.
    expect(versions('公开03表', '乙公开03表')).toEqual([['公开01表', '公开03表'], ['乙公开03表', '公开04表']]);
    expect(versions('公开03表-修改前', '公开03表-备份')).toEqual([['公开01表', '公开03表-修改前'], ['公开03表-备份', '公开04表']]);
    // A repeat on a sheet of another name still starts a new unit (a batch without 部门 lines).
    const batch = [table('T03', '公开03表', 0), table('T04', '公开04表', 0), table('T03', '乙公开03表', 0), table('T04', '乙公开04表', 0)];
    expect(groupReportingUnits(batch, batch.map((t) => t.sheet)).map((u) => u.tables.length)).toEqual([2, 2]);
  });

  it('an empty table beside a filled one of its id (a blank template) stands alone; where a new set begins it starts it', () => {
    const filled = (id: TableId, sheet: string) => table(id, sheet, 0);
    const blank = (id: TableId, sheet: string) => ({ ...table(id, sheet, 0), empty: true });
    const withTemplate = [filled('T01', 'a'), filled('T03', 'b'), blank('T03', '模板'), filled('T04', 'c')];
    expect(groupReportingUnits(withTemplate, ['a', 'b', '模板', 'c']).map((u) => u.tables.map((t) => t.sheet))).toEqual([['a', 'b', 'c'], ['模板']]);
    const sheetsOf = (tables: RecognizedTable[]) => groupReportingUnits(tables, tables.map((t) => t.sheet)).map((u) => u.tables.map((t) => t.sheet));
    // The template before the filled table, and a template whose filled copy Excel named '(2)': the filled one is the set's.
    expect(sheetsOf([filled('T01', 'a'), blank('T03', '模板'), filled('T03', 'b'), filled('T04', 'c')])).toEqual([['a', 'b', 'c'], ['模板']]);
    expect(sheetsOf([filled('T01', '公开01表'), blank('T03', '公开03表'), filled('T03', '公开03表 (2)'), filled('T04', '公开04表')])).toEqual([
      ['公开01表', '公开03表 (2)', '公开04表'],
      ['公开03表'],
    ]);
    // A batch whose sets begin with 公开08表: the next table repeating too says a new set starts.
    expect(sheetsOf([blank('T08', 'A08'), filled('T01', 'A01'), blank('T08', 'B08'), filled('T01', 'B01')])).toEqual([['A08', 'A01'], ['B08', 'B01']]);
    expect(sheetsOf([filled('T08', 'A08'), filled('T01', 'A01'), blank('T08', 'B08'), filled('T01', 'B01')])).toEqual([['A08', 'A01'], ['B08', 'B01']]);
    expect(sheetsOf([blank('T08', 'A08'), filled('T01', 'A01'), filled('T08', 'B08'), filled('T01', 'B01')])).toEqual([['A08', 'A01'], ['B08', 'B01']]);
  });

  it('this year’s tables beside last year’s, sheet by sheet in turn: one set per year, undated tables with the year they complete', () => {
    const dated = (id: TableId, sheet: string, year?: number) => ({ ...table(id, sheet, 0, '甲局'), year });
    // 2023's set dates only 公开04表 (in a note); 2022's sheets carry the year in their names.
    const tables = ids.flatMap((id, i) => [dated(id, `公开0${i + 1}表`, id === 'T04' ? 2023 : undefined), dated(id, `公开0${i + 1}表（2022）`, 2022)]);
    const units = groupReportingUnits(tables, tables.map((t) => t.sheet));
    expect(units.map((u) => u.tables.map((t) => t.sheet).sort())).toEqual([
      ['公开01表', '公开02表', '公开03表', '公开04表'],
      ['公开01表（2022）', '公开02表（2022）', '公开03表（2022）', '公开04表（2022）'],
    ]);
  });

  it('last year’s copy marked 上年 in its sheet names: one set per year, named by the year the tables tell', () => {
    const marked = (id: TableId, sheet: string, year?: number) => ({ ...table(id, sheet, 0, '甲局'), year, lastYear: sheet.includes('上年') || undefined });
    const sheets = (year?: number) =>
      ids.flatMap((id, i) => [marked(id, `公开0${i + 1}表`, id === 'T04' ? year : undefined), marked(id, `上年公开0${i + 1}表`)] as RecognizedTable[]);
    const names = (tables: RecognizedTable[]) => groupReportingUnits(tables, tables.map((t) => t.sheet)).map((u) => `${u.name}:${u.tables.map((t) => t.sheet).join(',')}`);
    // This year's 公开04表 prints 2023: the marked copy is 2022's.
    expect(names(sheets(2023))).toEqual(['甲局（2023）:公开01表,公开02表,公开03表,公开04表', '甲局（2022）:上年公开01表,上年公开02表,上年公开03表,上年公开04表']);
    // No table prints a year: the marked copy is still last year's.
    expect(names(sheets(undefined))).toEqual(['甲局（未注明年度）:公开01表,公开02表,公开03表,公开04表', '甲局（上年）:上年公开01表,上年公开02表,上年公开03表,上年公开04表']);
  });

  it('one set whose titles only sometimes print the year stays one set', () => {
    const tables = ids.map((id, i) => ({ ...table(id, `公开0${i + 1}表`, 0), year: i % 2 ? 2023 : undefined }));
    expect(groupReportingUnits(tables, tables.map((t) => t.sheet)).map((u) => u.tables.length)).toEqual([4]);
  });

  it('a table without a 部门 line stays with the table before it', () => {
    const tables = [table('T01', 'S', 0, '甲局'), table('T02', 'S', 40), table('T01', 'S', 80, '乙局'), table('T02', 'S', 120)];
    expect(groupReportingUnits(tables, ['S']).map((u) => u.tables.length)).toEqual([2, 2]);
  });
});

describe('a workbook keeping last year’s 公开表 beside this year’s (seed 004 and its 2022 copy, sheets in turn)', () => {
  const verdict = (wb: Workbook) => checkWorkbook(wb).findings.map((f) => `${f.severity} ${f.rule} ${f.message}`).sort();
  it('finds what each year’s tables find on their own, and no cross-table error between the years', async () => {
    const current = (await readWorkbookFile(fixturePath('seed004-clean.xlsx'))).sheets.filter((s) => /^公开/.test(s.name));
    const prior = (await readWorkbookFile(fixturePath('seed004-prior.xlsx'))).sheets.filter((s) => /^公开/.test(s.name));
    for (const s of prior) s.name = `${s.name}（2022）`;
    const together: Workbook = { sheets: current.flatMap((s, i) => [s, prior[i]]) };
    const apart = [...verdict({ sheets: current }), ...verdict({ sheets: prior })].sort();
    expect(verdict(together)).toEqual(apart);
    expect(verdict(together).filter((v) => v.startsWith('error'))).toEqual([]);
  });

  it('the same when last year’s sheets are marked 上年 instead of 2022 (was: 13 cross-table errors between the years)', async () => {
    const current = (await readWorkbookFile(fixturePath('seed004-clean.xlsx'))).sheets.filter((s) => /^公开/.test(s.name));
    const prior = (await readWorkbookFile(fixturePath('seed004-prior.xlsx'))).sheets.filter((s) => /^公开/.test(s.name));
    for (const s of prior) s.name = `上年${s.name}`;
    const together: Workbook = { sheets: current.flatMap((s, i) => [s, prior[i]]) };
    const apart = [...verdict({ sheets: current }), ...verdict({ sheets: prior })].sort();
    expect(verdict(together)).toEqual(apart);
  });
});
