import type { CellRef } from '../model/workbook';
import { a1, qualified } from '../model/address';
import { type Finding, type Severity, findingKey } from '../findings/finding';
import { type Amount, formatAmount, formatSigned } from '../money/amount';
import { type IdentityResult, compareAtMost, compareSums } from '../money/identity';
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

function severityOf(res: IdentityResult, inferred?: boolean): Severity | null {
  switch (res.status) {
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

/** Checks one identity through rounding intervals and words the finding. */
export function checkSum(ctx: CheckContext, spec: SumSpec): Finding | null {
  // Most identities hold exactly as printed: decide those in integers, without Decimal.
  const balance = ctx.printedBalance([{ ref: spec.target.ref, sign: 1 }, ...spec.parts.map((p) => ({ ref: p.ref, sign: (-(p.sign ?? 1)) as 1 | -1 }))]);
  if (balance === 0 || (balance !== null && balance < 0 && spec.relation === 'le')) return null;
  const target = ctx.amount(spec.target.ref);
  const parts = spec.parts.map((p) => signed(ctx.amount(p.ref), p.sign ?? 1));
  const res = spec.relation === 'le' ? compareAtMost([target], parts) : compareSums([target], parts);
  const severity = severityOf(res, spec.rule.inferred);
  if (!severity || !spec.target.ref) return null;
  const decimals = target.decimals ?? 2;
  const expected = res.right;
  const relWord = spec.relation === 'le' ? '>' : '≠';
  const partsText = joinTerms(
    spec.parts.map((p) => ({ label: p.label, value: formatAmount(ctx.amount(p.ref).value, decimals), sign: p.sign ?? 1 })),
  );
  const lead = `${spec.table}${spec.where ? ` ${spec.where}` : ''}：`;
  const tail = res.status === 'tail' ? '，尾数差异' : res.status === 'rounding' ? '，在四舍五入误差范围内' : '';
  const message = `${lead}${spec.target.label} ${formatAmount(target.value, decimals)} ${relWord} ${partsText}（差 ${formatSigned(res.difference, decimals)}${tail}）`;
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
    expected: formatAmount(expected, decimals),
    actual: formatAmount(target.value, decimals),
    difference: formatSigned(res.difference, decimals),
    message,
    table: spec.tableId,
    key: findingKey(spec.rule.id, ref.sheet, cell),
  };
  if (fixable) {
    finding.fix = {
      sheet: ref.sheet,
      cell,
      value: expected.toNumber(),
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
