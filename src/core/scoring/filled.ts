import type { FormCell, ScoreForm } from './types';

/** Something an officer wrote in a cell they fill (a number, or text such as a grade or 完成值 words). */
function written(cell: FormCell | undefined): boolean {
  return Boolean(cell && (cell.num || cell.text.trim()));
}

/**
 * Whether nothing an officer fills is filled: no amount, 执行率, 完成值, score or grade. The 总分 is not
 * asked: a template prints 100 in the 总分 row, which may be read as the total.
 */
export function nothingFilled(form: ScoreForm): boolean {
  const cells: (FormCell | undefined)[] = [form.grade];
  for (const i of form.indicators) cells.push(i.actual, i.degree, i.score);
  if (form.kind === 'project') for (const f of form.funds) cells.push(f.initial, f.budget, f.adjusted, f.executed, f.rate, f.score);
  else for (const b of form.budget) cells.push(b.initial, b.budget, b.executed, b.rate);
  return !cells.some(written);
}
