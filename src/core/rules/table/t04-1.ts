import type { Rule } from '../types';
import { collect, columnIdentity, rows, tablesOf } from './helpers';

export const T04_1: Rule = {
  id: 'T04-1',
  title: '财政拨款收入支出决算表：收入方合计、总计与年初结转一致',
  description:
    '公开04表 收入方：第27行 本年收入合计 = 第1–3行之和；第32行 总计 = 第27行 + 第28行 年初财政拨款结转和结余；第28行 = 第29–31行（一般公共预算、政府性基金、国有资本经营预算）之和。',
  scope: 'table',
  tables: ['T04'],
  source: 'SEED-4; CODE C1 R33119/R33242',
  check(ctx) {
    return tablesOf(ctx, 'T04').flatMap((t) => {
      const [total, gpb, fund, soe, grand, opening, oGpb, oFund, oSoe] = rows(
        t, 'inc.total', 'inc.gpb', 'inc.fund', 'inc.soe', 'inc.grand', 'inc.opening', 'inc.opening.gpb', 'inc.opening.fund', 'inc.opening.soe',
      );
      return collect([
        columnIdentity(ctx, { rule: T04_1, table: t, key: 'amount', target: total, parts: [gpb, fund, soe] }),
        columnIdentity(ctx, { rule: T04_1, table: t, key: 'amount', target: grand, parts: [total, opening] }),
        columnIdentity(ctx, { rule: T04_1, table: t, key: 'amount', target: opening, parts: [oGpb, oFund, oSoe] }),
      ]);
    });
  },
};
