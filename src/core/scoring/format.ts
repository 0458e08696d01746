import type { ScoreReport } from './types';

const v = (x: number | string | undefined) => (x === undefined ? '—' : String(x));
const pct = (x: number | undefined) => (x === undefined ? '—' : `${x}%`);

function mark(r: { reported?: number | string; recomputed?: number | string }): string {
  if (r.reported === undefined && r.recomputed === undefined) return '';
  return r.reported !== undefined && r.recomputed !== undefined && r.reported !== r.recomputed ? ' ✗' : '';
}

/**
 * Plain-text table per project for the CLI's text output:
 *   项目“信访工作经费”（三、项目支出绩效自评表）  评分规则：北京
 *     项目        表中值   重算值   单元格
 *     执行率      62.26%   62.26%   G131
 */
export function formatScoreTables(scores: ScoreReport[]): string {
  const out: string[] = [];
  for (const s of scores) {
    out.push(`${s.kind === 'project' ? `项目“${s.project}”` : s.project}（${s.sheet}）  评分规则：${s.profile}${s.denominator ? `，执行率分母：${s.denominator}` : ''}`);
    const rows: [string, string, string, string][] = [
      ['执行率', pct(s.execRate.reported), pct(s.execRate.recomputed) + mark(s.execRate), v(s.cells.execRate)],
      ['执行率得分', v(s.execScore.reported), v(s.execScore.recomputed) + mark(s.execScore), v(s.cells.execScore)],
      ['总分', v(s.total.reported), v(s.total.recomputed) + mark(s.total), v(s.cells.total)],
      ['等级', v(s.grade.reported), v(s.grade.recomputed) + (s.grade.reported ? mark(s.grade) : ''), v(s.cells.grade)],
    ];
    if (s.unfilled) {
      out.push('  表中除名称外尚未填写，无可核对的内容。');
      continue;
    }
    out.push(`  ${'项目'.padEnd(8)}${'表中值'.padEnd(10)}${'重算值'.padEnd(12)}单元格`);
    for (const [a, b, c, d] of rows) if (b !== '—' || c.trim() !== '—') out.push(`  ${a.padEnd(8)}${b.padEnd(12)}${c.padEnd(14)}${d}`);
  }
  return out.join('\n');
}
