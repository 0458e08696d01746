import type { Finding } from '../../findings/finding';
import { rowByKey } from '../rows';
import type { CheckContext } from '../context';
import type { Rule } from '../types';
import { crossCheck, place } from './identity';

export const SAN_GONG_ROWS = [
  'sg.total',
  'sg.abroad',
  'sg.car',
  'sg.car.purchase',
  'sg.car.run',
  'sg.reception',
  'sg.reception.domestic',
  'sg.reception.foreign_affairs',
  'sg.reception.abroad',
];

/** No 政府性基金 / 国有资本经营 money this year (公开04表, else 公开01表): all 财政拨款 is 一般公共预算. */
export function onlyGeneralBudget(ctx: CheckContext): boolean {
  const zero = (id: 'T01' | 'T04', key: string, col: string) => {
    const ref = rowByKey(ctx.table(id), key)?.cells[col];
    return !ref || ctx.amount(ref).value.isZero();
  };
  if (ctx.table('T04')) {
    return (
      ['inc.fund', 'inc.soe', 'inc.opening.fund', 'inc.opening.soe'].every((k) => zero('T04', k, 'amount')) &&
      ['fund', 'soe'].every((c) => zero('T04', 'exp.total', c))
    );
  }
  return !!ctx.table('T01') && ['inc.fund', 'inc.soe'].every((k) => zero('T01', k, 'amount'));
}

export const X12: Rule = {
  id: 'X12',
  title: '一般公共预算“三公”经费不超过财政拨款“三公”经费',
  description:
    '公开11表（一般公共预算财政拨款）每行 ≤ 公开10表（全部财政拨款）同一行，预算数、全年预算数、决算数各栏；没有政府性基金和国有资本经营预算资金时，决算数两表应相等。',
  scope: 'cross',
  tables: ['T10', 'T11'],
  source: 'SEED-4 (notes under 公开10/11)',
  check(ctx) {
    const t10 = ctx.table('T10');
    const t11 = ctx.table('T11');
    if (!t10 || !t11) return [];
    const equal = onlyGeneralBudget(ctx);
    const out: (Finding | null)[] = [];
    for (const key of SAN_GONG_ROWS) {
      for (const col of ['budget', 'budget.full', 'actual']) {
        const relation = equal && col === 'actual' ? 'eq' : 'le';
        out.push(crossCheck(ctx, { rule: X12, target: place(t11, rowByKey(t11, key), col), parts: [place(t10, rowByKey(t10, key), col)], relation }));
      }
    }
    return out.filter((f): f is Finding => !!f);
  },
};
