import type { Finding } from '../../findings/finding';
import type { CellRef } from '../../model/workbook';
import type { RecognizedTable, TableRow } from '../../tables/types';
import type { CheckContext } from '../context';
import type { Rule } from '../types';
import { collect, columnIdentity, plainFinding, rowWord, rows, tablesOf } from './helpers';
import { isUnreadableAt } from '../table-amounts';

const STAT_KEYS = [
  'stat.abroad.groups', 'stat.abroad.people', 'stat.car.purchased', 'stat.car.owned', 'stat.reception.batches',
  'stat.reception.fa_batches', 'stat.reception.people', 'stat.reception.fa_people', 'stat.abroad_reception.batches', 'stat.abroad_reception.people',
];

function actual(ctx: CheckContext, row: TableRow | undefined): { ref: CellRef; value: number } | undefined {
  const ref = row?.cells.actual;
  if (!ref || !ctx.hasNumber(ref) || isUnreadableAt(ctx, ref)) return undefined;
  return { ref, value: ctx.amount(ref).value.toNumber() };
}

/** “if the amount is spent, the count must be there” (and the converse for 接待批次). */
function implies(ctx: CheckContext, t: RecognizedTable, cause: TableRow | undefined, effect: TableRow | undefined, what: string): Finding | null {
  const c = actual(ctx, cause);
  if (!c || c.value <= 0 || !effect?.cells.actual) return null;
  const e = actual(ctx, effect);
  if (e && e.value > 0) return null;
  return plainFinding({
    rule: T10_2,
    table: t,
    ref: effect.cells.actual,
    actual: e ? String(e.value) : '空',
    message: `${t.label} ${rowWord(effect)}：${rowWord(cause!)}决算数为 ${c.value.toFixed(2)}，${what}却为${e ? ' 0' : '空'}，请核对`,
  });
}

export const T10_2: Rule = {
  id: 'T10-2',
  title: '“三公”经费情况表：机关运行经费与相关统计数合理',
  description:
    '公开10表：机关运行经费 = 行政单位 + 参照公务员法管理事业单位；外事接待批次、人次不超过国内接待批次、人次；第12–21行统计数为非负整数；有出国费应有团组数和人次，有国内接待费应有接待批次和人次，有接待批次应有国内接待费（推断的合理性检查，只作警告）。',
  scope: 'table',
  tables: ['T10'],
  inferred: true,
  source: 'SEED-4 (structure, inferred plausibility)',
  check(ctx) {
    const out: Finding[] = [];
    for (const t of tablesOf(ctx, 'T10')) {
      const [opex, admin, civil, batches, faBatches, people, faPeople, abroad, groups, abroadPeople, domestic] = rows(
        t, 'opex.total', 'opex.admin', 'opex.civil', 'stat.reception.batches', 'stat.reception.fa_batches', 'stat.reception.people',
        'stat.reception.fa_people', 'sg.abroad', 'stat.abroad.groups', 'stat.abroad.people', 'sg.reception.domestic',
      );
      out.push(
        ...collect([
          ...t.columns.map((c) => columnIdentity(ctx, { rule: T10_2, table: t, key: c.key, target: opex, parts: [admin, civil], skipDashParts: true })),
          columnIdentity(ctx, { rule: T10_2, table: t, key: 'actual', target: faBatches, parts: [batches], relation: 'le' }),
          columnIdentity(ctx, { rule: T10_2, table: t, key: 'actual', target: faPeople, parts: [people], relation: 'le' }),
          implies(ctx, t, abroad, groups, '因公出国（境）团组数'),
          implies(ctx, t, abroad, abroadPeople, '因公出国（境）人次数'),
          implies(ctx, t, domestic, batches, '国内公务接待批次'),
          implies(ctx, t, domestic, people, '国内公务接待人次'),
          implies(ctx, t, batches, domestic, '国内接待费'),
        ]),
      );
      for (const row of t.rows.filter((r) => r.key && STAT_KEYS.includes(r.key))) {
        const a = actual(ctx, row);
        if (!a || (a.value >= 0 && Number.isInteger(a.value))) continue;
        out.push(
          plainFinding({
            rule: T10_2,
            table: t,
            ref: a.ref,
            actual: String(a.value),
            message: `${t.label} ${rowWord(row)}：统计数应为非负整数（个、人、辆），表中为 ${a.value}`,
          }),
        );
      }
    }
    return out;
  },
};
