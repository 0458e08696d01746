import { AddinError } from '../../src/excel';
import { SimError } from '../excel-sim';
import { open } from './helpers';

describe('errors reach the pane as Chinese sentences', () => {
  test('定位 to a sheet that was deleted or renamed', async () => {
    const s = await open('SAMPLE');
    const e = await s.api.select('不存在的表', 'A1').catch((x) => x);
    expect(e).toBeInstanceOf(AddinError);
    expect(e.message).toBe('定位到“不存在的表”A1失败：找不到要操作的工作表或单元格，可能已被删除或改名。请重新检查。');
    await s.api.select('公开03表', 'D12');
    expect(s.sim.state.selection).toEqual({ sheetId: s.sim.state.sheets[2].id, address: 'D12' });
    s.uninstall();
  });

  test('定位 to a cell on a hidden or very hidden sheet says how to unhide it', async () => {
    const s = await open('SAMPLE');
    s.sim.state.sheets[2].visibility = 'Hidden';
    const e = await s.api.select('公开03表', 'D12').catch((x) => x);
    expect(e).toBeInstanceOf(AddinError);
    expect(e.message).toBe('工作表“公开03表”已隐藏，无法定位到 D12。请先取消隐藏：右键任一工作表标签 →“取消隐藏”，选中“公开03表”。');
    s.sim.state.sheets[2].visibility = 'VeryHidden';
    await expect(s.api.select('公开03表', 'D12')).rejects.toThrow('被深度隐藏');
    expect(s.sim.state.selection).toBeUndefined();
    s.uninstall();
  });

  test('定位 to a cell in a hidden row or column selects it and says why it cannot be seen', async () => {
    const s = await open('SAMPLE');
    const t03 = s.sim.state.sheets[2];
    expect(await s.api.select('公开03表', 'D12')).toBeUndefined();
    t03.hiddenRows = new Set([11]);
    expect(await s.api.select('公开03表', 'D12')).toBe(
      '已选中 公开03表!D12，但它所在的第 12 行已隐藏，所以看不到。要显示它：选中隐藏处两侧的行号（或列标），右键 →“取消隐藏”。',
    );
    expect(s.sim.state.selection).toEqual({ sheetId: t03.id, address: 'D12' });
    t03.hiddenCols = new Set([3]);
    expect(await s.api.select('公开03表', 'D12')).toContain('所在的第 12 行和 D 列已隐藏');
    s.uninstall();
  });

  test('定位 to a cell in a row an AutoFilter hides says to clear the filter (取消隐藏 does not show it)', async () => {
    const s = await open('inj-filtered.xlsx');
    await s.api.check();
    expect(await s.api.select('公开03表', 'D16')).toBe('已选中 公开03表!D16，但第 16 行被筛选隐藏，所以看不到。要显示它：清除筛选（“数据”选项卡 →“清除”），或在筛选中勾选这一行。');
    s.uninstall();
  });

  test('a check while the user is typing in a cell says what to do', async () => {
    const s = await open('SAMPLE');
    s.sim.failOn = () => new SimError('InvalidOperationInCellEditMode', 'Excel is in cell-editing mode.');
    const e = await s.api.check().catch((x) => x);
    expect(e).toBeInstanceOf(AddinError);
    expect(e.message).toContain('Excel 正在编辑单元格。请先按 Enter 或 Esc 结束编辑再试。');
    s.sim.failOn = undefined;
    expect((await s.api.check()).report.tables).toHaveLength(12);
    s.uninstall();
  });

  test('忽略并说明 on a workbook whose structure is protected, before any journal exists', async () => {
    const s = await open('SAMPLE');
    s.sim.state.structureProtected = true;
    await expect(s.api.dismiss('T03-1|公开03表|D12|', '原因')).rejects.toThrow('工作簿结构受保护，无法保存“忽略”的说明。请先撤销工作簿保护。');
    expect(s.sim.state.sheets.some((x) => x.name === '_juesuan_journal')).toBe(false);
    s.uninstall();
  });
});
