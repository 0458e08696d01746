import type { Finding } from '../../core/findings/finding';
import type { ScoreReport } from '../../core/scoring/types';
import { parseA1 } from '../../core/model/address';

export interface ScoreLine {
  label: string;
  reported: string;
  recomputed: string;
  /** Where the reported value sits (for 定位). */
  cell?: string;
  /** A finding of the check sits on this cell: the two values disagree beyond rounding. */
  flagged: boolean;
}

function show(v: number | string | undefined, unit = ''): string {
  if (v === undefined || v === null || v === '') return '—';
  if (typeof v === 'string') return v;
  return `${v.toFixed(2)}${unit}`;
}

/** The four lines of a form's score check: 执行率, 执行率得分, 总分, 等级. */
export function scoreLines(score: ScoreReport, findings: Finding[]): ScoreLine[] {
  const flaggedCells = new Set(findings.filter((f) => f.sheet === score.sheet).map((f) => f.cell));
  const line = (label: string, v: { reported?: number | string; recomputed?: number | string }, cell: string | undefined, unit = ''): ScoreLine => ({
    label,
    reported: show(v.reported, unit),
    recomputed: show(v.recomputed, unit),
    cell,
    flagged: cell !== undefined && flaggedCells.has(cell),
  });
  return [
    line('预算执行率', score.execRate, score.cells.execRate, '%'),
    line('执行率得分', score.execScore, score.cells.execScore),
    line('总分', score.total, score.cells.total),
    line('等级', score.grade, score.cells.grade),
  ].filter((l) => l.reported !== '—' || l.recomputed !== '—');
}

/** The errors and warnings of the check that sit inside the form (得分 above 分值, missing reasons …). */
export function formFindings(score: ScoreReport, findings: Finding[]): Finding[] {
  return findings.filter((f) => {
    if (f.sheet !== score.sheet || f.severity === 'info' || !/^[A-Z]+\d+$/.test(f.cell)) return false;
    const { row } = parseA1(f.cell);
    return row >= score.span.top && row <= score.span.bottom;
  });
}

/**
 * A form's verdict badge over every finding inside it, not only the four lines: a form whose totals agree
 * but whose 得分 exceeds its 分值 is not 相符. 未填写 / 无可核对 when there is nothing to compare.
 */
export function formVerdict(score: ScoreReport, lines: ScoreLine[], findings: Finding[]): { text: string; tone: 'danger' | 'warning' | 'success' | 'subtle' } {
  if (score.unfilled) return { text: '未填写', tone: 'subtle' };
  const inForm = formFindings(score, findings);
  if (inForm.length) return { text: `${inForm.length} 处问题`, tone: inForm.some((f) => f.severity === 'error') ? 'danger' : 'warning' };
  if (lines.length === 0) return { text: '无可核对', tone: 'subtle' };
  return { text: '相符', tone: 'success' };
}
