import { type Finding, findingKey } from '../../findings/finding';
import { a1 } from '../../model/address';
import { formatAmount } from '../../money/amount';
import { rowByKey } from '../rows';
import type { Rule } from '../types';
import type { CheckContext } from '../context';
import { cellLabel } from './labels';
import { place, type Place } from './identity';
import { isUnreadableAt } from '../table-amounts';

function positive(ctx: CheckContext, p: Place): boolean {
  return !isUnreadableAt(ctx, p.ref) && ctx.amount(p.ref).value.greaterThan(0);
}

function warn(ctx: CheckContext, at: Place, because: Place, message: string): Finding {
  const cell = a1(at.ref.row, at.ref.col);
  return {
    rule: X15.id,
    severity: 'warning',
    sheet: at.ref.sheet,
    cell,
    related: [{ sheet: because.ref.sheet, cell: a1(because.ref.row, because.ref.col), role: cellLabel(because.table, because.row, because.key) }],
    actual: formatAmount(ctx.amount(at.ref).value),
    message,
    table: at.table.id,
    key: findingKey(X15.id, at.ref.sheet, cell, because.row.key ?? ''),
  };
}

export const X15: Rule = {
  id: 'X15',
  title: '公务用车数据前后呼应',
  description:
    '公开10表 公务用车保有量 > 0 时，公开12表 车辆原值应 > 0；公务用车运行维护费 > 0 时，公务用车保有量应 > 0（合理性提示）。',
  scope: 'cross',
  tables: ['T10'],
  inferred: true,
  source: 'inferred heuristic',
  check(ctx) {
    const t10 = ctx.table('T10');
    const t12 = ctx.table('T12');
    const owned = place(t10, rowByKey(t10, 'stat.car.owned'), 'actual');
    const run = place(t10, rowByKey(t10, 'sg.car.run'), 'actual');
    const vehicles = t12 && place(t12, t12.rows.find((r) => r.key === 'total' || r.level === 'total'), 'vehicle.original');
    const out: Finding[] = [];
    if (!owned) return out;
    const n = formatAmount(ctx.amount(owned.ref).value, 0);
    if (vehicles && positive(ctx, owned) && !positive(ctx, vehicles) && !isUnreadableAt(ctx, vehicles.ref)) {
      out.push(warn(ctx, vehicles, owned, `${t12!.label} 车辆原值为 0，但${t10!.label} 公务用车保有量为 ${n} 辆：请核对车辆资产或保有量。`));
    }
    if (run && positive(ctx, run) && !positive(ctx, owned) && !isUnreadableAt(ctx, owned.ref)) {
      out.push(
        warn(ctx, owned, run, `${t10!.label} 公务用车运行维护费 ${formatAmount(ctx.amount(run.ref).value)}，但公务用车保有量为 ${n} 辆：请核对保有量。`),
      );
    }
    return out;
  },
};
