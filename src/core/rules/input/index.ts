import type { Rule } from '../types';
import { NUM_PARSE } from './num-parse';
import { UNIT_MIX } from './unit-mix';
import { HIDDEN_AMOUNT } from './hidden-amount';

/** Rules about what the cells hold before any identity is judged. */
export const INPUT_RULES: Rule[] = [NUM_PARSE, UNIT_MIX, HIDDEN_AMOUNT];
