import Decimal from 'decimal.js';
import type { CellRef, Workbook, Sheet } from '../model/workbook';
import { cellAt } from '../model/workbook';
import { parseCell } from '../numbers/parse';
import type { Amount } from '../money/amount';
import type { RecognizedTable, TableId, Unit } from '../tables/types';

const ZERO_DECIMAL = new Decimal(0);

/** Powers of ten of a written suffix relative to 元. */
const SUFFIX_EXPONENT = { 元: 0, 万: 4, 亿: 8 } as const;
const UNIT_EXPONENT: Record<Unit, number> = { 元: 0, 万元: 4 };

function cellKey(ref: CellRef): string {
  return `${ref.sheet}\u0000${ref.row}\u0000${ref.col}`;
}

/** What every rule sees: the workbook, the recognised tables and cached amounts. */
export class CheckContext {
  private readonly sheets = new Map<string, Sheet>();
  private readonly cache = new Map<string, Amount>();
  /** 金额单位 of the table each amount cell belongs to, for text like '3.5万' inside it. */
  private readonly unitOfCell = new Map<string, Unit>();

  constructor(
    readonly workbook: Workbook,
    readonly tables: RecognizedTable[],
  ) {
    for (const s of workbook.sheets) this.sheets.set(s.name, s);
    for (const t of tables) for (const r of t.rows) for (const ref of Object.values(r.cells)) this.unitOfCell.set(cellKey(ref), t.unit);
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
    const key = cellKey(ref);
    const hit = this.cache.get(key);
    if (hit) return hit;
    const sheet = this.sheets.get(ref.sheet);
    const parsed = parseCell(sheet ? cellAt(sheet, ref.row, ref.col) : undefined);
    let amount: Amount = { value: ZERO_DECIMAL, cell: ref };
    if (parsed.kind === 'number') {
      // '3.5万' in a 万元 table is 3.5; in a 元 table 35000 (and its rounding interval scales with it).
      const unit = this.unitOfCell.get(key);
      const shift = parsed.suffix && unit ? SUFFIX_EXPONENT[parsed.suffix] - UNIT_EXPONENT[unit] : 0;
      amount = shift === 0
        ? { value: parsed.value, decimals: parsed.decimals, cell: ref }
        : { value: parsed.value.times(new Decimal(10).pow(shift)), decimals: parsed.decimals - shift, cell: ref };
    }
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
