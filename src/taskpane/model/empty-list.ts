import { type CheckReport, unreadRegions } from '../../core/check';
import type { Severity } from '../../core/findings/finding';

/**
 * What the findings list says when it shows nothing. “All consistent” only when every table that
 * looked like one was read: a region left unchecked is not consistent, only unknown.
 */
export function emptyListText(report: CheckReport, severity: Severity | null): string {
  if (report.tables.length === 0 && report.scores.length === 0) return '没有可核对的决算表或绩效自评表。';
  if (report.findings.length === 0) {
    return unreadRegions(report).length > 0
      ? '已识别的表中未发现问题；未能识别的表格没有检查（见上方原因）。'
      : '未发现问题：所有勾稽关系均相符。';
  }
  return severity ? '没有这一类的问题。' : '其余问题均已忽略。';
}
