import type { Finding } from '../../findings/finding';
import type { Rule } from '../types';
import { plainFinding, rowWord, tablesOf } from './helpers';

/** Rows whose 预算数 / 全年预算数 the template prints as “—” (only 决算统计数 is filled). */
const DASH_ROWS = [
  'sg.heading', 'sg.reception.domestic', 'sg.reception.foreign_affairs', 'sg.reception.abroad', 'stat.heading',
  'stat.abroad.groups', 'stat.abroad.people', 'stat.car.purchased', 'stat.car.owned', 'stat.reception.batches',
  'stat.reception.fa_batches', 'stat.reception.people', 'stat.reception.fa_people', 'stat.abroad_reception.batches',
  'stat.abroad_reception.people', 'opex.total', 'opex.admin', 'opex.civil',
];

export const T10_3: Rule = {
  id: 'T10-3',
  title: '“三公”经费情况表：标“—”的栏不应填数',
  description: '公开10表 第1行和第8–24行的“预算数”“全年预算数”两栏在模板中为“—”（只填决算统计数），填了数字说明填错了行或栏（推断，只作警告）。',
  scope: 'table',
  tables: ['T10'],
  inferred: true,
  source: 'SEED-4 layout (inferred)',
  check(ctx) {
    const out: Finding[] = [];
    for (const t of tablesOf(ctx, 'T10')) {
      for (const row of t.rows) {
        if (!row.key || !DASH_ROWS.includes(row.key)) continue;
        for (const key of ['budget', 'budget.full']) {
          const ref = row.cells[key];
          if (!ref || !ctx.hasNumber(ref) || ctx.amount(ref).value.isZero()) continue;
          out.push(
            plainFinding({
              rule: T10_3,
              table: t,
              ref,
              actual: ctx.amount(ref).value.toFixed(),
              expected: '—',
              message: `${t.label} ${rowWord(row)}：“${key === 'budget' ? '预算数' : '全年预算数'}”栏按模板应为“—”，表中填了 ${ctx.amount(ref).value.toFixed()}`,
            }),
          );
        }
      }
    }
    return out;
  },
};
