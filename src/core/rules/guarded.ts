import type { Finding } from '../findings/finding';

/** The part of any rule (table, scoring, narrative) that running it needs. */
export interface CheckingRule<C, F> {
  id: string;
  title: string;
  check(ctx: C): F[];
}

/**
 * Runs each rule; one that throws costs its own findings only and becomes a warning in their place,
 * never a crashed check. `at` places that warning (and adds area-specific fields).
 */
export function runGuarded<C, F extends Finding>(
  rules: readonly CheckingRule<C, F>[],
  ctx: C,
  at: (failure: Finding) => F,
): F[] {
  const out: F[] = [];
  for (const rule of rules) {
    try {
      const found = rule.check(ctx);
      for (let i = 0; i < found.length; i++) out.push(found[i]);
    } catch (e) {
      out.push(
        at({
          rule: rule.id,
          severity: 'warning',
          sheet: '',
          cell: 'A1',
          related: [],
          message: `规则 ${rule.id}（${rule.title}）未能完成检查：${(e as Error).message}`,
          key: `${rule.id}|internal`,
        }),
      );
    }
  }
  return out;
}
