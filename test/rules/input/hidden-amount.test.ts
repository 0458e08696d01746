import { HIDDEN_AMOUNT } from '../../../src/core/rules/input/hidden-amount';
import { checkWorkbook } from '../../../src/core/check';
import type { Finding } from '../../../src/core/findings/finding';
import { readWorkbookFile } from '../../../src/io/exceljs-reader';
import { fixturePath } from '../../fixtures/registry';
import { ModelBuilder, at } from '../cross/model';

/** 公开03表-like rows: 类 201 over two 项, one of them all zero. */
function expenditure() {
  const b = new ModelBuilder();
  const t = b.add({
    id: 'T03',
    columns: ['total', 'basic', 'project'],
    rows: [
      { name: '合计', level: 'total', v: { total: 20, basic: 12, project: 8 } },
      { name: '一般公共服务支出', code: '201', level: 'class', v: { total: 20, basic: 12, project: 8 } },
      { name: '行政运行', code: '2010301', level: 'xiang', v: { total: 12, basic: 12 } },
      { name: '信访事务', code: '2010308', level: 'xiang', v: { total: 8, project: 8 } },
      { name: '一般行政管理事务', code: '2010302', level: 'xiang', v: { total: 0, basic: '0.00' } },
    ],
  });
  const sheet = b.sheets[0];
  const rowOf = (code: string) => t.rows.find((r) => r.code === code)!.row;
  const colOf = (key: string) => t.columns.find((c) => c.key === key)!.col;
  return { b, t, sheet, rowOf, colOf };
}

const brief = (found: Finding[]) => found.map((f) => [f.cell, f.severity, f.actual]);

describe('HIDDEN-AMOUNT 隐藏的行或列中有金额', () => {
  it('reports a hidden row with amounts once, at its first amount, naming every amount in it', () => {
    const { b, t, sheet, rowOf } = expenditure();
    sheet.hiddenRows = [rowOf('2010308')];
    const found = HIDDEN_AMOUNT.check(b.context());
    expect(brief(found)).toEqual([[at(t, '2010308', 'total'), 'warning', '8.00']]);
    expect(found[0].related.map((r) => [r.cell, r.role])).toEqual([[at(t, '2010308', 'project'), 'project']]);
    expect(found[0].message).toContain('“2010308 信访事务”行（第 5 行）已隐藏，但有金额：total 8.00，project 8.00');
    // 取消隐藏 shows that sheet row, and only it.
    expect(found[0].reveal).toEqual({ sheet: sheet.name, rows: [5] });
  });

  it('leaves hidden rows and columns that hold only zeros, dashes or nothing', () => {
    const { b, sheet, rowOf, colOf } = expenditure();
    sheet.hiddenRows = [rowOf('2010302')];
    b.set(b.tables[0], '2010301', 'basic', '—');
    b.set(b.tables[0], 'total', 'basic', '—');
    b.set(b.tables[0], '201', 'basic', '');
    sheet.hiddenCols = [colOf('basic')];
    expect(HIDDEN_AMOUNT.check(b.context())).toEqual([]);
  });

  it('reports a hidden column once, at its first amount in a row that is not hidden itself', () => {
    const { b, t, sheet, rowOf, colOf } = expenditure();
    sheet.hiddenCols = [colOf('project')];
    sheet.hiddenRows = [rowOf('2010308')];
    const found = HIDDEN_AMOUNT.check(b.context());
    // Row 2010308 is reported as a row (its project cell too), the column from the rows still showing.
    expect(brief(found)).toEqual([
      [at(t, '2010308', 'total'), 'warning', '8.00'],
      [at(t, 'total', 'project'), 'warning', '8.00'],
    ]);
    expect(found[1].related.map((r) => r.cell)).toEqual([at(t, '201', 'project')]);
    expect(found[1].message).toContain('“project”栏（D 列）已隐藏，但有金额：合计行 8.00，“201 一般公共服务支出”行 8.00');
    expect(found.map((f) => f.reveal)).toEqual([
      { sheet: sheet.name, rows: [5] },
      { sheet: sheet.name, cols: ['D'] },
    ]);
  });

  it('lists three amounts and counts the rest', () => {
    const b = new ModelBuilder();
    const rows = ['30201', '30202', '30203', '30204', '30205'].map((code, i) => ({ name: `款${i}`, code, level: 'kuan' as const, v: { amount: i + 1 } }));
    const t = b.add({ id: 'T06', columns: ['amount'], rows });
    b.sheets[0].hiddenCols = [1];
    const [f] = HIDDEN_AMOUNT.check(b.context());
    expect(f.cell).toBe(at(t, '30201', 'amount'));
    expect(f.message).toContain('等 5 处');
    expect(f.related).toHaveLength(4);
  });

  it('in the seed-004 copy with hidden lines: only the two lines with amounts, and every other finding as in the clean copy', async () => {
    const hidden = checkWorkbook(await readWorkbookFile(fixturePath('inj-hidden.xlsx')));
    const clean = checkWorkbook(await readWorkbookFile(fixturePath('seed004-clean.xlsx')));
    const mine = hidden.findings.filter((f) => f.rule === HIDDEN_AMOUNT.id);
    expect(mine.map((f) => `${f.sheet}!${f.cell}`)).toEqual(['公开03表!D16', '公开03表!F12']);
    expect(mine.map((f) => f.reveal)).toEqual([
      { sheet: '公开03表', rows: [16] },
      { sheet: '公开03表', cols: ['F'] },
    ]);
    const others = (r: typeof clean) => r.findings.filter((f) => f.rule !== HIDDEN_AMOUNT.id).map((f) => f.key).sort();
    expect(others(hidden)).toEqual(others(clean));
    expect(others(clean).length).toBeGreaterThan(0);
  });

  it('a table on a hidden sheet: one warning per sheet at its first table, its lines not reported one by one', async () => {
    const report = checkWorkbook(await readWorkbookFile(fixturePath('robust-hidden-image.xlsx')));
    const mine = report.findings.filter((f) => f.rule === HIDDEN_AMOUNT.id);
    expect(mine.map((f) => `${f.sheet}!${f.cell} ${f.severity}`)).toEqual(['公开02表!A1 warning', '公开03表!A1 warning']);
    expect(mine[1].message).toContain('工作表“公开03表”已隐藏，其中有公开03表：打印或导出 PDF 时整张工作表不会输出');
    expect(mine.map((f) => f.reveal)).toEqual([
      { sheet: '公开02表', wholeSheet: true },
      { sheet: '公开03表', wholeSheet: true },
    ]);
    const { b, t, sheet, rowOf } = expenditure();
    sheet.hidden = true;
    sheet.hiddenRows = [rowOf('2010308')];
    expect(brief(HIDDEN_AMOUNT.check(b.context()))).toEqual([['A1', 'warning', undefined]]);
    expect(t.sheet).toBe(sheet.name);
  });
  it('a row an AutoFilter hides: the same warning, worded to clear the filter (取消隐藏 from the row headers does not show it)', async () => {
    const filtered = checkWorkbook(await readWorkbookFile(fixturePath('inj-filtered.xlsx'))).findings.filter((f) => f.rule === HIDDEN_AMOUNT.id);
    const hidden = checkWorkbook(await readWorkbookFile(fixturePath('inj-hidden.xlsx'))).findings.filter((f) => f.rule === HIDDEN_AMOUNT.id);
    const row = (fs: Finding[]) => fs.find((f) => f.cell === 'D16')!;
    expect(row(filtered).message).toContain('“2010308 信访事务”行（第 16 行）被筛选隐藏，但有金额：本年支出合计 451.47，项目支出 451.47');
    expect(row(filtered).message).toContain('请清除筛选（“数据”选项卡 →“清除”），或在筛选中勾选这一行');
    expect(row(hidden).message).toContain('行（第 16 行）已隐藏，但有金额');
    expect(row(hidden).message).toContain('请取消隐藏');
    expect(row(filtered).reveal).toEqual(row(hidden).reveal);
    // A row hidden above the filter's header row, or outside its columns, is hidden by hand.
    const { b, sheet, rowOf } = expenditure();
    sheet.hiddenRows = [rowOf('2010308')];
    sheet.autoFilter = { top: rowOf('2010308'), left: 0, bottom: rowOf('2010302'), right: 5 };
    expect(HIDDEN_AMOUNT.check(b.context())[0].message).toContain('已隐藏');
    sheet.autoFilter = { top: rowOf('201'), left: 0, bottom: rowOf('2010302'), right: 5 };
    expect(HIDDEN_AMOUNT.check(b.context())[0].message).toContain('被筛选隐藏');
  });
});
