import { totalRow } from '../rows';
import type { Rule } from '../types';
import { collect, rowIdentity, tablesOf } from './helpers';

export const T12_1: Rule = {
  id: 'T12-1',
  title: '国有资产使用情况表：资产总额',
  description: '公开12表（表下注1）：资产总额 = 流动资产 + 固定资产（净值） + 对外投资/有价证券 + 在建工程 + 无形资产（净值） + 其他资产（净值）。',
  scope: 'table',
  tables: ['T12'],
  source: 'SEED-4 (official note under 公开12)',
  check(ctx) {
    return collect(
      tablesOf(ctx, 'T12').map((table) =>
        rowIdentity(ctx, { rule: T12_1, table, row: totalRow(table) ?? table.rows[0], target: 'assets.total', parts: ['current', 'fixed.net', 'investment', 'construction', 'intangible.net', 'other.net'] }),
      ),
    );
  },
};
