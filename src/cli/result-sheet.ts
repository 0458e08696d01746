import type ExcelJS from 'exceljs';

export const RESULT_SHEET = '检查结果';
/** Ours, when the workbook has a 检查结果 of its own. */
const OWN_NAME = '检查结果（决算助手）';
/** The header every 检查结果 the tool writes begins with: how a sheet it wrote is told from the user's. */
export const RESULT_HEADER = ['级别', '规则', '位置', '说明'];

/** Whether a sheet is a findings sheet the tool wrote (an annotated copy checked again). */
export function isOurResultSheet(ws: ExcelJS.Worksheet): boolean {
  const first = (ws.getRow(1).values as unknown[]).slice(1, RESULT_HEADER.length + 1);
  return RESULT_HEADER.every((h, i) => first[i] === h);
}

/**
 * The name for this run's findings sheet, a sheet an earlier run wrote there removed: 检查结果, or
 * 检查结果（决算助手） when the workbook has a 检查结果 of its own, which is never touched.
 */
export function resultSheetName(wb: ExcelJS.Workbook): string {
  for (let i = 1; ; i++) {
    const name = i === 1 ? RESULT_SHEET : i === 2 ? OWN_NAME : `${OWN_NAME}${i - 1}`;
    const existing = wb.getWorksheet(name);
    if (!existing) return name;
    if (isOurResultSheet(existing)) {
      wb.removeWorksheet(existing.id);
      return name;
    }
  }
}
