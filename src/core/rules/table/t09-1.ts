import type { Rule } from '../types';
import { collect, dataRows, rowIdentity, tablesOf } from './helpers';

export const T09_1: Rule = {
  id: 'T09-1',
  title: '国有资本经营预算财政拨款收入支出决算表：结转结余栏间关系',
  description: '公开09表 每一行：年初结转和结余合计 = 结转 + 结余；年末结转和结余合计 = 结转 + 结余；年末 = 年初 + 本年收入 − 本年支出（栏目关系为推断，差异只作警告）。',
  scope: 'table',
  tables: ['T09'],
  inferred: true,
  source: 'SEED-4 (column structure, inferred)',
  check(ctx) {
    return tablesOf(ctx, 'T09').flatMap((table) =>
      dataRows(table).flatMap((row) =>
        collect([
          rowIdentity(ctx, { rule: T09_1, table, row, target: 'opening.total', parts: ['opening.carry', 'opening.surplus'] }),
          rowIdentity(ctx, { rule: T09_1, table, row, target: 'closing.total', parts: ['closing.carry', 'closing.surplus'] }),
          rowIdentity(ctx, { rule: T09_1, table, row, target: 'closing.total', parts: ['opening.total', 'income', '-exp'] }),
        ]),
      ),
    );
  },
};
