import type { Finding } from '../findings/finding';
import type { TableId } from '../tables/types';
import type { CheckContext } from './context';

export type RuleScope = 'table' | 'cross' | 'score' | 'narrative' | 'input';

/** One rule = one module, the way ESLint keeps its rules. */
export interface Rule {
  /** Stable id, e.g. 'T03-1', 'X05', 'CODE-NAME'. */
  id: string;
  /** Chinese title shown in reports. */
  title: string;
  /** One or two sentences: the identity in words and where it comes from. */
  description: string;
  scope: RuleScope;
  /** Tables the rule reads; it is skipped when none of them was recognised. */
  tables: TableId[];
  /** REFERENCE marks it inferred: findings are capped at warning. */
  inferred?: boolean;
  /** Source tag from REFERENCE (SEED-4, CODE C1 …). */
  source?: string;
  check(ctx: CheckContext): Finding[];
}
