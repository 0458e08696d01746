import type { Finding } from '../../findings/finding';
import { findingKey } from '../../findings/finding';
import { a1 } from '../../model/address';
import type { CellRef } from '../../model/workbook';
import { childRows, rowByKey, totalRow } from '../../tables/access';
import type { RecognizedTable, TableId, TableRow } from '../../tables/types';
import type { CheckContext } from '../context';
import { checkSum, type Term } from '../sum-check';
import type { Rule } from '../types';
import { rowWord } from '../cross/labels';
import { factsOf, isDash, unreadable } from './cell-facts';
import { colWord } from './words';

export { colWord, isDash, unreadable, rowWord };

/** Rule identity as checkSum needs it; one identity may be marked inferred on its own. */
export type RuleRef = Pick<Rule, 'id' | 'inferred'>;

export function collect(findings: (Finding | null | undefined)[]): Finding[] {
  return findings.filter((f): f is Finding => !!f);
}

/** Every recognised table with one of these ids (a workbook may hold several units' tables). */
export function tablesOf(ctx: CheckContext, ...ids: TableId[]): RecognizedTable[] {
  return ids.flatMap((id) => ctx.tablesOf(id));
}

/**
 * The identity holds on the printed values themselves (the usual case): checkSum would report
 * nothing, so its interval arithmetic and wording are skipped. Anything else goes to checkSum.
 */
function holdsAsPrinted(ctx: CheckContext, target: CellRef, parts: Term[], relation?: 'eq' | 'le'): boolean {
  const balance = ctx.printedBalance([{ ref: target, sign: 1 }, ...parts.map((p) => ({ ref: p.ref, sign: (-(p.sign ?? 1)) as 1 | -1 }))]);
  if (balance !== null) return relation === 'le' ? balance <= 0 : balance === 0;
  let sum = factsOf(ctx, target).value;
  for (const p of parts) sum = p.sign === -1 ? sum.plus(factsOf(ctx, p.ref!).value) : sum.minus(factsOf(ctx, p.ref!).value);
  return relation === 'le' ? sum.lessThanOrEqualTo(0) : sum.isZero();
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
  const target = row.cells[spec.target];
  if (!target) return null;
  const parts: (Term & { key: string })[] = [];
  for (const p of spec.parts) {
    const key = p.startsWith('-') ? p.slice(1) : p;
    const ref = row.cells[key];
    if (!ref) return null;
    parts.push({ ref, key, label: '', sign: p.startsWith('-') ? -1 : 1 });
  }
  if ([target, ...parts.map((t) => t.ref!)].some((r) => unreadable(ctx, r))) return null;
  if (holdsAsPrinted(ctx, target, parts, spec.relation)) return null;
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
  const { table, key } = spec;
  const target = spec.target?.cells[key];
  if (!target) return null;
  const parts: (Term & { row: TableRow })[] = [];
  for (const p of spec.parts) {
    const row = p && 'sign' in p ? p.row : (p as TableRow | undefined);
    const sign = p && 'sign' in p ? -1 : 1;
    const ref = row?.cells[key];
    if (!row || !ref) continue;
    parts.push({ ref, row, label: '', sign });
  }
  if (!parts.length) return null;
  if (spec.skipDashParts && parts.every((t) => isDash(ctx, t.ref))) return null;
  if ([target, ...parts.map((t) => t.ref!)].some((r) => unreadable(ctx, r))) return null;
  if (holdsAsPrinted(ctx, target, parts, spec.relation)) return null;
  for (const p of parts) p.label = rowWord(p.row);
  const col = colWord(table, key);
  return checkSum(ctx, {
    rule: spec.rule,
    table: table.label,
    tableId: table.id,
    where: col === '金额' ? undefined : `${col}栏`,
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
  // Each parent with its printed children, computed once for all columns.
  const families = table.rows
    .filter((p) => p.code && (p.code.length === 3 || p.code.length === 5))
    .map((parent) => ({ parent, kids: childRows(table, parent.code!) }))
    .filter((f) => f.kids.length);
  for (const col of table.columns) {
    if (total && classes.length) out.push(...collect([columnIdentity(ctx, { rule, table, key: col.key, target: total, parts: classes })]));
    for (const { parent, kids } of families) out.push(...collect([columnIdentity(ctx, { rule, table, key: col.key, target: parent, parts: kids })]));
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
}

/** A finding that is not a sum (plausibility, structure): warning unless said otherwise. */
export function plainFinding(spec: PlainFinding): Finding {
  const cell = a1(spec.ref.row, spec.ref.col);
  return {
    rule: spec.rule.id,
    severity: spec.severity ?? 'warning',
    sheet: spec.ref.sheet,
    cell,
    related: [],
    actual: spec.actual,
    expected: spec.expected,
    message: spec.message,
    table: spec.table.id,
    key: findingKey(spec.rule.id, spec.ref.sheet, cell, spec.detail ?? ''),
  };
}

