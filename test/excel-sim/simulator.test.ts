import { sheetFromValues } from '../../src/core/model/workbook';
import { ExcelSimulator, OFFICE_VERSIONS } from '.';

function sample() {
  const s1 = sheetFromValues('收入支出决算总表', [
    ['项目', '金额'],
    ['一般公共预算财政拨款收入', 100],
    ['其他收入', 20.5],
  ]);
  const s2 = sheetFromValues('Sheet 2', [['x']]);
  return new ExcelSimulator({ sheets: [s1, s2] });
}

/** The simulator exposes the globals the way office.js does; tests use them through `Excel.run`. */
function globals(sim: ExcelSimulator) {
  const g: Record<string, unknown> = {};
  sim.install(g);
  return { Excel: g.Excel as typeof Excel, Office: g.Office as typeof Office };
}

describe('Excel simulator behaves like Office.js where the add-in depends on it', () => {
  test('reading a property before load + sync throws PropertyNotLoaded; after sync it has the value', async () => {
    const sim = sample();
    const { Excel } = globals(sim);
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('收入支出决算总表').getRange('A1:B3');
      expect(() => range.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      range.load('values,address');
      expect(() => range.values).toThrow(/call the load method/);
      await context.sync();
      expect(range.values).toEqual([
        ['项目', '金额'],
        ['一般公共预算财政拨款收入', 100],
        ['其他收入', 20.5],
      ]);
      expect(range.address).toBe('收入支出决算总表!A1:B3');
      expect(() => range.numberFormat).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
    });
    expect(sim.syncCount).toBe(1);
  });

  test('collections: items only after load; nested paths load navigation properties', async () => {
    const sim = sample();
    sim.protectSheet('Sheet 2');
    const { Excel } = globals(sim);
    await Excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      expect(() => sheets.items).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      sheets.load('items/name,items/protection/protected');
      await context.sync();
      expect(sheets.items.map((s) => [s.name, s.protection.protected])).toEqual([
        ['收入支出决算总表', false],
        ['Sheet 2', true],
      ]);
      expect(() => sheets.items[0].visibility).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
    });
  });

  test('getItemOrNullObject, getUsedRangeOrNullObject and quoted addresses', async () => {
    const sim = sample();
    const { Excel } = globals(sim);
    await Excel.run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject('不存在');
      missing.load('name');
      const blank = context.workbook.worksheets.add('空表');
      const used = blank.getUsedRangeOrNullObject(true);
      used.load('address');
      const other = context.workbook.worksheets.getItem('Sheet 2').getUsedRange(true);
      other.load('address');
      expect(() => missing.isNullObject).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      expect(used.isNullObject).toBe(true);
      expect(other.address).toBe("'Sheet 2'!A1");
    });
  });

  test('getItem of a missing sheet fails the whole batch with ItemNotFound and delivers no loads', async () => {
    const sim = sample();
    const { Excel } = globals(sim);
    await Excel.run(async (context) => {
      const ok = context.workbook.worksheets.getItem('收入支出决算总表');
      ok.load('name');
      context.workbook.worksheets.getItem('不存在').load('name');
      await expect(context.sync()).rejects.toMatchObject({ code: 'ItemNotFound' });
      expect(() => ok.name).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
    });
  });

  test('writes: values/formulas/number formats, text kept with an apostrophe, protection, size mismatch', async () => {
    const sim = sample();
    const { Excel } = globals(sim);
    await Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem('收入支出决算总表');
      ws.getRange('B4').formulas = [['=SUM(B2:B3)']];
      ws.getRange('C1:C3').values = [['1,095.72'], ["'0012"], [null]];
      ws.getRange('B2').numberFormat = [['#,##0.00']];
      await context.sync();
      const r = ws.getRange('B4:C4');
      r.load('values,formulas');
      const c = ws.getRange('C1:C2');
      c.load('values');
      await context.sync();
      expect(r.values).toEqual([[120.5, '']]);
      expect(r.formulas).toEqual([['=SUM(B2:B3)', '']]);
      expect(c.values).toEqual([[1095.72], ['0012']]);
      ws.getRange('A1:B1').values = [['only one']];
      await expect(context.sync()).rejects.toMatchObject({ code: 'InvalidArgument' });
    });
    sim.protectSheet('收入支出决算总表');
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem('收入支出决算总表').getRange('A1').values = [['x']];
      await expect(context.sync()).rejects.toMatchObject({ code: 'AccessDenied' });
    });
  });

  test('veryHidden sheets, structure protection and the last visible sheet', async () => {
    const sim = sample();
    const { Excel } = globals(sim);
    await Excel.run(async (context) => {
      const store = context.workbook.worksheets.add('_store');
      store.visibility = 'VeryHidden' as Excel.SheetVisibility;
      await context.sync();
    });
    expect(sim.state.sheets.find((s) => s.name === '_store')!.visibility).toBe('VeryHidden');
    sim.state.structureProtected = true;
    await Excel.run(async (context) => {
      context.workbook.worksheets.add('new');
      await expect(context.sync()).rejects.toMatchObject({ code: 'AccessDenied' });
    });
  });

  test('threaded comments: add needs a sheet-qualified single cell, one thread per cell, replies, location', async () => {
    const sim = sample();
    const { Excel } = globals(sim);
    await Excel.run(async (context) => {
      const c = context.workbook.comments.add("'收入支出决算总表'!B2", '请核对');
      c.load('id,content,authorName');
      await context.sync();
      expect(c.content).toBe('请核对');
      expect(c.authorName).toBe('张会计');
      c.replies.add('已核对');
      const at = c.getLocation();
      at.load('address');
      await context.sync();
      expect(at.address).toBe('收入支出决算总表!B2');
      context.workbook.comments.add('收入支出决算总表!B2', '第二条');
      await expect(context.sync()).rejects.toMatchObject({ code: 'InvalidOperation' });
      context.workbook.comments.add('B3', '没有表名');
      await expect(context.sync()).rejects.toMatchObject({ code: 'InvalidArgument' });
    });
    expect(sim.state.comments[0].replies.map((r) => r.content)).toEqual(['已核对']);
  });

  test('requirement sets: Office reports them and newer APIs fail with ApiNotFound on older Excel', async () => {
    const sim = sample();
    sim.excelApi = OFFICE_VERSIONS.office2019;
    const { Excel, Office } = globals(sim);
    expect(Office.context.requirements.isSetSupported('ExcelApi', '1.7')).toBe(true);
    expect(Office.context.requirements.isSetSupported('ExcelApi', '1.10')).toBe(false);
    await Excel.run(async (context) => {
      context.workbook.comments.load('items');
      await expect(context.sync()).rejects.toMatchObject({ code: 'ApiNotFound' });
    });
    await expect(Excel.run({ mergeUndoGroup: true } as Excel.RunOptions, async () => undefined)).rejects.toMatchObject({ code: 'ApiNotFound' });
  });

  test('a response above the payload limit is refused like Excel on the web', async () => {
    const sim = sample();
    sim.payloadLimit = 50;
    const { Excel } = globals(sim);
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem('收入支出决算总表').getRange('A1:B3').load('values,formulas,numberFormat');
      await expect(context.sync()).rejects.toMatchObject({ code: 'RequestPayloadSizeLimitExceeded' });
    });
  });

  test('Excel.run sends what is still queued when the batch returns (and counts it)', async () => {
    const sim = sample();
    const { Excel } = globals(sim);
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Sheet 2').getRange('A2').values = [['late']];
    });
    expect(sim.syncCount).toBe(1);
    expect(sim.model().sheets[1].rows[1][0]).toEqual({ value: 'late' });
  });

  test('save and reopen keep content, hidden sheets, comments and protection', () => {
    const sim = sample();
    sim.protectSheet('Sheet 2');
    sim.state.sheets[0].cells.get('1,1')!.fill = '#FFC7CE';
    const again = ExcelSimulator.reopen(sim.save());
    expect(again.model()).toEqual(sim.model());
    expect(again.state.sheets[1].protected).toBe(true);
    expect(again.state.sheets[0].cells.get('1,1')!.fill).toBe('#FFC7CE');
  });

  test('Office.actions.associate and Office.onReady', async () => {
    const sim = sample();
    const { Office } = globals(sim);
    const fn = jest.fn();
    Office.actions.associate('checkWorkbook', fn);
    expect(sim.actions.get('checkWorkbook')).toBe(fn);
    await expect(Office.onReady()).resolves.toEqual({ host: 'Excel', platform: 'PC' });
  });
});
