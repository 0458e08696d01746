import Decimal from 'decimal.js';
import { cellAt, cellText, type CellRef } from '../../model/workbook';
import { parseCell } from '../../numbers/parse';
import type { CheckContext } from '../context';

function rawText(ctx: CheckContext, ref: CellRef): string {
  const sheet = ctx.sheet(ref.sheet);
  return sheet ? cellText(cellAt(sheet, ref.row, ref.col)) : '';
}

/** Per check: parsed facts about each recognised cell, keyed by the (shared) CellRef object. */
interface CellFacts {
  invalid: boolean;
  value: Decimal;
}
const ZERO = new Decimal(0);
const facts = new WeakMap<CheckContext, WeakMap<CellRef, CellFacts>>();

export function factsOf(ctx: CheckContext, ref: CellRef): CellFacts {
  let m = facts.get(ctx);
  if (!m) facts.set(ctx, (m = new WeakMap()));
  let f = m.get(ref);
  if (!f) {
    const sheet = ctx.sheet(ref.sheet);
    const kind = parseCell(sheet ? cellAt(sheet, ref.row, ref.col) : undefined).kind;
    // Only numbers need the context's reading (units, suffixes); anything else counts as 0 there too.
    m.set(ref, (f = { invalid: kind === 'invalid', value: kind === 'number' ? ctx.amount(ref).value : ZERO }));
  }
  return f;
}

/** Looks like a number but is not (NUM-PARSE reports it): identities over it are not judged. */
export function unreadable(ctx: CheckContext, ref: CellRef): boolean {
  return factsOf(ctx, ref).invalid;
}

/** A “—” cell: the template says the item does not apply in this column. */
export function isDash(ctx: CheckContext, ref: CellRef | undefined): boolean {
  return !!ref && /^[—–―－-]+$/.test(rawText(ctx, ref).replace(/\s+/g, ''));
}
