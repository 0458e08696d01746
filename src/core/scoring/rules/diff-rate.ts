import type { Finding } from '../../findings/finding';
import { checkPrintedSteps } from './printed-step';
import type { ScoreContext, ScoreRule } from './types';
import type { Indicator } from '../types';

/** The 预决算差异率 rows. */
export const isDiffRateRow = (i: Indicator) => /差异率/.test(i.content + i.level3);

export const DIFF_RATE: ScoreRule = {
  id: 'S-DIFF-RATE',
  title: '预决算差异率扣分',
  description:
    '部门整体表的财政拨款收入预决算差异率、公用经费预算差异率按表内印制规则计分：差异率为 0（或 ≤ 0）得满分，每增加 5%（含）扣 0.5 分，减至 0 分为止；“（含）”默认按不足一档按一档（向上取整），可在评分规则中改为向下取整。',
  source: '辽宁部门（单位）整体绩效自评表印制规则 [SEED-2]',
  check(ctx: ScoreContext): Finding[] {
    return checkPrintedSteps(ctx, DIFF_RATE.id, isDiffRateRow);
  },
};
