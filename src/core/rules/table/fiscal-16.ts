import type { Finding } from '../../findings/finding';
import type { RecognizedTable } from '../../tables/types';
import type { CheckContext } from '../context';
import { dataRows, hierarchy, rowIdentity, type RuleRef } from './helpers';

/** Column identities of the 16-栏 tables (公开05/08): [target, parts, inferred?]. */
const COLUMN_SUMS: [string, string[], boolean?][] = [
  ['opening.total', ['opening.basic', 'opening.project']],
  ['income.total', ['income.basic', 'income.project']],
  ['exp.total', ['exp.basic', 'exp.project']],
  ['exp.basic', ['exp.personnel', 'exp.public']],
  ['closing.total', ['closing.basic', 'closing.project']],
  // c14–c16 headers are partly inferred (the seed export lost a header cell).
  ['closing.project', ['closing.project.carry', 'closing.project.surplus'], true],
];

/** T05-1 / T08 part: 合计 = 基本 + 项目 in each block; 基本支出 = 人员经费 + 公用经费. */
export function fiscalColumnSums(ctx: CheckContext, rule: RuleRef, table: RecognizedTable): Finding[] {
  const out: Finding[] = [];
  const inferredRule: RuleRef = { ...rule, inferred: true };
  for (const row of dataRows(table)) {
    for (const [target, parts, inferred] of COLUMN_SUMS) {
      const f = rowIdentity(ctx, { rule: inferred ? inferredRule : rule, table, row, target, parts });
      if (f) out.push(f);
    }
  }
  return out;
}

const ROLL_FORWARD: [string, string[]][] = [
  ['closing.total', ['opening.total', 'income.total', '-exp.total']],
  ['closing.basic', ['opening.basic', 'income.basic', '-exp.basic']],
  ['closing.project', ['opening.project', 'income.project', '-exp.project']],
];

/** T05-2 / T08 part: 年末 = 年初 + 本年收入 − 本年支出, in total and by 基本/项目. */
export function fiscalRollForward(ctx: CheckContext, rule: RuleRef, table: RecognizedTable): Finding[] {
  const out: Finding[] = [];
  for (const row of dataRows(table)) {
    for (const [target, parts] of ROLL_FORWARD) {
      const f = rowIdentity(ctx, { rule, table, row, target, parts });
      if (f) out.push(f);
    }
  }
  return out;
}

export function fiscalHierarchy(ctx: CheckContext, rule: RuleRef, table: RecognizedTable): Finding[] {
  return hierarchy(ctx, rule, table);
}
