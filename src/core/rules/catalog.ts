import { TABLE_RULES } from './registry';
import { SCORE_RULES } from '../scoring/rules';
import { NARRATIVE_RULES } from '../narrative/lint/registry';

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
  return [
    ...TABLE_RULES.map(({ id, title, description, scope, inferred, source }) => ({ id, title, description, scope, inferred, source })),
    ...SCORE_RULES.map(({ id, title, description, inferred, source }) => ({ id, title, description, scope: 'score', inferred, source })),
    ...NARRATIVE_RULES.map(({ id, title, description }) => ({ id, title, description, scope: 'narrative', source: 'REFERENCE §2.3' })),
  ];
}
