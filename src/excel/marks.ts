import type { Finding } from '../core/findings/finding';
import { SEVERITY_LABEL } from '../core/findings/finding';
import { MARK } from './own-sheets';

/** The cell a mark goes on and every finding about that cell (one comment per cell, as Excel allows). */
export interface MarkTarget {
  sheet: string;
  cell: string;
  findings: Finding[];
}

/** Comment text: the mark, then per finding the message and expected / found / difference. */
export function markText(findings: Finding[]): string {
  const parts = findings.map((f) => {
    const lines = [`${SEVERITY_LABEL[f.severity]}：${f.message}`];
    const numbers: string[] = [];
    if (f.expected !== undefined) numbers.push(`应为 ${f.expected}`);
    if (f.actual !== undefined) numbers.push(`实为 ${f.actual}`);
    if (f.difference !== undefined) numbers.push(`差额 ${f.difference}`);
    if (numbers.length) lines.push(numbers.join('；'));
    lines.push(`规则 ${f.rule}`);
    return lines.join('\n');
  });
  return `${MARK}${parts.join('\n\n')}`;
}

/** Groups the findings to mark by cell, skipping dismissed ones and findings not tied to a real cell. */
export function markTargets(findings: Finding[], dismissed: Set<string>, sheets: Set<string>): MarkTarget[] {
  const byCell = new Map<string, MarkTarget>();
  for (const f of findings) {
    if (dismissed.has(f.key) || !f.sheet || !sheets.has(f.sheet) || !/^[A-Z]{1,3}[0-9]+$/.test(f.cell)) continue;
    const id = `${f.sheet}!${f.cell}`;
    const t = byCell.get(id) ?? { sheet: f.sheet, cell: f.cell, findings: [] };
    t.findings.push(f);
    byCell.set(id, t);
  }
  return [...byCell.values()];
}
