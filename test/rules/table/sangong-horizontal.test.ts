/**
 * The central (and Beijing) 三公 table prints its items across, as columns under 预算数 | 决算数:
 * findings call them 栏, not 行, and quote them as the sheet prints them (因公出国（境）费, with
 * full-width brackets, never the normalised 因公出国(境)费).
 */
import { cellAt, type Workbook } from '../../../src/core/model/workbook';
import { fromExcelJS } from '../../../src/io/exceljs-reader';
import { checkWorkbook } from '../../../src/core/check';
import { recognizeTables } from '../../../src/core/tables/recognize';
import { buildCentralWorkbook } from '../../fixtures/builders/layouts';

/** The central set with the 三公 table's 决算数 of `item` set to `value`. */
function centralWith(item: string, value: number): Workbook {
  const wb = fromExcelJS(buildCentralWorkbook());
  const t11 = recognizeTables(wb).tables.find((t) => t.id === 'T11')!;
  const ref = t11.rows.find((r) => r.key === item)!.cells.actual;
  cellAt(wb.sheets.find((s) => s.name === ref.sheet)!, ref.row, ref.col)!.value = value;
  return wb;
}

const sangongFindings = (wb: Workbook) => checkWorkbook(wb).findings.filter((f) => f.rule === 'T11-1' && f.severity === 'error');

describe('horizontal 三公 table: items are columns, quoted as printed', () => {
  it('the items are read with their printed names and marked as columns', () => {
    const t11 = recognizeTables(fromExcelJS(buildCentralWorkbook())).tables.find((t) => t.id === 'T11')!;
    expect(t11.rows.find((r) => r.key === 'sg.abroad')).toMatchObject({ name: '因公出国（境）费', across: true });
  });

  it('合计 wrong: “合计”栏 ≠ the items’ 栏, under 决算数', () => {
    const [f, ...rest] = sangongFindings(centralWith('sg.total', 1.0));
    expect(rest).toEqual([]);
    expect(f.message).toBe(
      '一般公共预算财政拨款“三公”经费支出决算表 决算数：“合计”栏 1.00 ≠ “因公出国（境）费”栏 0.00 + “公务用车购置及运行费”栏 0.00 + “公务接待费”栏 1.47（差 -0.47）',
    );
  });

  it('no message calls an item of the table a 行', () => {
    const messages = checkWorkbook(centralWith('sg.reception', 1.52)).findings.map((f) => f.message).filter((m) => m.includes('“三公”经费支出决算表'));
    expect(messages.length).toBeGreaterThan(0);
    for (const m of messages) expect(m).not.toMatch(/“(合计|因公出国[（(]境[）)]费|公务用车[^”]*|公务接待费)”行/);
    expect(messages.join('\n')).not.toContain('因公出国(境)费');
  });
});
