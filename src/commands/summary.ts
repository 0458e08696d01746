import type { AddinCheckResult } from '../excel';

/** The few lines the ribbon command shows after a check (counts first, then what was written where). */
export function summaryText(r: AddinCheckResult): string {
  const { errors, warnings, infos } = r.report.summary;
  const tables = r.report.tables.length;
  const lines: string[] = [];
  if (tables === 0) {
    lines.push('没有在本工作簿中识别出决算公开表或绩效自评表。请打开助手查看“未识别的表格”。');
  } else if (errors + warnings + infos === 0) {
    lines.push(`检查完成：识别 ${tables} 张表，未发现问题。`);
  } else {
    lines.push(`检查完成：识别 ${tables} 张表，发现错误 ${errors} 处、警告 ${warnings} 处、提示 ${infos} 处。`);
    lines.push(r.marksMode === 'comments' ? '已在问题单元格上添加批注（以“【决算助手】”开头）。' : '已给问题单元格加底色，并在“检查结果”工作表中列出。');
  }
  if (r.dismissed.length) lines.push(`另有 ${r.dismissed.length} 条已忽略并说明的问题未标注。`);
  if (r.notice) lines.push(r.notice);
  lines.push('点击“打开助手”可查看清单、定位和修正。');
  return lines.join('\n');
}
