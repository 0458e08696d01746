import type { Finding } from '../../findings/finding';
import { findingKey } from '../../findings/finding';
import { a1 } from '../../model/address';
import type { CellRef } from '../../model/workbook';
import { childRows, rowByKey, totalRow } from '../rows';
import type { RecognizedTable, TableId, TableRow } from '../../tables/types';
import type { CheckContext } from '../context';
import { checkSum, type Term } from '../sum-check';
import type { Rule } from '../types';
import { rowWord } from '../cross/labels';
import { isDash } from './cell-facts';
import { colWord } from './words';
import { NO_INTEGER_MICRO, type TableAmounts, UNREADABLE_MICRO } from '../table-amounts';

export { colWord, isDash, rowWord };

/** Rule identity as checkSum needs it; one identity may be marked inferred on its own. */
export type RuleRef = Pick<Rule, 'id' | 'inferred'>;

export function collect(findings: (Finding | null | undefined)[]): Finding[] {
  return findings.filter((f): f is Finding => !!f);
}

/** Every recognised table with one of these ids (a workbook may hold several units' tables). */
export function tablesOf(ctx: CheckContext, ...ids: TableId[]): RecognizedTable[] {
  return ids.length === 1 ? ctx.tablesOf(ids[0]) : ids.flatMap((id) => ctx.tablesOf(id));
}

/**
 * The identity holds on the printed values themselves (the usual case): checkSum would report
 * nothing, so its interval arithmetic and wording are skipped. `balance` is target − Σ parts in
 * printed millionths (null when some term has no exact integer form): then Decimal decides.
 */
function holdsAsPrinted(ctx: CheckContext, balance: number | null, target: CellRef, parts: Term[], relation?: 'eq' | 'le'): boolean {
  if (balance !== null) return relation === 'le' ? balance <= 0 : balance === 0;
  let sum = ctx.amount(target).value;
  for (const p of parts) sum = p.sign === -1 ? sum.plus(ctx.amount(p.ref).value) : sum.minus(ctx.amount(p.ref).value);
  return relation === 'le' ? sum.lessThanOrEqualTo(0) : sum.isZero();
}

/** Sentinel of the fast paths below: some term is unreadable text (NUM-PARSE reports it). */
const UNREADABLE = Symbol('unreadable');

/**
 * target − Σ parts in printed millionths, summed term by term in one mutable object: a double
 * returned from a call per term would be boxed, and a large workbook sums ~300,000 terms.
 * Exact: microAt() values are integers below 10¹⁵ in magnitude, and a sum of integers is exact in
 * doubles while every partial sum stays within ±(2⁵³ − 1); past that (or for a term with no
 * integer form) the balance is null and Decimal decides. An unreadable term makes it UNREADABLE.
 */
class PrintedBalance {
  total = 0;
  exact = true;
  unreadable = false;

  /** Identities are summed one at a time: one balance, reset for each. */
  start(): this {
    this.total = 0;
    this.exact = true;
    this.unreadable = false;
    return this;
  }

  add(amounts: TableAmounts, ref: CellRef, sign: number): void {
    const m = amounts.microAt(ref);
    if (m === UNREADABLE_MICRO) this.unreadable = true;
    else if (m === NO_INTEGER_MICRO) this.exact = false;
    else {
      this.total += sign * m;
      if (this.total > Number.MAX_SAFE_INTEGER || this.total < -Number.MAX_SAFE_INTEGER) this.exact = false;
    }
  }

  result(): number | null | typeof UNREADABLE {
    return this.unreadable ? UNREADABLE : this.exact ? this.total : null;
  }

  /** Nothing to report: the identity holds exactly as printed, or a term is unreadable. */
  holds(relation?: 'eq' | 'le'): boolean {
    return this.unreadable || (this.exact && (this.total === 0 || (this.total < 0 && relation === 'le')));
  }
}
const scratchBalance = new PrintedBalance();

/** Column keys of a row identity: '-exp.total' subtracts 'exp.total' (the key without its sign kept, not re-sliced). */
const unsignedKeys = new Map<string, string>();
function unsigned(part: string): string {
  let key = unsignedKeys.get(part);
  if (key === undefined) unsignedKeys.set(part, (key = part.slice(1)));
  return key;
}

export interface RowIdentity {
  rule: RuleRef;
  table: RecognizedTable;
  row: TableRow | undefined;
  target: string;
  /** Column keys; prefix '-' subtracts. */
  parts: string[];
  relation?: 'eq' | 'le';
  fixable?: boolean;
}

/** One row: cells[target] = Σ cells[parts]. Skipped when the row or a column is absent. */
export function rowIdentity(ctx: CheckContext, spec: RowIdentity): Finding | null {
  const { table, row } = spec;
  if (!row) return null;
  const cells = row.cells;
  const target = cells[spec.target];
  if (!target) return null;
  // Decide first, allocation-free, whether there is anything to report (the usual answer: no).
  const amounts = ctx.amountsOf(table);
  const sum = scratchBalance.start();
  sum.add(amounts, target, 1);
  const specParts = spec.parts;
  for (let i = 0; i < specParts.length; i++) {
    const p = specParts[i];
    const minus = p.charCodeAt(0) === 45; // '-'
    const ref = cells[minus ? unsigned(p) : p];
    if (!ref) return null;
    sum.add(amounts, ref, minus ? 1 : -1);
  }
  if (sum.holds(spec.relation)) return null;
  return rowFinding(ctx, spec, row, target, sum.result() as number | null);
}

/** The identity does not hold as printed in integers: word it through checkSum (Decimal). */
function rowFinding(ctx: CheckContext, spec: RowIdentity, row: TableRow, target: CellRef, balance: number | null): Finding | null {
  const { table } = spec;
  const cells = row.cells;
  const parts: (Term & { key: string })[] = [];
  for (const p of spec.parts) {
    const key = p.startsWith('-') ? p.slice(1) : p;
    parts.push({ ref: cells[key], key, label: '', sign: p.startsWith('-') ? -1 : 1 });
  }
  if (holdsAsPrinted(ctx, balance, target, parts, spec.relation)) return null;
  for (const p of parts) p.label = colWord(table, p.key);
  return checkSum(ctx, {
    rule: spec.rule,
    table: table.label,
    tableId: table.id,
    where: rowWord(row),
    target: { ref: target, label: colWord(table, spec.target) },
    parts,
    relation: spec.relation,
    fixable: spec.fixable,
  });
}

export interface ColumnIdentity {
  rule: RuleRef;
  table: RecognizedTable;
  key: string;
  target: TableRow | undefined;
  /** Rows added (or subtracted with sign −1); absent rows are left out. */
  parts: (TableRow | undefined | { row: TableRow | undefined; sign: -1 })[];
  relation?: 'eq' | 'le';
  fixable?: boolean;
  /** Leave the identity out when every part is “—” (not applicable in this column). */
  skipDashParts?: boolean;
}

/** One column over rows: target row = Σ part rows, worded with row names. */
export function columnIdentity(ctx: CheckContext, spec: ColumnIdentity): Finding | null {
  const { key } = spec;
  const target = spec.target?.cells[key];
  if (!target) return null;
  // Decide first, allocation-free, whether there is anything to report (the usual answer: no).
  const amounts = ctx.amountsOf(spec.table);
  const sum = scratchBalance.start();
  sum.add(amounts, target, 1);
  let count = 0;
  const specParts = spec.parts;
  for (let i = 0; i < specParts.length; i++) {
    const ref = partRow(specParts[i])?.cells[key];
    if (!ref) continue;
    count++;
    sum.add(amounts, ref, partSign(specParts[i]));
  }
  if (!count || sum.holds(spec.relation)) return null;
  const balance = sum.result() as number | null;
  // Only now, with something to report, see whether the parts are all “—” (not applicable).
  if (spec.skipDashParts && allDash(ctx, key, specParts)) return null;
  return columnFinding(ctx, spec, target, balance);
}

type ColumnPart = ColumnIdentity['parts'][number];

function partRow(p: ColumnPart): TableRow | undefined {
  return p && 'sign' in p ? (p as { row: TableRow | undefined }).row : (p as TableRow | undefined);
}

/** −1 in the balance for an added row, +1 for a subtracted one (balance = target − Σ parts). */
function partSign(p: ColumnPart): number {
  return p && 'sign' in p ? 1 : -1;
}

function allDash(ctx: CheckContext, key: string, parts: ColumnPart[]): boolean {
  for (const p of parts) {
    const ref = partRow(p)?.cells[key];
    if (ref && !isDash(ctx, ref)) return false;
  }
  return true;
}

/**
 * Whether parent = Σ kids in this column leaves nothing to report, decided in millionths without
 * building an identity (hierarchy checks every family in every column; almost all hold).
 * False means “not known to hold”: columnIdentity then judges it in full.
 */
function familyHolds(amounts: TableAmounts, key: string, parent: TableRow, kids: TableRow[]): boolean {
  const target = parent.cells[key];
  if (!target) return true;
  const sum = scratchBalance.start();
  sum.add(amounts, target, 1);
  let count = 0;
  for (let i = 0; i < kids.length; i++) {
    const ref = kids[i].cells[key];
    if (!ref) continue;
    count++;
    sum.add(amounts, ref, -1);
  }
  return count === 0 || sum.holds();
}

/** The identity does not hold as printed in integers: word it through checkSum (Decimal). */
function columnFinding(ctx: CheckContext, spec: ColumnIdentity, target: CellRef, balance: number | null): Finding | null {
  const { table, key } = spec;
  const parts: (Term & { row: TableRow })[] = [];
  for (const p of spec.parts) {
    const row = p && 'sign' in p ? p.row : (p as TableRow | undefined);
    const sign = p && 'sign' in p ? -1 : 1;
    const ref = row?.cells[key];
    if (!row || !ref) continue;
    parts.push({ ref, row, label: '', sign });
  }
  if (holdsAsPrinted(ctx, balance, target, parts, spec.relation)) return null;
  for (const p of parts) p.label = rowWord(p.row);
  const col = colWord(table, key);
  return checkSum(ctx, {
    rule: spec.rule,
    table: table.label,
    tableId: table.id,
    // Items printed as columns are the 栏 already: their block (决算数) is named without it.
    where: col === '金额' ? undefined : spec.target!.across ? col : `${col}栏`,
    target: { ref: target, label: rowWord(spec.target!) },
    parts,
    relation: spec.relation,
    fixable: spec.fixable,
  });
}

export function rows(table: RecognizedTable, ...keys: string[]): (TableRow | undefined)[] {
  return keys.map((k) => rowByKey(table, k));
}

/**
 * 功能分类 hierarchy in every column: 合计 = Σ 类, 类 = Σ 款 (same prefix), 款 = Σ 项.
 * A parent whose children are not printed is not judged.
 */
export function hierarchy(ctx: CheckContext, rule: RuleRef, table: RecognizedTable): Finding[] {
  const out: Finding[] = [];
  const total = totalRow(table);
  const classes = table.rows.filter((r) => r.level === 'class' && r.code);
  const families = familiesOf(table);
  if (total && classes.length) families.unshift({ parent: total, kids: classes });
  const amounts = ctx.amountsOf(table);
  for (const key of columnKeys(table)) {
    for (let i = 0; i < families.length; i++) {
      const { parent, kids } = families[i];
      if (familyHolds(amounts, key, parent, kids)) continue;
      const f = columnIdentity(ctx, { rule, table, key, target: parent, parts: kids });
      if (f) out.push(f);
    }
  }
  return out;
}

/** Each column key once: side-by-side panels (公开06/07) print one key in several columns. */
function columnKeys(table: RecognizedTable): string[] {
  const keys: string[] = [];
  for (const c of table.columns) if (!keys.includes(c.key)) keys.push(c.key);
  return keys;
}

/**
 * Each 类/款 row with its printed children (rows whose code extends it by two digits), in table
 * order: one pass over the rows, the same families `childRows` gives parent by parent.
 */
function familiesOf(table: RecognizedTable): { parent: TableRow; kids: TableRow[] }[] {
  const byParent = new Map<string, TableRow[]>();
  for (const r of table.rows) {
    const code = r.code;
    if (!code || (code.length !== 5 && code.length !== 7)) continue;
    const parentCode = code.slice(0, code.length - 2);
    const kids = byParent.get(parentCode);
    if (kids) kids.push(r);
    else byParent.set(parentCode, [r]);
  }
  const out: { parent: TableRow; kids: TableRow[] }[] = [];
  for (const parent of table.rows) {
    const code = parent.code;
    if (!code || (code.length !== 3 && code.length !== 5)) continue;
    const kids = byParent.get(code);
    if (kids) out.push({ parent, kids });
  }
  return out;
}

/** Rows with a code (类/款/项) or the 合计 row: the rows per-row identities run on. */
export function dataRows(table: RecognizedTable): TableRow[] {
  return table.rows.filter((r) => r.level !== undefined);
}

export interface PlainFinding {
  rule: RuleRef;
  table: RecognizedTable;
  ref: CellRef;
  message: string;
  severity?: Finding['severity'];
  actual?: string;
  expected?: string;
  detail?: string;
  related?: Finding['related'];
}

/** A finding that is not a sum (plausibility, structure): warning unless said otherwise. */
export function plainFinding(spec: PlainFinding): Finding {
  const cell = a1(spec.ref.row, spec.ref.col);
  return {
    rule: spec.rule.id,
    severity: spec.severity ?? 'warning',
    sheet: spec.ref.sheet,
    cell,
    related: spec.related ?? [],
    actual: spec.actual,
    expected: spec.expected,
    message: spec.message,
    table: spec.table.id,
    key: findingKey(spec.rule.id, spec.ref.sheet, cell, spec.detail ?? ''),
  };
}

