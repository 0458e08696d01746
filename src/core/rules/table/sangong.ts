import type { Finding } from '../../findings/finding';
import type { RecognizedTable } from '../../tables/types';
import type { CheckContext } from '../context';
import { collect, columnIdentity, rows, type RuleRef } from './helpers';

/** 三公 structure in every amount column: 支出合计 = 出国 + 公务用车 + 接待; 用车 = 购置 + 运行; 接待 = 国内 + 国（境）外; 外事 ≤ 国内. */
export function sangongSums(ctx: CheckContext, rule: RuleRef, t: RecognizedTable): Finding[] {
  const [total, abroad, car, purchase, run, reception, domestic, foreign, abroadRec] = rows(
    t, 'sg.total', 'sg.abroad', 'sg.car', 'sg.car.purchase', 'sg.car.run', 'sg.reception', 'sg.reception.domestic', 'sg.reception.foreign_affairs', 'sg.reception.abroad',
  );
  return t.columns.flatMap((c) =>
    collect([
      columnIdentity(ctx, { rule, table: t, key: c.key, target: total, parts: [abroad, car, reception], skipDashParts: true }),
      columnIdentity(ctx, { rule, table: t, key: c.key, target: car, parts: [purchase, run], skipDashParts: true }),
      columnIdentity(ctx, { rule, table: t, key: c.key, target: reception, parts: [domestic, abroadRec], skipDashParts: true }),
      columnIdentity(ctx, { rule, table: t, key: c.key, target: foreign, parts: [domestic], relation: 'le', skipDashParts: true }),
    ]),
  );
}
