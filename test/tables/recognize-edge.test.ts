import { sheetFromValues, type CellValue, type Sheet, type Workbook } from '../../src/core/model/workbook';
import { recognizeTables } from '../../src/core/tables/recognize';
import { leadingCode } from '../../src/core/tables/recognize/rows-classified';
import { seed004Tables } from '../fixtures/seed004-tables';

const SEED = new Map(seed004Tables().map((t) => [t.number, t]));
const rowsOf = (n: string): CellValue[][] => SEED.get(n)!.rows.map((r) => [...r]);
const book = (...sheets: Sheet[]): Workbook => ({ sheets });

describe('recognizeTables: placement and identification', () => {
  it('finds a table on a hidden sheet, at an offset, with a generic sheet name', () => {
    const s = sheetFromValues('Sheet9', rowsOf('公开03表'), { row: 12, col: 4 });
    s.hidden = true;
    const rec = recognizeTables(book(s));
    expect(rec.tables.map((t) => [t.id, t.sheet, t.range.split(':')[0]])).toEqual([['T03', 'Sheet9', 'E13']]);
  });

  it('text pasted from a PDF (zero-width and no-break characters in titles, headers, codes and names) reads like typed text', () => {
    const pasted = rowsOf('公开03表').map((r) => r.map((c) => (typeof c === 'string' && c !== '' ? `${c}\u200b`.replace(/^(.)/, '$1\u00a0') : c)));
    const typed = recognizeTables(book(sheetFromValues('S', rowsOf('公开03表')))).tables[0];
    const read = recognizeTables(book(sheetFromValues('S', pasted))).tables[0];
    expect(read.id).toBe('T03');
    expect(read.rows.map((r) => [r.code, r.level])).toEqual(typed.rows.map((r) => [r.code, r.level]));
    expect(read.columns.map((c) => [c.key, c.col])).toEqual(typed.columns.map((c) => [c.key, c.col]));
  });

  it.each([
    ['201.03.01', (c: string) => [c.slice(0, 3), c.slice(3, 5), c.slice(5)].filter(Boolean).join('.')],
    ['201-03-01', (c: string) => [c.slice(0, 3), c.slice(3, 5), c.slice(5)].filter(Boolean).join('-')],
    ['20103.0', (c: string) => `${c}.0`],
    ["'201", (c: string) => `'${c}`],
  ])('codes printed like %s read as plain codes, in 功能分类 and 经济分类 tables', (_style, print) => {
    const isCode = (c: CellValue) => typeof c === 'string' && /^\d{3}(\d{2}){0,2}$/.test(c);
    for (const n of ['公开03表', '公开06表']) {
      const printed = rowsOf(n).map((r) => r.map((c) => (isCode(c) ? print(c as string) : c)));
      const plain = recognizeTables(book(sheetFromValues('S', rowsOf(n)))).tables[0];
      const read = recognizeTables(book(sheetFromValues('S', printed))).tables[0];
      expect(read.rows.map((r) => [r.code, r.level, r.key])).toEqual(plain.rows.map((r) => [r.code, r.level, r.key]));
      expect(read.rows.filter((r) => r.code).length).toBeGreaterThan(5);
    }
  });

  it.each([
    ['201 一般公共服务支出', '201'],
    ['[2010301]行政运行', '2010301'],
    ['201.03 人大事务', '20103'],
    ['201-03-01 行政运行', '2010301'],
    ['2010301', '2010301'],
    ['1,095.72', undefined],
    ['201.5', undefined],
  ])('the code at the start of “%s” is %s', (text, code) => {
    expect(leadingCode(text)).toBe(code);
  });

  it.each([
    ['部门：曲靖市信访局　　　　金额单位：元'],
    ['部门：曲靖市信访局    单位：元'],
    ['部门：曲靖市信访局单位：元'],
  ])('部门 and 金额单位 in one cell (“%s”): the department is the name alone, the unit is read', (line) => {
    const rows = rowsOf('公开03表').map((r) => (/^部门：/.test(String(r[0] ?? '')) ? [line] : /金额单位/.test(String(r[0] ?? '')) ? [] : r));
    const [t] = recognizeTables(book(sheetFromValues('S', rows))).tables;
    // 元, not the default 万元: the unit is read from the same cell.
    expect(t).toMatchObject({ id: 'T03', department: '曲靖市信访局', unit: '元' });
  });

  it('a 合计 row printed “合计：” is the total row', () => {
    const plain = recognizeTables(book(sheetFromValues('S', rowsOf('公开03表')))).tables[0];
    const colon = recognizeTables(book(sheetFromValues('S', rowsOf('公开03表').map((r) => r.map((c) => (c === '合计' ? '合计：' : c)))))).tables[0];
    expect(colon.rows.map((r) => [r.code, r.level])).toEqual(plain.rows.map((r) => [r.code, r.level]));
    expect(colon.rows[0].level).toBe('total');
  });

  it('an empty 公开08表 printed without its 栏次 row is still an (empty) table, its 合计 row the only data row', () => {
    const rows = rowsOf('公开08表').filter((r) => r[0] !== '栏次');
    const [t] = recognizeTables(book(sheetFromValues('S', rows))).tables;
    expect(t).toMatchObject({ id: 'T08', empty: true });
    expect(t.rows.map((r) => r.level)).toEqual(['total']);
    expect(t.columns.map((c) => c.key)).toEqual(expect.arrayContaining(['income.total', 'exp.total', 'exp.basic']));
  });

  it.each([
    ['财政拨款支出决算明细表', '不是本工具支持的决算公开表'],
    ['政府购买服务支出情况表', '本工具暂不核对此表'],
    ['2023年度政府采购情况表', '本工具暂不核对此表'],
  ])('“%s” is listed as found but not checked, saying why', (title, why) => {
    const rec = recognizeTables(book(sheetFromValues('S', [[title], ['单位：万元'], ['项目', '金额'], ['合计', '12.00']])));
    expect(rec.tables).toEqual([]);
    expect(rec.unrecognized).toEqual([expect.objectContaining({ title, reason: expect.stringContaining(why) })]);
  });

  it('a sheet of prose and numbers without tables gives nothing, not even an unrecognised region', () => {
    const s = sheetFromValues('说明', [['部门决算说明'], ['一、部门职责'], ['2023年度收入合计1,095.72万元。'], [12, 34.5, '合计']]);
    expect(recognizeTables(book(s))).toEqual({ tables: [], unrecognized: [], family: undefined });
  });

  it('a 科目编码 header without a title is reported as unrecognised, in Chinese, once', () => {
    const s = sheetFromValues('Sheet1', [['科目编码', '科目名称', '金额'], ['301', '工资福利支出', '1.00'], ['302', '商品和服务支出', '2.00'], ['科目编码', '科目名称', '金额']]);
    const rec = recognizeTables(book(s));
    expect(rec.tables).toEqual([]);
    expect(rec.unrecognized).toEqual([{ sheet: 'Sheet1', range: 'A1', reason: expect.stringContaining('“科目编码”表头') }]);
  });

  it('a known title with nothing under it is unrecognised with the reason', () => {
    const rec = recognizeTables(book(sheetFromValues('S', [['支出决算表'], [], ['部门：某局']])));
    expect(rec.unrecognized).toEqual([expect.objectContaining({ sheet: 'S', title: '支出决算表', reason: expect.stringContaining('下面没有表格内容') })]);
  });

  it('a 公开编号 without title identifies the table by the Yunnan 2023 numbering', () => {
    const rows = rowsOf('公开03表');
    rows[0] = [''];
    const rec = recognizeTables(book(sheetFromValues('S', rows)));
    expect(rec.tables.map((t) => [t.id, t.label, t.title])).toEqual([['T03', '公开03表', '支出决算表']]);
  });

  it('title and number in one cell, department/year prefix, spaces: 公开 02表 曲靖市信访局2023年度收入决算表', () => {
    const rows = rowsOf('公开02表');
    rows[0] = ['公开 02表 曲靖市信访局2023年度 收入决算表'];
    rows[2] = [''];
    const rec = recognizeTables(book(sheetFromValues('S', rows)));
    expect(rec.tables.map((t) => [t.id, t.label, t.year])).toEqual([['T02', '公开02表', 2023]]);
  });

  it('the title wins over a number of another year’s numbering (2022: 公开11表 = 国有资产使用情况表)', () => {
    const rows = rowsOf('公开12表');
    rows[2] = ['公开11表'];
    const rec = recognizeTables(book(sheetFromValues('S', rows)));
    expect(rec.tables.map((t) => [t.id, t.label])).toEqual([['T12', '公开11表']]);
  });

  it('notes mentioning a table name are not titles', () => {
    const rows = rowsOf('公开04表');
    rows.push(['注：本表与收入支出决算表、支出决算表同口径。']);
    const rec = recognizeTables(book(sheetFromValues('S', rows)));
    expect(rec.tables.map((t) => t.id)).toEqual(['T04']);
    expect(rec.unrecognized).toEqual([]);
  });

  it('two tables side by side vertically on one sheet end where the next title starts', () => {
    const a = rowsOf('公开10表');
    const b = rowsOf('公开11表');
    const rec = recognizeTables(book(sheetFromValues('S', [...a, ...b])));
    expect(rec.tables.map((t) => [t.id, t.range])).toEqual([
      ['T10', `A1:E${a.length}`],
      ['T11', `A${a.length + 1}:E${a.length + b.length}`],
    ]);
  });
});

describe('recognizeTables: label variants and units', () => {
  function t01(edit: (rows: CellValue[][]) => void) {
    const rows = rowsOf('公开01表');
    edit(rows);
    return recognizeTables(book(sheetFromValues('S', rows))).tables[0];
  }

  it('2021 labels: 收入支出决算总表, 使用非财政拨款结余, old 类 names still get their codes', () => {
    const t = t01((rows) => {
      rows[0] = ['收入支出决算总表'];
      for (const r of rows) {
        if (r[0] === '使用专用结余') r[0] = '使用非财政拨款结余';
        if (r[3] === '七、文化旅游体育与传媒支出') r[3] = '七、文化体育与传媒支出';
        if (r[3] === '九、卫生健康支出') r[3] = '九、医疗卫生与计划生育支出';
        if (r[3] === '十八、自然资源海洋气象等支出') r[3] = '十八、国土海洋气象等支出';
      }
    });
    expect(t.id).toBe('T01');
    expect(t.rows.find((r) => r.key === 'inc.reserve')?.lineNo).toBe(28);
    const names = t.rows.filter((r) => ['207', '210', '220'].includes(r.code ?? '')).map((r) => [r.code, r.name]);
    expect(names).toEqual([
      ['207', '七、文化体育与传媒支出'],
      ['210', '九、医疗卫生与计划生育支出'],
      ['220', '十八、国土海洋气象等支出'],
    ]);
  });

  it('a 类 name not in the dictionary is still a 类 row (so sums include it), without a code', () => {
    const t = t01((rows) => {
      for (const r of rows) if (r[3] === '十、节能环保支出') r[3] = '十、节能环保支出（旧）';
    });
    const row = t.rows.find((r) => r.name === '十、节能环保支出（旧）');
    expect(row).toMatchObject({ key: 'exp.class', level: 'class', lineNo: 40 });
    expect(row?.code).toBeUndefined();
  });

  it('labels with spaces, full-width digits and other numbering still match', () => {
    const t = t01((rows) => {
      for (const r of rows) if (r[0] === '本年收入合计') r[0] = '本 年 收 入 合 计';
      for (const r of rows) if (r[0] === '四、上级补助收入') r[0] = '（四）上级补助收入';
    });
    expect(t.rows.filter((r) => ['inc.total', 'inc.superior'].includes(r.key ?? '')).map((r) => r.lineNo)).toEqual([4, 27]);
  });

  it('金额单位：元 is read per table', () => {
    const rows = rowsOf('公开11表');
    rows[4] = ['金额单位:元'];
    const rec = recognizeTables(book(sheetFromValues('A', rows), sheetFromValues('B', rowsOf('公开12表'))));
    expect(rec.tables.map((t) => [t.id, t.unit])).toEqual([['T11', '元'], ['T12', '万元']]);
  });

  it('numbers stored as numbers, text with separators or full-width all count for the empty flag', () => {
    const rows = rowsOf('公开09表');
    const total = rows.findIndex((r) => r[3] === '合计' && r[0] === '');
    rows[total][7] = '１，２３４．５０';
    const t = recognizeTables(book(sheetFromValues('S', rows))).tables[0];
    expect(t.empty).toBe(false);
  });

  it('split codes carry 类 and 款 down: 201 | 03 | 01 → 2010301', () => {
    const rows: CellValue[][] = [
      ['支出决算表'],
      ['项目', '', '', '', '本年支出合计', '基本支出', '项目支出'],
      ['支出功能分类科目编码', '', '', '科目名称'],
      ['类', '款', '项', '', '1', '2', '3'],
      ['合计', '', '', '', '3.00', '1.00', '2.00'],
      ['201', '', '', '一般公共服务支出', '3.00', '1.00', '2.00'],
      ['', '03', '', '政府办公厅（室）及相关机构事务', '3.00', '1.00', '2.00'],
      ['', '', '01', '行政运行', '1.00', '1.00', ''],
      ['201', '03', '08', '信访事务', '2.00', '', '2.00'],
    ];
    const t = recognizeTables(book(sheetFromValues('S', rows))).tables[0];
    expect(t.rows.map((r) => [r.code ?? r.key, r.level])).toEqual([
      ['total', 'total'], ['201', 'class'], ['20103', 'kuan'], ['2010301', 'xiang'], ['2010308', 'xiang'],
    ]);
    expect(t.columns.map((c) => c.key)).toEqual(['total', 'basic', 'project']);
  });
});

describe('recognizeTables: codes and names in one cell, no 栏次 row', () => {
  it('reads “201 一般公共服务支出” cells as code + name and finds data without a 栏次 row', () => {
    const rows: CellValue[][] = [
      ['收入决算表'],
      ['单位：曲靖市信访局', '', '', '单位：元'],
      ['项目', '本年收入合计', '财政拨款收入', '其他收入'],
      ['合计', '1,095.72', '1,095.72', ''],
      ['201 一般公共服务支出', '885.53', '885.53', ''],
      ['[20103]政府办公厅（室）及相关机构事务', '885.53', '885.53', ''],
      ['2010301 行政运行', '434.06', '434.06', ''],
    ];
    const t = recognizeTables(book(sheetFromValues('S', rows))).tables[0];
    expect(t.unit).toBe('元');
    expect(t.department).toBe('曲靖市信访局');
    expect(t.columns.map((c) => c.key)).toEqual(['total', 'fiscal', 'other']);
    expect(t.rows.map((r) => [r.code ?? r.key, r.name])).toEqual([
      ['total', '合计'],
      ['201', '一般公共服务支出'],
      ['20103', '政府办公厅（室）及相关机构事务'],
      ['2010301', '行政运行'],
    ]);
  });
});

describe('recognizeTables: tables whose title rows were deleted', () => {
  it('takes the table from the sheet name (公开编号 or title) when the sheet has neither', () => {
    const body = (n: string) => rowsOf(n).slice(7);
    const rec = recognizeTables(book(sheetFromValues('公开02表', body('公开02表')), sheetFromValues('支出决算表', body('公开03表'), { row: 3, col: 1 })));
    expect(rec.tables.map((t) => [t.id, t.label, t.sheet, t.range.split(':')[0]])).toEqual([
      ['T02', '公开02表', '公开02表', 'A1'],
      ['T03', '支出决算表', '支出决算表', 'B4'],
    ]);
    expect(rec.tables[0].rows.find((r) => r.code === '2010308')?.name).toBe('信访事务');
    expect(rec.unrecognized).toEqual([]);
  });

  it('a 科目编码 header written with spaces and no title anywhere is reported', () => {
    const rec = recognizeTables(book(sheetFromValues('数据', rowsOf('公开02表').slice(7))));
    expect(rec.tables).toEqual([]);
    expect(rec.unrecognized).toEqual([expect.objectContaining({ sheet: '数据', range: 'A2' })]);
  });
});

describe('recognizeTables: where a table ends and why one is not read', () => {
  it('a sign-off line ends the data and goes to the notes', () => {
    const rows = rowsOf('公开11表');
    const last = rows.findIndex((r) => r[0] === '（2）国（境）外接待费');
    rows.splice(last + 1, 0, ['单位负责人：张某', '', '财务负责人：李某', '', '制表人：王某']);
    const t = recognizeTables(book(sheetFromValues('S', rows))).tables[0];
    expect(t.rows.at(-1)?.key).toBe('sg.reception.abroad');
    expect(t.notes[0]).toContain('单位负责人：张某');
  });

  it('a title over a header with no known column is unrecognised with the reason', () => {
    const rows: CellValue[][] = [['收入决算表'], ['项目', '', '', '甲', '乙'], ['类', '款', '项', '1', '2'], ['合计', '', '', '1.00', '2.00']];
    const rec = recognizeTables(book(sheetFromValues('S', rows)));
    expect(rec.tables).toEqual([]);
    expect(rec.unrecognized).toEqual([{ sheet: 'S', range: 'A1:E4', title: '收入决算表', reason: '“收入决算表”的表头未能识别（找不到金额栏）' }]);
  });
});

describe('recognizeTables: titles of other years and sets', () => {
  it('2019–2021 Yunnan 三公 title without 财政拨款 is 公开10 (T10)', () => {
    const rows = rowsOf('公开10表');
    rows[0] = ['“三公”经费、行政参公单位机关运行经费情况表'];
    rows[2] = ['公开08表'];
    const rec = recognizeTables(book(sheetFromValues('S', rows)));
    expect(rec.tables.map((t) => [t.id, t.label, t.family])).toEqual([['T10', '公开08表', 'yunnan']]);
  });

  it('Sichuan 基本支出决算明细表 is T06 and makes the set sichuan', () => {
    const rows = rowsOf('公开06表');
    rows[0] = ['一般公共预算财政拨款基本支出决算明细表'];
    rows[2] = [''];
    const rec = recognizeTables(book(sheetFromValues('S', rows)));
    expect(rec.family).toBe('sichuan');
    expect(rec.tables.map((t) => [t.id, t.label])).toEqual([['T06', '一般公共预算财政拨款基本支出决算明细表']]);
    expect(rec.tables[0].rows.filter((r) => r.key).map((r) => r.key)).toEqual(['personnel.total', 'public.total']);
  });
});

describe('recognizeTables: 栏次 numbers against header texts', () => {
  const header = (order: string[][]) => [
    ['国有资本经营预算财政拨款收入支出决算表'],
    ['公开09表'],
    ['项目', '', ...order.map((o) => o[0])],
    ['科目编码', '科目名称', ...order.map((o) => o[1])],
    ['栏次', '', ...order.map((_, i) => String(i + 1))],
    ['合计', '', ...order.map((o) => o[2])],
  ];

  it('a template of another year that numbers other columns is mapped by its header texts', () => {
    const rows = header([
      ['本年收入', '', '5.00'],
      ['本年支出', '', '4.00'],
      ['年初结转和结余', '合计', '1.00'],
      ['', '结转', '1.00'],
      ['', '结余', ''],
      ['年末结转和结余', '合计', '2.00'],
      ['', '结转', '2.00'],
      ['', '结余', ''],
    ]);
    const t = recognizeTables(book(sheetFromValues('S', rows))).tables[0];
    expect(t.columns.map((c) => [c.key, c.colNo])).toEqual([
      ['income', 1], ['exp', 2], ['opening.total', 3], ['opening.carry', 4], ['opening.surplus', 5], ['closing.total', 6], ['closing.carry', 7], ['closing.surplus', 8],
    ]);
  });

  it('headers shifted one column against their numbers (a lossy export) keep the numbering', () => {
    const rows = header([
      ['年初结转和结余', '合计', ''],
      ['', '结转', '1.00'],
      ['', '结余', '1.00'],
      ['本年收入', '', ''],
      ['本年支出', '', '5.00'],
      ['年末结转和结余', '合计', '4.00'],
      ['', '结转', '2.00'],
      ['', '结余', '2.00'],
    ]).map((r, i) => (i === 2 || i === 3 ? [r[0], r[1], ...r.slice(3), ''] : r));
    const t = recognizeTables(book(sheetFromValues('S', rows))).tables[0];
    expect(t.columns.map((c) => [c.key, c.col])).toEqual([
      ['opening.total', 2], ['opening.carry', 3], ['opening.surplus', 4], ['income', 5], ['exp', 6], ['closing.total', 7], ['closing.carry', 8], ['closing.surplus', 9],
    ]);
  });
});

describe('recognizeTables: lists of table names are not tables', () => {
  it('a table of contents (一、收入支出决算表 … 1.收入决算表) gives no table and no unrecognised region', () => {
    const toc = sheetFromValues('目录', [
      ['目录'],
      ['第三部分 2023年度部门决算表'],
      ['一、收入支出决算表'],
      ['二、收入决算表'],
      ['（三）支出决算表'],
      ['4.财政拨款收入支出决算表'],
      ['十二、国有资产使用情况表'],
    ]);
    expect(recognizeTables(book(toc))).toEqual({ tables: [], unrecognized: [], family: undefined });
  });

  it('annex numbering before a title is kept (附表1 收入支出决算总表)', () => {
    const rows = rowsOf('公开01表');
    rows[0] = ['附表1 收入支出决算总表'];
    rows[4] = [''];
    expect(recognizeTables(book(sheetFromValues('S', rows))).tables.map((t) => [t.id, t.title])).toEqual([['T01', '附表1 收入支出决算总表']]);
  });
});

describe('recognizeTables: unit lines in brackets', () => {
  it('“（单位：元）” on its own line is a unit line, not a header', () => {
    const rows = rowsOf('公开03表');
    rows[5] = ['', '', '', '', '', '', '', '', '（单位：元）'];
    const t = recognizeTables(book(sheetFromValues('S', rows))).tables[0];
    expect(t.unit).toBe('元');
    expect(t.columns.map((c) => c.header)).toEqual(['本年支出合计', '基本支出', '项目支出', '上缴上级支出', '经营支出', '对附属单位补助支出']);
  });
});
