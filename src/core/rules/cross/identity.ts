import type { Finding } from '../../findings/finding';
import type { CellRef } from '../../model/workbook';
import { a1, qualified } from '../../model/address';
import type { RecognizedTable, TableRow } from '../../tables/types';
import type { CheckContext } from '../context';
import { checkSum, type Term } from '../sum-check';
import type { Rule } from '../types';
import { cellLabel, columnWord, rowWord } from './labels';
import { inUnitOf, tableAt } from './units';
import { unitHint } from './unit-hint';
import { NO_INTEGER_MICRO, UNREADABLE_MICRO } from '../table-amounts';

/** One amount of a between-table identity: a table, its row and a column key. */
export interface Place {
  table: RecognizedTable;
  row: TableRow;
  key: string;
  ref: CellRef;
  sign?: 1 | -1;
}

/** The place of (row, column) when the table has both; rules skip what is absent. */
export function place(table: RecognizedTable | undefined, row: TableRow | undefined, key: string): Place | undefined {
  const ref = row?.cells[key];
  return table && row && ref ? { table, row, key, ref } : undefined;
}

export function minus(p: Place | undefined): Place | undefined {
  return p && { ...p, sign: -1 };
}

/** A term with no cell (a row the other table does not print): it counts as exactly 0. */
export interface Absent {
  absent: string;
}

export function absent(table: RecognizedTable, what: string): Absent {
  return { absent: `${table.label} 无${what}` };
}

function isPlace(p: Place | Absent): p is Place {
  return (p as Place).ref !== undefined; // place() makes a Place only with its cell
}

function term(p: Place | Absent): Term {
  return isPlace(p) ? { ref: p.ref, label: cellLabel(p.table, p.row, p.key), sign: p.sign } : { label: p.absent };
}

export interface CrossSpec {
  rule: Pick<Rule, 'id' | 'inferred'>;
  /** The cell the finding points at (and a fix would write). */
  target: Place | undefined;
  parts: (Place | Absent | undefined)[];
  /** 'le': target ≤ Σ parts. */
  relation?: 'eq' | 'le';
  /** A missing part counts as 0 instead of skipping the identity. */
  missingIsZero?: boolean;
  /** Offer the computed value as a fix (default: for equalities). */
  fixable?: boolean;
}

/** target = Σ parts across tables, read in the target table's unit, worded by checkSum. */
export function crossCheck(ctx: CheckContext, spec: CrossSpec): Finding | null {
  const { target } = spec;
  if (!target) return null;
  if (!spec.missingIsZero && spec.parts.some((p) => !p)) return null;
  const unitCtx = inUnitOf(ctx, target.table);
  if (!mayDiffer(ctx, unitCtx, target, spec)) return null;
  const parts = spec.parts.filter((p): p is Place | Absent => !!p);
  const col = columnWord(target.table, target.key);
  const finding = checkSum(unitCtx, {
    rule: spec.rule,
    table: target.table.label,
    tableId: target.table.id,
    where: rowWord(target.row),
    target: { ref: target.ref, label: ['金额', '决算数', '合计', ''].includes(col) ? '金额' : col },
    parts: parts.map(term),
    relation: spec.relation,
    fixable: spec.fixable,
  });
  if (!finding) return null;
  const places = parts.filter(isPlace);
  if (finding.fix?.formula) finding.fix.formula = scaledFormula(ctx, target, places);
  if (finding.severity !== 'info') {
    const hint = unitHint(ctx, unitCtx, target, places);
    if (hint) finding.message += `——${hint}`;
  }
  return finding;
}

/**
 * False when nothing can be reported, decided before any label is worded: a term is unreadable
 * text (NUM-PARSE reports it), or, all tables printing one unit, the identity holds exactly in
 * printed millionths (integers below 10¹⁵; exact while partial sums stay within ±(2⁵³ − 1)).
 */
function mayDiffer(ctx: CheckContext, unitCtx: CheckContext, target: Place, spec: CrossSpec): boolean {
  const first = ctx.amountsOf(target.table).microAt(target.ref);
  if (first === UNREADABLE_MICRO) return false;
  // Amounts in other units are converted by unitCtx: only Decimal compares those.
  let exact = unitCtx === ctx && first !== NO_INTEGER_MICRO;
  let balance = first;
  for (const p of spec.parts) {
    if (!p || !isPlace(p)) continue;
    const m = ctx.amountsOf(p.table).microAt(p.ref);
    if (m === UNREADABLE_MICRO) return false;
    if (!exact) continue;
    if (m === NO_INTEGER_MICRO) exact = false;
    else {
      balance -= (p.sign ?? 1) * m;
      if (balance > Number.MAX_SAFE_INTEGER || balance < -Number.MAX_SAFE_INTEGER) exact = false;
    }
  }
  return !(exact && (balance === 0 || (balance < 0 && spec.relation === 'le')));
}

/** =Σ of the part cells, each scaled into the target table's 金额单位 (元 ↔ 万元). */
function scaledFormula(ctx: CheckContext, target: Place, parts: Place[]): string {
  return parts
    .map((p, i) => {
      const from = tableAt(ctx.tables, p.ref)?.unit ?? target.table.unit;
      const factor = from === target.table.unit ? '' : from === '元' ? '/10000' : '*10000';
      const addr = a1(p.ref.row, p.ref.col);
      const text = p.ref.sheet === target.ref.sheet ? addr : qualified(p.ref.sheet, addr);
      const sign = p.sign === -1 ? '-' : i === 0 ? '' : '+';
      return `${sign}${text}${factor}`;
    })
    .join('');
}

export function collect(findings: (Finding | null | undefined)[]): Finding[] {
  return findings.filter((f): f is Finding => !!f);
}
