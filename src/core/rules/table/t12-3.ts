import type { Finding } from '../../findings/finding';
import { totalRow } from '../rows';
import type { Rule } from '../types';
import { collect, rowIdentity, tablesOf } from './helpers';

const NET_VS_ORIGINAL = ['fixed', 'building', 'vehicle', 'equipment', 'otherfixed', 'intangible', 'other'];

export const T12_3: Rule = {
  id: 'T12-3',
  title: '国有资产使用情况表：固定资产小计与净值不超过原值',
  description: '公开12表：固定资产原值 = 房屋构筑物 + 车辆 + 单价200万以上大型设备 + 其他固定资产（原值），净值同理；每项资产净值不超过原值（推断，只作警告）。',
  scope: 'table',
  tables: ['T12'],
  inferred: true,
  source: 'column structure (inferred)',
  check(ctx) {
    const out: Finding[] = [];
    for (const table of tablesOf(ctx, 'T12')) {
      const row = totalRow(table) ?? table.rows[0];
      out.push(
        ...collect([
          rowIdentity(ctx, { rule: T12_3, table, row, target: 'fixed.original', parts: ['building.original', 'vehicle.original', 'equipment.original', 'otherfixed.original'] }),
          rowIdentity(ctx, { rule: T12_3, table, row, target: 'fixed.net', parts: ['building.net', 'vehicle.net', 'equipment.net', 'otherfixed.net'] }),
          ...NET_VS_ORIGINAL.map((k) => rowIdentity(ctx, { rule: T12_3, table, row, target: `${k}.net`, parts: [`${k}.original`], relation: 'le' })),
        ]),
      );
    }
    return out;
  },
};
