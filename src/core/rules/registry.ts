import type { Rule } from './types';
import { INPUT_RULES } from './input';
import { CROSS_RULES } from './cross';
import { WITHIN_TABLE_RULES } from './table';

/** Every table and cross-table rule, in report order. Each rule module registers here. */
export const TABLE_RULES: Rule[] = [];

// Input checks (unreadable numbers, mixed units), then between-table and 科目名称 rules.
TABLE_RULES.push(...INPUT_RULES, ...CROSS_RULES);

// Within-table rules (表内勾稽, REFERENCE §2.1).
TABLE_RULES.push(...WITHIN_TABLE_RULES);
