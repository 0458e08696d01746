import ExcelJS from 'exceljs';
import * as path from 'path';
import { SEVERITY_LABEL } from '../core/findings/finding';
import type { FileResult } from './check-command';
import { NUMBER_COLUMNS, numbersOf } from './annotate';
import { unreadRegions } from '../core/check';
import { narrativeSource } from '../core/narrative-note';
import { NOTHING_CHECKED } from './format-text';
import { shownPath } from './shown-path';

export const SUMMARY_FILE = '决算助手检查汇总.xlsx';

/**
 * The 说明 of a file's line: why it was not read, or what was left unchecked. “未发现错误” only when every
 * region that looked like a table was read — a bureau reads this column to see which units are done.
 */
export function fileNote(r: FileResult): string {
  const note = checkedNote(r);
  if (!r.convertedFrom) return note;
  const converted = `${r.convertedFrom}，经 LibreOffice 转换后检查`;
  return note ? `${note}（${converted}）` : converted;
}

function checkedNote(r: FileResult): string {
  if (r.error) return r.error;
  if (!r.report) return '';
  const { report } = r;
  if (report.tables.length === 0 && report.scores.length === 0) return NOTHING_CHECKED;
  const unread = unreadRegions(report).length;
  if (!unread) return report.summary.errors === 0 ? '未发现错误' : '';
  const left = `${unread} 处疑似决算表未能识别，未检查`;
  return report.summary.errors === 0 ? `已识别的表未发现错误；${left}` : `另有 ${left}`;
}

/** What --fix did to the file's copy: cells corrected, what is left to a person, and the copy's check. */
function fixedColumn(r: FileResult): string {
  const f = r.fixed;
  if (!f) return '';
  return `修正 ${f.written.length} 个单元格，${f.skipped.length} 条待人工核对；副本复查：错误 ${f.after.errors}，警告 ${f.after.warnings}`;
}

/** Whether the file's own 说明 was checked with its tables: a bureau sees which units' 说明 still need reading. */
function narrativeColumn(r: FileResult): string {
  const n = r.report?.narrative;
  if (!n) return '';
  return `已核对：${narrativeSource(n)}，${n.paragraphs} 段`;
}

/**
 * A bureau's overview of a batch, written next to the annotated copies: 汇总 (one line per file, with a
 * link to its annotated copy) and 问题清单 (every finding of every file, filterable).
 */
export async function writeBatchSummary(output: string, results: FileResult[]): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const summary = wb.addWorksheet('汇总', { views: [{ state: 'frozen', ySplit: 1 }] });
  summary.columns = [
    { header: '文件', width: 44 },
    { header: '识别的表', width: 10 },
    { header: '错误', width: 8 },
    { header: '警告', width: 8 },
    { header: '提示', width: 8 },
    { header: '决算说明', width: 28 },
    { header: '带批注的副本', width: 44 },
    { header: '说明', width: 60 },
    ...(results.some((r) => r.fixed) ? [{ header: '修正（--fix）', width: 44 }] : []),
  ];
  const dir = path.dirname(path.resolve(output));
  const fixing = results.some((r) => r.fixed);
  for (const r of results) {
    const copy = r.annotated ? path.relative(dir, path.resolve(r.annotated)) : '';
    const s = r.report?.summary;
    summary.addRow([
      shownPath(r.file),
      r.report ? r.report.tables.length : '',
      s ? s.errors : '',
      s ? s.warnings : '',
      s ? s.infos : '',
      narrativeColumn(r),
      copy ? { text: copy, hyperlink: copy } : '',
      fileNote(r),
      ...(fixing ? [fixedColumn(r)] : []),
    ]);
  }
  const findings = wb.addWorksheet('问题清单', { views: [{ state: 'frozen', ySplit: 1 }] });
  findings.columns = [
    { header: '文件', width: 36 },
    { header: '级别', width: 14 },
    { header: '规则', width: 12 },
    { header: '工作表', width: 18 },
    { header: '单元格', width: 8 },
    { header: '说明', width: 90 },
    ...NUMBER_COLUMNS,
  ];
  for (const r of results) {
    for (const f of r.report?.findings ?? []) {
      findings.addRow([shownPath(r.file), SEVERITY_LABEL[f.severity], f.rule, f.sheet, f.cell, f.message, ...numbersOf(f)]);
    }
  }
  for (const ws of [summary, findings]) {
    ws.getRow(1).font = { bold: true };
    ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: ws.columnCount } };
  }
  await wb.xlsx.writeFile(output);
}
