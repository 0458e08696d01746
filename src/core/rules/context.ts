import Decimal from 'decimal.js';
import type { CellRef, Workbook, Sheet } from '../model/workbook';
import { cellAt } from '../model/workbook';
import { parseCell } from '../numbers/parse';
import type { Amount } from '../money/amount';
import type { RecognizedTable, TableId } from '../tables/types';

const ZERO_DECIMAL = new Decimal(0);

/** What every rule sees: the workbook, the recognised tables and cached amounts. */
export class CheckContext {
  private readonly sheets = new Map<string, Sheet>();
  private readonly cache = new Map<string, Amount>();

  constructor(
    readonly workbook: Workbook,
    readonly tables: RecognizedTable[],
  ) {
    for (const s of workbook.sheets) this.sheets.set(s.name, s);
  }

  /** First recognised table with this id (a workbook normally holds one of each). */
  table(id: TableId): RecognizedTable | undefined {
    return this.tables.find((t) => t.id === id);
  }

  tablesOf(id: TableId): RecognizedTable[] {
    return this.tables.filter((t) => t.id === id);
  }

  sheet(name: string): Sheet | undefined {
    return this.sheets.get(name);
  }

  /**
   * The amount printed at a cell. Empty cells, placeholders and unreadable text count as exact 0;
   * unreadable text is reported once by the number-parsing rule, not here.
   */
  amount(ref: CellRef | undefined): Amount {
    if (!ref) return { value: ZERO_DECIMAL };
    const key = `${ref.sheet}\u0000${ref.row}\u0000${ref.col}`;
    const hit = this.cache.get(key);
    if (hit) return hit;
    const sheet = this.sheets.get(ref.sheet);
    const parsed = parseCell(sheet ? cellAt(sheet, ref.row, ref.col) : undefined);
    const amount: Amount =
      parsed.kind === 'number'
        ? { value: parsed.suffix === '万' ? parsed.value.times(10000) : parsed.value, decimals: parsed.decimals, cell: ref }
        : { value: ZERO_DECIMAL, cell: ref };
    this.cache.set(key, amount);
    return amount;
  }

  /** Whether the cell holds any number (as opposed to empty or a placeholder). */
  hasNumber(ref: CellRef | undefined): boolean {
    if (!ref) return false;
    const sheet = this.sheets.get(ref.sheet);
    return parseCell(sheet ? cellAt(sheet, ref.row, ref.col) : undefined).kind === 'number';
  }
}
