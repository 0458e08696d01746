import { cellAt, cellText, type CellRef } from '../../model/workbook';
import type { CheckContext } from '../context';

function rawText(ctx: CheckContext, ref: CellRef): string {
  const sheet = ctx.sheet(ref.sheet);
  return sheet ? cellText(cellAt(sheet, ref.row, ref.col)) : '';
}

const DASHES = /^[—–―－-]+$/;
const SPACES = /\s+/g;

/** A “—” cell: the template says the item does not apply in this column. */
export function isDash(ctx: CheckContext, ref: CellRef | undefined): boolean {
  return !!ref && DASHES.test(rawText(ctx, ref).replace(SPACES, ''));
}
