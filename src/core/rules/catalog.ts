import { TABLE_RULES } from './registry';

/** One row of the rule list shown by `juesuan rules` and docs/rules.md. */
export interface RuleInfo {
  id: string;
  title: string;
  description: string;
  scope: string;
  inferred?: boolean;
  source?: string;
}

/** Every rule of every area (tables, cross-table, input, scoring, narrative), for listings. */
export function ruleCatalog(): RuleInfo[] {
  return TABLE_RULES.map(({ id, title, description, scope, inferred, source }) => ({ id, title, description, scope, inferred, source }));
}
