import type { Finding } from '../../findings/finding';
import type { Indicator, ScoreForm } from '../types';
import type { ScoreContext } from './types';

/** Runs a per-indicator check over every project form, then every department form, keeping what it finds. */
export function checkIndicators(ctx: ScoreContext, check: (form: ScoreForm, i: Indicator) => Finding | null): Finding[] {
  const out: Finding[] = [];
  for (const form of [...ctx.projects, ...ctx.depts]) {
    for (const i of form.indicators) {
      const f = check(form, i);
      if (f) out.push(f);
    }
  }
  return out;
}
