import type { Finding } from '../../findings/finding';
import { checkPrintedSteps } from './printed-step';
import type { ScoreContext, ScoreRule } from './types';
import type { Indicator } from '../types';

/** The 货币资金变动率 rows (not the 三公经费变动控制率, whose target is a plain ≤ 10%). */
export const isCashChangeRow = (i: Indicator) => /变动率/.test(i.content + i.level3) && !/三公/.test(i.content + i.level3);

export const CASH_CHANGE: ScoreRule = {
  id: 'S-CASH-CHANGE',
  title: '货币资金变动率 ≤ 0',
  description: '部门整体表的货币资金变动率：变动率 ≤ 0 得满分，> 0 时每增加 5%（含）扣 0.5 分，减至 0 分为止（表内印制规则）。',
  source: '辽宁部门（单位）整体绩效自评表印制规则 [SEED-2]',
  check(ctx: ScoreContext): Finding[] {
    return checkPrintedSteps(ctx, CASH_CHANGE.id, isCashChangeRow);
  },
};
