import ExcelJS from 'exceljs';
import { SUPPLEMENT_SHEET } from '../../core/narrative/supplement';

/**
 * Writes a copy of the workbook with the 补充信息 sheet added (never touches the original).
 * An existing 补充信息 sheet is kept as it is: the officer's entries are not overwritten.
 */
export async function writeSupplementTemplate(input: string, output: string, rows: string[][]): Promise<'added' | 'kept'> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(input);
  if (wb.getWorksheet(SUPPLEMENT_SHEET)) {
    await wb.xlsx.writeFile(output);
    return 'kept';
  }
  const ws = wb.addWorksheet(SUPPLEMENT_SHEET);
  rows.forEach((r, i) => {
    const row = ws.addRow(r);
    if (i === 0) row.font = { bold: true };
  });
  ws.columns = [{ width: 12 }, { width: 44 }, { width: 26 }, { width: 40 }, { width: 36 }];
  ws.getColumn(4).eachCell((cell, n) => {
    if (n > 1) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF2CC' } };
  });
  ws.views = [{ state: 'frozen', ySplit: 1 }];
  await wb.xlsx.writeFile(output);
  return 'added';
}
