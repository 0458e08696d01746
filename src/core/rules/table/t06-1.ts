import { PERSONNEL_CLASSES, PUBLIC_CLASSES } from '../../classification';
import type { TableRow } from '../../tables/types';
import type { Rule } from '../types';
import { collect, columnIdentity, rows, tablesOf } from './helpers';

function classRows(all: TableRow[], codes: readonly string[]): TableRow[] {
  return all.filter((r) => r.code && codes.includes(r.code));
}

export const T06_1: Rule = {
  id: 'T06-1',
  title: '一般公共预算财政拨款基本支出决算表：人员经费合计与公用经费合计',
  description:
    '公开06表（北京表式的政府性基金预算财政拨款基本支出决算表同样）：人员经费合计 = 301 工资福利支出 + 303 对个人和家庭的补助；公用经费合计 = 302 商品和服务支出 + 307 债务利息及费用支出 + 310 资本性支出 + 312 对企业补助 + 399 其他支出。',
  scope: 'table',
  tables: ['T06', 'T08B'],
  source: 'SEED-4 (panel structure); CODE C1 R33117',
  check(ctx) {
    return tablesOf(ctx, 'T06', 'T08B').flatMap((t) => {
      const [personnel, pub] = rows(t, 'personnel.total', 'public.total');
      return collect([
        columnIdentity(ctx, { rule: T06_1, table: t, key: 'amount', target: personnel, parts: classRows(t.rows, PERSONNEL_CLASSES) }),
        columnIdentity(ctx, { rule: T06_1, table: t, key: 'amount', target: pub, parts: classRows(t.rows, PUBLIC_CLASSES) }),
      ]);
    });
  },
};
