import type { Finding } from '../../core/findings/finding';
import type { ScoreReport } from '../../core/scoring/types';

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

/** A form's verdict badge: how many lines disagree, all agree, not filled in yet, or nothing read to check. */
export function formVerdict(score: ScoreReport, lines: ScoreLine[]): { text: string; tone: 'danger' | 'success' | 'subtle' } {
  if (score.unfilled) return { text: '未填写', tone: 'subtle' };
  if (lines.length === 0) return { text: '无可核对', tone: 'subtle' };
  const flagged = lines.filter((l) => l.flagged).length;
  return flagged > 0 ? { text: `${flagged} 处不符`, tone: 'danger' } : { text: '相符', tone: 'success' };
}
