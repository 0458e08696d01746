import type { AddinCheckResult } from '../excel';
import { unreadRegions } from '../core/check';

/*
 * The ribbon command shows its result in a dialog page (commands.html?…). Office 2019 on older Windows
 * shows add-ins in Internet Explorer, whose addresses stop at 2083 characters (about 230 Chinese
 * characters once encoded), so the address carries numbers and short flags and the dialog page writes
 * the sentences itself.
 */

const MAX_ERROR_CHARS = 120;

export function summaryParams(r: AddinCheckResult, apiVersion: string): URLSearchParams {
  const { errors, warnings, infos } = r.report.summary;
  const p = new URLSearchParams({
    t: String(r.report.tables.length),
    e: String(errors),
    w: String(warnings),
    i: String(infos),
    m: r.marksMode === 'comments' ? 'c' : 'h',
    v: apiVersion,
  });
  if (r.dismissed.length) p.set('d', String(r.dismissed.length));
  if (r.report.narrative) p.set('l', String(r.report.narrative.paragraphs));
  const unread = unreadRegions(r.report).length;
  if (unread) p.set('u', String(unread));
  // Their comments sit on hidden cells, out of sight: the dialog says where to act on them.
  const dismissed = new Set(r.dismissed.map((d) => d.key));
  const hidden = r.report.findings.filter((f) => f.reveal && !dismissed.has(f.key)).length;
  if (hidden) p.set('n', String(hidden));
  const n = r.notice ?? '';
  if (n.includes('受保护，未在其中标注')) p.set('p', '1');
  if (n.includes('不能读取合并单元格')) p.set('g', '1');
  if (n.includes('无法添加“检查结果”工作表')) p.set('s', '1');
  return p;
}

export function errorParams(message: string): URLSearchParams {
  const text = message.length > MAX_ERROR_CHARS ? `${message.slice(0, MAX_ERROR_CHARS)}…` : message;
  return new URLSearchParams({ x: text });
}

/** The lines the dialog shows (counts first, then what was written where). */
export function summaryFromParams(p: URLSearchParams): string {
  if (p.has('x')) {
    return `检查未完成：${p.get('x')}\n请打开助手重试；如果问题一直出现，请把这段文字发给技术支持。`;
  }
  const num = (k: string) => Number(p.get(k) ?? 0);
  const tables = num('t');
  const [errors, warnings, infos] = [num('e'), num('w'), num('i')];
  const highlight = p.get('m') === 'h';
  const lines: string[] = [];
  if (tables === 0) {
    lines.push('没有在本工作簿中识别出决算公开表或绩效自评表。请打开助手查看“未识别的表格”。');
  } else if (errors + warnings + infos === 0) {
    lines.push(`检查完成：识别 ${tables} 张表，${p.has('u') ? '其中' : ''}未发现问题。`);
  } else {
    lines.push(`检查完成：识别 ${tables} 张表，发现错误 ${errors} 处、警告 ${warnings} 处、提示 ${infos} 处。`);
    if (!highlight) lines.push('已在问题单元格上添加批注（以“【决算助手】”开头）。');
    else if (p.has('s')) lines.push('工作簿结构受保护，无法添加“检查结果”工作表，未加底色；请打开助手查看问题清单。');
    else lines.push('已给问题单元格加底色，并在“检查结果”工作表中列出全部问题及链接。');
  }
  if (p.has('l') && tables > 0) lines.push(`工作簿中的决算说明（${num('l')} 段）也已与报表核对，其中的问题一并列出。`);
  if (highlight) lines.push(`此版本的 Excel（ExcelApi ${p.get('v')}）不支持批注（需要 Office 2021、Microsoft 365 或 Excel 网页版），所以改用底色标注。`);
  if (p.has('p')) lines.push('受保护的工作表中没有标注，问题仍列在助手的清单中。');
  if (p.has('g')) lines.push('此版本的 Excel 不能读取合并单元格，部分表格未能识别。');
  if (p.has('u') && tables > 0) lines.push(`另有 ${num('u')} 处疑似决算表未能识别，没有检查：请打开助手查看原因。`);
  if (p.has('n')) lines.push(`其中 ${num('n')} 处金额在隐藏的行、列或工作表中，批注看不到：请在助手中点“取消隐藏”显示它们。`);
  if (p.has('d')) lines.push(`另有 ${num('d')} 条已忽略并说明的问题未标注。`);
  lines.push('点击“打开助手”可查看清单、定位和修正。');
  return lines.join('\n');
}
