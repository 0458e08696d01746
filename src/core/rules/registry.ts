import type { Rule } from './types';

/** Every table and cross-table rule, in report order. Each rule module registers here. */
export const TABLE_RULES: Rule[] = [];
