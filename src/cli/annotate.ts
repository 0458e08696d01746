import * as fs from 'fs';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { CheckReport } from '../core/check';
import { parseA1, qualified } from '../core/model/address';
import { type Finding, SEVERITY_LABEL } from '../core/findings/finding';
import { READ_OPTIONS } from '../io/exceljs-reader';
import { sheetParts } from '../io/xlsx-package';
import { copyLosses } from './copy-losses';
import { removeOurNotes, withOurs } from './copy-notes';
import { finishCopy } from './copy-package';
import { restoreDroppedNotes } from './dropped-notes';
import { commentText } from './format-text';
import { type CopyFixes, type FixRequest, fixCopy } from './fix-copy';
import { RESULT_HEADER, isOurResultSheet, resultSheetName } from './result-sheet';
import { writeWholeFile } from './whole-file';

/** What writing the copy did: the corrections (with --fix), and what of the input the copy could not keep. */
export interface AnnotatedCopy {
  fixes?: CopyFixes;
  /** In the officer's words (图表, 宏（VBA）…); the input keeps them. */
  lacks: string[];
}

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
 * Writes a copy of `input` to `output` with a note on every flagged cell (each beginning 【决算助手】,
 * after the user's own note there) and a 检查结果 sheet listing the findings with links to their cells;
 * with `fix`, the errors' and warnings' corrections written into the copy too (see fixCopy), each
 * corrected cell's note saying what it held. An annotated copy checked again loses the old run's notes
 * and sheet, not the user's. The input is never modified.
 */
export async function writeAnnotatedCopy(input: string, output: string, report: CheckReport, fix?: FixRequest): Promise<AnnotatedCopy> {
  const bytes = await fs.promises.readFile(input);
  const source = await JSZip.loadAsync(bytes);
  const sourceSheets = await sheetParts(source);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer, READ_OPTIONS);
  await restoreDroppedNotes(wb, source, sourceSheets);
  removeOurNotes(wb);
  // Our earlier findings sheet is replaced, not kept: what it holds is no loss.
  const ours = new Set(wb.worksheets.filter(isOurResultSheet).map((ws) => ws.name));
  const lacks = await copyLosses(source, sourceSheets.filter((s) => !ours.has(s.name)));
  const fixes = fix ? fixCopy(wb, report.findings, fix) : undefined;
  const notes = new Map<string, string[]>();
  const noteOn = (sheet: string, cell: string, text: string) => {
    const key = `${sheet}\u0000${cell}`;
    if (!notes.has(key)) notes.set(key, []);
    notes.get(key)!.push(text);
  };
  for (const w of fixes?.written ?? []) noteOn(w.sheet, w.cell, `【决算助手】已修正：原为 ${w.was}，改为 ${w.now}${w.along ? `（随 ${w.rule} 的更正一并修改）` : ''}`);
  for (const f of report.findings) if (f.cell) noteOn(f.sheet, f.cell, commentText(f));
  for (const [key, texts] of notes) {
    const [sheetName, cell] = key.split('\u0000');
    const ws = wb.getWorksheet(sheetName);
    if (!ws) continue;
    const { row, col } = parseA1(cell);
    const target = ws.getCell(row + 1, col + 1);
    target.note = withOurs(target.note, texts.join('\n\n'));
  }
  const ws = wb.addWorksheet(resultSheetName(wb));
  const [level, rule, place, message] = RESULT_HEADER;
  ws.columns = [
    { header: level, width: 14 },
    { header: rule, width: 12 },
    { header: place, width: 22 },
    { header: message, width: 90 },
    ...NUMBER_COLUMNS,
    ...(fixes ? [{ header: '修正', width: 40 }] : []),
  ];
  ws.getRow(1).font = { bold: true };
  const done = fixes && fixOutcomes(fixes);
  for (const f of report.findings) {
    const target = f.cell ? qualified(f.sheet, f.cell) : undefined;
    ws.addRow([
      SEVERITY_LABEL[f.severity],
      f.rule,
      // A 说明 given as a file has no cell to link to: its name stands there.
      target ? { text: target, hyperlink: `#${target}` } : f.sheet,
      f.message,
      ...numbersOf(f),
      ...(done ? [done.get(f.key) ?? ''] : []),
    ]);
  }
  const s = report.summary;
  ws.addRow([]);
  ws.addRow([`合计：错误 ${s.errors} 项，警告 ${s.warnings} 项，提示 ${s.infos} 项${fixes ? `；已修正 ${fixes.written.length} 个单元格` : ''}`]);
  // What was not checked belongs on the same page: no finding there is not the same as no problem.
  for (const u of report.unrecognized) {
    ws.addRow(['未检查', '', `${u.sheet}${u.range ? `!${u.range}` : ''}`, `${u.title ? `${u.title}：` : ''}${u.reason}`]);
  }
  if (lacks.length) ws.addRow(['说明', '', '', `此副本未能保留原文件中的：${lacks.join('、')}（原文件不受影响）`]);
  // Made whole in memory first: a workbook ExcelJS cannot write leaves no file behind.
  const written = new Uint8Array(await wb.xlsx.writeBuffer());
  writeWholeFile(output, await finishCopy(written, source, sourceSheets));
  return { fixes, lacks };
}

/** Each finding's line in the 修正 column: written (and what the cell held), written by another, or why not. */
function fixOutcomes(fixes: CopyFixes): Map<string, string> {
  const out = new Map<string, string>();
  for (const w of fixes.written) if (!w.along) out.set(w.key, `已修正（原为 ${w.was}）`);
  for (const r of fixes.resolved) out.set(r.key, '已随其他更正一并消除');
  for (const k of fixes.skipped) out.set(k.key, `未修正：${k.reason}`);
  return out;
}
