import Decimal from 'decimal.js';
import type { Cell, CellRef, Workbook, Sheet } from '../model/workbook';
import { cellAt } from '../model/workbook';
import { type ParsedNumber, parseCell } from '../numbers/parse';
import type { Amount } from '../money/amount';
import type { RecognizedTable, TableId, Unit } from '../tables/types';
import { TableAmounts } from './table-amounts';

const ZERO_DECIMAL = new Decimal(0);
const NO_TABLES: RecognizedTable[] = [];

/** Powers of ten of a written suffix relative to 元. */
const SUFFIX_EXPONENT = { 元: 0, 万: 4, 亿: 8 } as const;
const UNIT_EXPONENT: Record<Unit, number> = { 元: 0, 万元: 4 };


/** Where a sheet was found: checked on every use, so a renamed, moved or replaced sheet is noticed. */
interface SheetEntry {
  sheet: Sheet;
  index: number;
}
const sheetIndexes = new WeakMap<Workbook, Map<string, SheetEntry>>();

function indexSheets(workbook: Workbook): Map<string, SheetEntry> {
  const byName = new Map<string, SheetEntry>();
  workbook.sheets.forEach((sheet, index) => byName.set(sheet.name, { sheet, index }));
  sheetIndexes.set(workbook, byName);
  return byName;
}

/**
 * The sheet with this name, from an index shared by the contexts of one workbook (a batch workbook
 * has one context per unit and over a thousand sheets). An entry is used only while its sheet still
 * sits at its index under its name; otherwise (or on a miss) the index is rebuilt.
 */
function sheetNamed(workbook: Workbook, name: string): Sheet | undefined {
  const hit = sheetIndexes.get(workbook)?.get(name);
  if (hit && workbook.sheets[hit.index] === hit.sheet && hit.sheet.name === name) return hit.sheet;
  return indexSheets(workbook).get(name)?.sheet;
}

/** What every rule sees: the workbook, the recognised tables and cached amounts. */
export class CheckContext {
  /** Sheets looked up by this check (sheets do not change while rules run). */
  private readonly sheets = new Map<string, Sheet | undefined>();
  /** Keyed by the CellRef objects recognition hands out (each row's refs are reused by every rule). */
  private readonly cache = new WeakMap<CellRef, Amount>();
  private lastSheetName?: string;
  private lastSheet?: Sheet;
  /** Each table's amounts in millionths, read once per check (see table-amounts.ts). */
  private readonly amountGrids = new Map<RecognizedTable, TableAmounts>();
  private lastAmountsTable?: RecognizedTable;
  private lastAmounts?: TableAmounts;
  private byId?: Map<TableId, RecognizedTable[]>;

  constructor(
    readonly workbook: Workbook,
    readonly tables: RecognizedTable[],
  ) {
  }

  /** First recognised table with this id (a workbook normally holds one of each). */
  table(id: TableId): RecognizedTable | undefined {
    return this.tablesOf(id)[0];
  }

  /** The tables with this id, in recognition order (shared: do not modify). */
  tablesOf(id: TableId): RecognizedTable[] {
    // Every rule asks for its tables, per unit: group them once.
    if (!this.byId) {
      this.byId = new Map();
      for (const t of this.tables) {
        const list = this.byId.get(t.id);
        if (list) list.push(t);
        else this.byId.set(t.id, [t]);
      }
    }
    return this.byId.get(id) ?? NO_TABLES;
  }

  sheet(name: string): Sheet | undefined {
    if (this.sheets.has(name)) return this.sheets.get(name);
    const sheet = sheetNamed(this.workbook, name);
    this.sheets.set(name, sheet);
    return sheet;
  }

  /**
   * The amount printed at a cell. Empty cells, placeholders and unreadable text count as exact 0;
   * unreadable text is reported once by the number-parsing rule, not here.
   */
  amount(ref: CellRef | undefined): Amount {
    if (!ref) return { value: ZERO_DECIMAL };
    const hit = this.cache.get(ref);
    if (hit) return hit;
    const parsed = this.parsed(ref);
    let amount: Amount = { value: ZERO_DECIMAL, cell: ref };
    if (parsed.kind === 'number') {
      // '3.5万' in a 万元 table is 3.5; in a 元 table 35000 (and its rounding interval scales with it).
      const unit = parsed.suffix ? this.unitOf(ref) : undefined;
      const shift = parsed.suffix && unit ? SUFFIX_EXPONENT[parsed.suffix] - UNIT_EXPONENT[unit] : 0;
      amount = shift === 0
        ? { value: parsed.value, decimals: parsed.decimals, cell: ref }
        : { value: parsed.value.times(new Decimal(10).pow(shift)), decimals: parsed.decimals - shift, cell: ref };
    }
    this.cache.set(ref, amount);
    return amount;
  }

  /** The cell read as a number (parseCell remembers each cell's reading until the cell changes). */
  parsed(ref: CellRef): ParsedNumber {
    return parseCell(this.cell(ref));
  }

  /** The cell at a reference, if any. */
  cell(ref: CellRef): Cell | undefined {
    // Rules read a table's cells in runs on one sheet: remember the last sheet looked up.
    if (ref.sheet !== this.lastSheetName) {
      this.lastSheetName = ref.sheet;
      this.lastSheet = this.sheet(ref.sheet);
    }
    const sheet = this.lastSheet;
    return sheet ? sheet.rows[ref.row]?.[ref.col] : undefined;
  }

  /** The table's amounts in printed millionths: identities sum from these (see TableAmounts.microAt). */
  amountsOf(table: RecognizedTable): TableAmounts {
    // Rules go table by table: remember the last one.
    if (table === this.lastAmountsTable) return this.lastAmounts!;
    let amounts = this.amountGrids.get(table);
    if (!amounts) this.amountGrids.set(table, (amounts = new TableAmounts(table, this)));
    this.lastAmountsTable = table;
    this.lastAmounts = amounts;
    return amounts;
  }

  /**
   * The amount in millionths as an exact JS integer, or null when it cannot be one (more than six
   * decimals, or too large). Lets identities that hold as printed skip Decimal arithmetic.
   */
  micro(ref: CellRef | undefined): number | null {
    if (!ref) return 0;
    const parsed = this.parsed(ref);
    // Text with a written unit ('3.5万') is scaled by amount(): leave it to the Decimal path.
    return parsed.kind !== 'number' ? 0 : parsed.suffix ? null : parsed.micro;
  }

  /** Whether Σ(sign × term) is exactly zero (or ≤ 0) as printed, decided in integers when possible. */
  printedBalance(terms: readonly { ref?: CellRef; sign: 1 | -1 }[]): number | null {
    return this.printedDifference(undefined, terms, 1);
  }

  /**
   * target − Σ sign × part in printed millionths (partSign 1 adds the parts instead), without a
   * term list built for it; null when some term has no exact integer form.
   */
  printedDifference(target: CellRef | undefined, parts: readonly { ref?: CellRef; sign?: 1 | -1 }[], partSign: 1 | -1 = -1): number | null {
    let total = this.micro(target);
    if (total === null) return null;
    for (const p of parts) {
      const m = this.micro(p.ref);
      if (m === null) return null;
      total += partSign * (p.sign ?? 1) * m;
      // Exact while every partial sum is a safe integer; past that, leave it to Decimal.
      if (total > Number.MAX_SAFE_INTEGER || total < -Number.MAX_SAFE_INTEGER) return null;
    }
    return total;
  }

  /** 金额单位 of the table holding the cell; looked up only for the rare text with a written unit. */
  private unitOf(ref: CellRef): Unit | undefined {
    for (const t of this.tables) {
      if (t.sheet === ref.sheet && ref.row >= t.top && ref.row <= t.bottom && ref.col >= t.left && ref.col <= t.right) return t.unit;
    }
    return undefined;
  }

  /** Whether the cell holds any number (as opposed to empty or a placeholder). */
  hasNumber(ref: CellRef | undefined): boolean {
    if (!ref) return false;
    const sheet = this.sheet(ref.sheet);
    return parseCell(sheet ? cellAt(sheet, ref.row, ref.col) : undefined).kind === 'number';
  }
}
