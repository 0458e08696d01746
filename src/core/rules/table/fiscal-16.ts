import type { Finding } from '../../findings/finding';
import type { RecognizedTable } from '../../tables/types';
import type { CheckContext } from '../context';
import { collect, dataRows, hierarchy, rowIdentity, type RuleRef } from './helpers';

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
  return dataRows(table).flatMap((row) =>
    collect(
      COLUMN_SUMS.map(([target, parts, inferred]) =>
        rowIdentity(ctx, { rule: inferred ? { ...rule, inferred: true } : rule, table, row, target, parts }),
      ),
    ),
  );
}

/** T05-2 / T08 part: 年末 = 年初 + 本年收入 − 本年支出, in total and by 基本/项目. */
export function fiscalRollForward(ctx: CheckContext, rule: RuleRef, table: RecognizedTable): Finding[] {
  return dataRows(table).flatMap((row) =>
    collect([
      rowIdentity(ctx, { rule, table, row, target: 'closing.total', parts: ['opening.total', 'income.total', '-exp.total'] }),
      rowIdentity(ctx, { rule, table, row, target: 'closing.basic', parts: ['opening.basic', 'income.basic', '-exp.basic'] }),
      rowIdentity(ctx, { rule, table, row, target: 'closing.project', parts: ['opening.project', 'income.project', '-exp.project'] }),
    ]),
  );
}

export function fiscalHierarchy(ctx: CheckContext, rule: RuleRef, table: RecognizedTable): Finding[] {
  return hierarchy(ctx, rule, table);
}
