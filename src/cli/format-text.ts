import type { CheckReport } from '../core/check';
import { type Finding, SEVERITY_LABEL } from '../core/findings/finding';
import { formatScoreTables } from '../core/scoring';
import { padToWidth } from './text-width';
import { narrativeNote, selfEvaluationTextNote } from '../core/narrative-note';
import { tableCount } from '../core/table-count';

/** A workbook in which neither a 决算 table nor a 绩效自评 form was found. */
export const NOTHING_CHECKED = '未识别到决算表或绩效自评表，未检查';

const SHORT: Record<Finding['severity'], string> = { error: '错误', warning: '警告', info: '提示' };

/** Findings grouped by table, in the order the tables were recognised. */
export function groupByTable(report: CheckReport): { title: string; findings: Finding[] }[] {
  const groups = new Map<string, Finding[]>();
  const titles = new Map<string, string>();
  for (const t of report.tables) titles.set(t.id, `${t.label}${t.label === t.title ? '' : ` ${t.title}`}`);
  for (const f of report.findings) {
    const key = f.table ?? '其他';
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key)!.push(f);
  }
  const order = [...report.tables.map((t) => t.id), ...[...groups.keys()].filter((k) => !titles.has(k))];
  return [...new Set(order)]
    .filter((k) => groups.has(k))
    .map((k) => ({ title: titles.get(k) ?? k, findings: groups.get(k)! }));
}

export function formatReportText(report: CheckReport, file: string): string {
  const lines: string[] = [];
  lines.push(`文件：${file}`);
  lines.push(`识别到 ${tableCount(report.tables)}：`);
  for (const t of report.tables) {
    const where = [`${t.sheet}!${t.range}`, ...(t.continuedOn ?? []).map((p) => `续 ${p.sheet}!${p.range}`)].join('、');
    const alone = t.stray ? '；同编号表的副本、旧版本或空白模板，单独检查' : '';
    lines.push(`  ${padToWidth(t.label, 10)}${t.title}  （${where}，单位：${t.unit}${alone}）`);
  }
  // As the batch 汇总 and the pane say it: 0 errors here means nothing was checked, not that all is right.
  if (report.tables.length === 0 && report.scores.length === 0) lines.push(`  ${NOTHING_CHECKED}`);
  for (const u of report.unrecognized) lines.push(`  未检查：${u.sheet}${u.range ? '!' + u.range : ''} ${u.title ?? ''} —— ${u.reason}`);
  if (report.narrative) lines.push(`  ${narrativeNote({ ...report, narrative: report.narrative })}`);
  if (report.selfEvaluationText) lines.push(`  ${selfEvaluationTextNote(report.selfEvaluationText)}`);
  const s = report.summary;
  lines.push(`检查结果：错误 ${s.errors} 项，警告 ${s.warnings} 项，提示 ${s.infos} 项`);
  for (const g of groupByTable(report)) {
    lines.push('');
    lines.push(`■ ${g.title}`);
    for (const f of g.findings) {
      // A 说明 given as a file has no cells: its findings name the file (the message names the paragraph).
      lines.push(`  [${SHORT[f.severity]}] ${f.cell ? `${f.sheet}!${f.cell}` : f.sheet}  ${f.rule}  ${f.message}`);
      const nums = [f.expected && `应为 ${f.expected}`, f.actual && `实为 ${f.actual}`, f.difference && `差额 ${f.difference}`].filter(Boolean);
      if (nums.length) lines.push(`         ${nums.join('，')}`);
    }
  }
  if (report.scores.length) {
    lines.push('', `■ 绩效自评（${report.scores.length} 张表，评分规则：${report.scoreProfile.name}；${report.scoreProfile.reason}）`);
    lines.push(formatScoreTables(report.scores));
  }
  return lines.join('\n');
}

/** Comment text the annotated copy and the add-in put on a flagged cell. */
export function commentText(f: Finding): string {
  const parts = [`【决算助手】${SEVERITY_LABEL[f.severity]} ${f.rule}`, f.message];
  const nums = [f.expected && `应为：${f.expected}`, f.actual && `实为：${f.actual}`, f.difference && `差额：${f.difference}`].filter(Boolean);
  if (nums.length) parts.push(nums.join('；'));
  return parts.join('\n');
}
