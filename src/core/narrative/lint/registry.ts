import type { NarrativeRule } from './context';
import { amountVsTable } from './rules/amount-vs-table';
import { changeReason } from './rules/change-reason';
import { completionRate } from './rules/completion';
import { directionWords } from './rules/direction';
import { growthRecompute } from './rules/growth';
import { listSum } from './rules/list-sum';
import { missingAmount } from './rules/missing-amount';
import { percentSign } from './rules/percent-sign';
import { priorYearValues } from './rules/prior-year';
import { unfilledPlaceholders } from './rules/placeholders';
import { shareRecompute } from './rules/share';
import { sangongItems } from './rules/sangong-items';
import { subjectNames } from './rules/subject-names';
import { unitName } from './rules/unit-name';
import { yuanForWan } from './rules/yuan-for-wan';

/** Every narrative (表文) rule, in report order. */
export const NARRATIVE_RULES: NarrativeRule[] = [
  unfilledPlaceholders,
  amountVsTable,
  shareRecompute,
  growthRecompute,
  priorYearValues,
  completionRate,
  percentSign,
  subjectNames,
  sangongItems,
  unitName,
  changeReason,
  yuanForWan,
  missingAmount,
  listSum,
  directionWords,
];
