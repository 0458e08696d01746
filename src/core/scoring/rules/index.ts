import { CAP } from './cap';
import { BLANK } from './blank';
import { CASH_CHANGE } from './cash-change';
import { COLUMNS } from './columns';
import { DIFF_RATE } from './diff-rate';
import { EXEC_AMOUNT } from './exec-amount';
import { EXEC_CONSISTENT } from './exec-consistent';
import { EXEC_RATE } from './exec-rate';
import { EXEC_SCORE } from './exec-score';
import { FUNDS } from './funds';
import { GRADE } from './grade';
import { PAYABLE } from './payable';
import { QUALITATIVE } from './qualitative';
import { QUANTITATIVE } from './quantitative';
import { REASON } from './reason';
import { TOTAL } from './total';
import type { ScoreRule } from './types';
import { WEIGHTS } from './weights';
import { WEIGHT_TOTAL } from './weight-total';

/** Every scoring rule, in report order. */
export const SCORE_RULES: ScoreRule[] = [
  COLUMNS,
  EXEC_RATE,
  EXEC_SCORE,
  EXEC_CONSISTENT,
  EXEC_AMOUNT,
  CAP,
  QUANTITATIVE,
  QUALITATIVE,
  WEIGHTS,
  WEIGHT_TOTAL,
  BLANK,
  TOTAL,
  GRADE,
  REASON,
  FUNDS,
  DIFF_RATE,
  CASH_CHANGE,
  PAYABLE,
];

export type { ScoreContext, ScoreRule } from './types';
