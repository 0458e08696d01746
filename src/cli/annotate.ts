import ExcelJS from 'exceljs';
import type { CheckReport } from '../core/check';
import { parseA1, qualified } from '../core/model/address';
import { type Finding, SEVERITY_LABEL } from '../core/findings/finding';
import { commentText } from './format-text';

export const RESULT_SHEET = '检查结果';

/** The numbers of a finding, the last columns of every findings sheet the CLI writes. */
export const NUMBER_COLUMNS = [
  { header: '应为', width: 14 },
  { header: '实为', width: 14 },
  { header: '差额', width: 12 },
];

export function numbersOf(f: Finding): string[] {
  return [f.expected ?? '', f.actual ?? '', f.difference ?? ''];
}

/**
 * Writes a copy of `input` to `output` with a note on every flagged cell (each beginning 【决算助手】)
 * and a 检查结果 sheet listing the findings with links to their cells. The input is never modified.
 */
export async function writeAnnotatedCopy(input: string, output: string, report: CheckReport): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(input);
  const notes = new Map<string, string[]>();
  for (const f of report.findings) {
    if (!f.cell) continue;
    const key = `${f.sheet}\u0000${f.cell}`;
    if (!notes.has(key)) notes.set(key, []);
    notes.get(key)!.push(commentText(f));
  }
  for (const [key, texts] of notes) {
    const [sheetName, cell] = key.split('\u0000');
    const ws = wb.getWorksheet(sheetName);
    if (!ws) continue;
    const { row, col } = parseA1(cell);
    ws.getCell(row + 1, col + 1).note = texts.join('\n\n');
  }
  const existing = wb.getWorksheet(RESULT_SHEET);
  if (existing) wb.removeWorksheet(existing.id);
  const ws = wb.addWorksheet(RESULT_SHEET);
  ws.columns = [
    { header: '级别', width: 14 },
    { header: '规则', width: 12 },
    { header: '位置', width: 22 },
    { header: '说明', width: 90 },
    ...NUMBER_COLUMNS,
  ];
  ws.getRow(1).font = { bold: true };
  for (const f of report.findings) {
    const target = f.cell ? qualified(f.sheet, f.cell) : undefined;
    ws.addRow([
      SEVERITY_LABEL[f.severity],
      f.rule,
      // A 说明 given as a file has no cell to link to: its name stands there.
      target ? { text: target, hyperlink: `#${target}` } : f.sheet,
      f.message,
      ...numbersOf(f),
    ]);
  }
  const s = report.summary;
  ws.addRow([]);
  ws.addRow([`合计：错误 ${s.errors} 项，警告 ${s.warnings} 项，提示 ${s.infos} 项`]);
  // What was not checked belongs on the same page: no finding there is not the same as no problem.
  for (const u of report.unrecognized) {
    ws.addRow(['未检查', '', `${u.sheet}${u.range ? `!${u.range}` : ''}`, `${u.title ? `${u.title}：` : ''}${u.reason}`]);
  }
  await wb.xlsx.writeFile(output);
}
