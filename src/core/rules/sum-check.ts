import type { CellRef } from '../model/workbook';
import { a1, qualified } from '../model/address';
import { type Finding, type Severity, findingKey } from '../findings/finding';
import { type Amount, formatAmount, formatSigned } from '../money/amount';
import { type IdentityStatus, compareAtMost, compareSums } from '../money/identity';
import { formatMicro, formatSignedMicro, microStatus, microUnit } from '../money/micro';
import type { Rule } from './types';
import type { CheckContext } from './context';

export interface Term {
  ref?: CellRef;
  /** What the term is, in the words of the table: '基本支出', '公开05表 合计/本年支出合计'. */
  label: string;
  /** −1 for a subtracted term (roll-forward identities). */
  sign?: 1 | -1;
}

export interface SumSpec {
  rule: Pick<Rule, 'id' | 'inferred'>;
  /** Table label for the message: '公开03表'. */
  table: string;
  tableId?: string;
  /** Where in the table, e.g. '“卫生健康支出”行' or '合计行'. */
  where?: string;
  target: Term;
  parts: Term[];
  /** 'eq' (default): target = Σ parts. 'le': target ≤ Σ parts. */
  relation?: 'eq' | 'le';
  /** Offer a fix for the target cell (default true for eq). */
  fixable?: boolean;
}

function severityOf(status: IdentityStatus, inferred?: boolean): Severity | null {
  switch (status) {
    case 'exact':
      return null;
    case 'rounding':
      return 'info';
    case 'tail':
      return 'warning';
    default:
      return inferred ? 'warning' : 'error';
  }
}

function signed(a: Amount, sign: 1 | -1 = 1): Amount {
  return sign === 1 ? a : { ...a, value: a.value.negated() };
}

function joinTerms(terms: { label: string; value: string; sign: 1 | -1 }[]): string {
  return terms.map((t, i) => `${i === 0 ? (t.sign === -1 ? '− ' : '') : t.sign === -1 ? ' − ' : ' + '}${t.label} ${t.value}`).join('');
}

/** An identity judged and worded: what checkSum needs to write a finding, from either path below. */
interface Judgement {
  status: IdentityStatus;
  target: string;
  expected: string;
  difference: string;
  parts: string[];
  /** Σ parts as a number, for the fix. */
  expectedValue: number;
}

/** A term in integer millionths with its printed decimals; undefined decimals = exact (empty, text). */
interface MicroTerm {
  micro: number;
  decimals?: number;
}

function microTerm(ctx: CheckContext, ref: CellRef | undefined): MicroTerm | null {
  // ctx.micro is null where ctx.amount scales the value: a written unit ('3.5万'), another 金额单位.
  const micro = ctx.micro(ref);
  if (micro === null) return null;
  const parsed = ref && ctx.parsed(ref);
  // Empty cells, placeholders and unreadable text count as exact 0, as ctx.amount reads them.
  if (!parsed || parsed.kind !== 'number') return { micro: 0 };
  return parsed.decimals > 6 ? null : { micro, decimals: parsed.decimals };
}

/** The usual case (every term has at most six decimals): judged and worded in integers. */
export function judgeInMicro(ctx: CheckContext, spec: SumSpec): Judgement | null {
  const target = microTerm(ctx, spec.target.ref);
  if (!target) return null;
  const parts: MicroTerm[] = [];
  for (const p of spec.parts) {
    const t = microTerm(ctx, p.ref);
    if (!t) return null;
    parts.push(t);
  }
  let expected = 0;
  let slack = target.decimals === undefined ? 0 : microUnit(target.decimals) / 2;
  let places = target.decimals;
  for (let i = 0; i < parts.length; i++) {
    const t = parts[i];
    expected += (spec.parts[i].sign ?? 1) * t.micro;
    if (t.decimals === undefined) continue;
    slack += microUnit(t.decimals) / 2;
    places = places === undefined ? t.decimals : Math.max(places, t.decimals);
  }
  const difference = target.micro - expected;
  if (Math.abs(expected) > Number.MAX_SAFE_INTEGER || Math.abs(difference) > Number.MAX_SAFE_INTEGER) return null;
  const decimals = target.decimals ?? 2;
  return {
    status: microStatus(difference, slack, microUnit(places ?? 2), spec.relation),
    target: formatMicro(target.micro, decimals),
    expected: formatMicro(expected, decimals),
    difference: formatSignedMicro(difference, decimals),
    parts: parts.map((t) => formatMicro(t.micro, decimals)),
    expectedValue: expected / 1_000_000,
  };
}

/** Any terms (written units, many decimals, huge amounts): Decimal arithmetic. */
export function judgeInDecimal(ctx: CheckContext, spec: SumSpec): Judgement {
  const target = ctx.amount(spec.target.ref);
  const parts = spec.parts.map((p) => signed(ctx.amount(p.ref), p.sign ?? 1));
  const res = spec.relation === 'le' ? compareAtMost([target], parts) : compareSums([target], parts);
  const decimals = target.decimals ?? 2;
  return {
    status: res.status,
    target: formatAmount(target.value, decimals),
    expected: formatAmount(res.right, decimals),
    difference: formatSigned(res.difference, decimals),
    parts: spec.parts.map((p) => formatAmount(ctx.amount(p.ref).value, decimals)),
    expectedValue: res.right.toNumber(),
  };
}

/** Checks one identity through rounding intervals and words the finding. */
export function checkSum(ctx: CheckContext, spec: SumSpec): Finding | null {
  // Most identities hold exactly as printed: decide those in integers, without Decimal.
  const balance = ctx.printedDifference(spec.target.ref, spec.parts);
  if (balance === 0 || (balance !== null && balance < 0 && spec.relation === 'le')) return null;
  if (!spec.target.ref) return null;
  const judged = judgeInMicro(ctx, spec) ?? judgeInDecimal(ctx, spec);
  const severity = severityOf(judged.status, spec.rule.inferred);
  if (!severity) return null;
  const relWord = spec.relation === 'le' ? '>' : '≠';
  const partsText = joinTerms(spec.parts.map((p, i) => ({ label: p.label, value: judged.parts[i], sign: p.sign ?? 1 })));
  const lead = `${spec.table}${spec.where ? ` ${spec.where}` : ''}：`;
  const tail = judged.status === 'tail' ? '，尾数差异' : judged.status === 'rounding' ? '，在四舍五入误差范围内' : '';
  const message = `${lead}${spec.target.label} ${judged.target} ${relWord} ${partsText}（差 ${judged.difference}${tail}）`;
  const ref = spec.target.ref;
  const cell = a1(ref.row, ref.col);
  const fixable = (spec.fixable ?? spec.relation !== 'le') && spec.parts.every((p) => p.ref);
  const finding: Finding = {
    rule: spec.rule.id,
    severity,
    sheet: ref.sheet,
    cell,
    related: spec.parts
      .filter((p) => p.ref)
      .map((p) => ({ sheet: p.ref!.sheet, cell: a1(p.ref!.row, p.ref!.col), role: p.label })),
    expected: judged.expected,
    actual: judged.target,
    difference: judged.difference,
    message,
    table: spec.tableId,
    key: findingKey(spec.rule.id, ref.sheet, cell),
  };
  if (fixable) {
    finding.fix = {
      sheet: ref.sheet,
      cell,
      value: judged.expectedValue,
      formula: sumFormula(ref.sheet, spec.parts),
    };
  }
  return finding;
}

/** =B5+B6−B7 over the part cells, qualified when they sit on another sheet. */
export function sumFormula(targetSheet: string, parts: Term[]): string {
  return parts
    .map((p, i) => {
      const addr = a1(p.ref!.row, p.ref!.col);
      const text = p.ref!.sheet === targetSheet ? addr : qualified(p.ref!.sheet, addr);
      const sign = p.sign === -1 ? '-' : i === 0 ? '' : '+';
      return `${sign}${text}`;
    })
    .join('');
}

/** The same quantity printed in two places: a = b. */
export function checkEqual(ctx: CheckContext, spec: Omit<SumSpec, 'parts'> & { other: Term }): Finding | null {
  return checkSum(ctx, { ...spec, parts: [spec.other] });
}
