import ExcelJS from 'exceljs';
import { seed004Tables } from '../test/fixtures/seed004-tables';
import { writeRows } from '../test/fixtures/xlsx-writer';

/**
 * A finance bureau's batch: `units` departments, each with seed 004's twelve tables stacked on
 * its own sheet under its own 部门 name (≈1,000 cells per unit).
 */
export function buildLargeWorkbook(units = 100): ExcelJS.Workbook {
  const tables = seed004Tables();
  const wb = new ExcelJS.Workbook();
  for (let u = 1; u <= units; u++) {
    const ws = wb.addWorksheet(`单位${String(u).padStart(3, '0')}`);
    let row = 1;
    for (const t of tables) {
      const rows = t.rows.map((r) => r.map((c) => (c.startsWith('部门：') ? `部门：第${u}预算单位` : c)));
      row = writeRows(ws, rows, row, 1) + 2;
    }
  }
  return wb;
}
