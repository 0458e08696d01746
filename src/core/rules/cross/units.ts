import Decimal from 'decimal.js';
import type { CellRef } from '../../model/workbook';
import type { Amount } from '../../money/amount';
import type { RecognizedTable, Unit } from '../../tables/types';
import { CheckContext } from '../context';

/** Powers of ten of one 元 in each unit. */
const EXPONENT: Record<Unit, number> = { 元: 0, 万元: 4 };

export function tableAt(tables: RecognizedTable[], ref: CellRef): RecognizedTable | undefined {
  return tables.find(
    (t) => t.sheet === ref.sheet && ref.row >= t.top && ref.row <= t.bottom && ref.col >= t.left && ref.col <= t.right,
  );
}

/** An amount printed in `from`, read in `to`: the rounding interval scales with the value. */
export function convertAmount(a: Amount, from: Unit, to: Unit): Amount {
  const shift = EXPONENT[from] - EXPONENT[to];
  if (shift === 0) return a;
  return {
    ...a,
    value: a.value.times(new Decimal(10).pow(shift)),
    decimals: a.decimals === undefined ? undefined : a.decimals - shift,
  };
}

/** Reads every amount in one unit, whatever 金额单位 the table holding the cell prints. */
class UnitContext extends CheckContext {
  constructor(
    base: CheckContext,
    private readonly unit: Unit,
  ) {
    super(base.workbook, base.tables);
  }

  /** Printed millionths compare only within one unit: a converted amount goes to the Decimal path. */
  override micro(ref: CellRef | undefined): number | null {
    if (!ref) return 0;
    const from = tableAt(this.tables, ref)?.unit;
    return from && from !== this.unit ? null : super.micro(ref);
  }

  override amount(ref: CellRef | undefined): Amount {
    const a = super.amount(ref);
    if (!ref) return a;
    const from = tableAt(this.tables, ref)?.unit;
    return from ? convertAmount(a, from, this.unit) : a;
  }
}

const byUnit = new WeakMap<CheckContext, Map<Unit, CheckContext>>();

/**
 * The context to check an identity in: amounts in the unit of the table the finding points at,
 * so messages and the written fix are in that table's unit. Same context when units agree.
 */
export function inUnitOf(ctx: CheckContext, table: RecognizedTable): CheckContext {
  if (ctx.tables.every((t) => t.unit === table.unit)) return ctx;
  let m = byUnit.get(ctx);
  if (!m) byUnit.set(ctx, (m = new Map()));
  let c = m.get(table.unit);
  if (!c) m.set(table.unit, (c = new UnitContext(ctx, table.unit)));
  return c;
}
