import type { Rule } from './types';
import { INPUT_RULES } from './input';
import { CROSS_RULES } from './cross';

/** Every table and cross-table rule, in report order. Each rule module registers here. */
export const TABLE_RULES: Rule[] = [];

// Input checks (unreadable numbers, mixed units), then between-table and 科目名称 rules.
TABLE_RULES.push(...INPUT_RULES, ...CROSS_RULES);
