import type { Finding } from '../../findings/finding';
import { rowByKey, totalRow } from '../rows';
import type { Rule } from '../types';
import { crossCheck, place, type Place } from './identity';

/** Per 资金来源: the detail table and its 本年收入 / 年初 / 年末 columns. */
const FUNDS = [
  { id: 'T05', suffix: 'gpb', col: 'gpb', income: 'income.total', opening: 'opening.total', closing: 'closing.total' },
  { id: 'T08', suffix: 'fund', col: 'fund', income: 'income.total', opening: 'opening.total', closing: 'closing.total' },
  { id: 'T09', suffix: 'soe', col: 'soe', income: 'income', opening: 'opening.total', closing: 'closing.total' },
] as const;

export const X06: Rule = {
  id: 'X06',
  title: '财政拨款收入、年初年末结转与分资金来源表一致',
  description:
    '公开04表 第1–3行 = 公开05/08/09表 合计行 本年收入；第29–31行（年初结转和结余）= 各表 年初结转和结余合计；第60行（年末结转和结余）= 公开05表 + 公开08表 + 公开09表 年末结转和结余合计（分资金栏次亦同）。',
  scope: 'cross',
  tables: ['T04', 'T05', 'T08', 'T09'],
  inferred: true,
  source: 'inferred (definitions of the columns)',
  check(ctx) {
    const t04 = ctx.table('T04');
    if (!t04) return [];
    const out: (Finding | null)[] = [];
    const closingRow = rowByKey(t04, 'exp.closing');
    const closings: (Place | undefined)[] = [];
    for (const f of FUNDS) {
      const detail = ctx.table(f.id);
      if (!detail) {
        closings.push(undefined);
        continue;
      }
      const total = totalRow(detail);
      const t04Row = (key: string) => place(t04, rowByKey(t04, key), 'amount');
      out.push(crossCheck(ctx, { rule: X06, target: t04Row(`inc.${f.suffix}`), parts: [place(detail, total, f.income)] }));
      out.push(crossCheck(ctx, { rule: X06, target: t04Row(`inc.opening.${f.suffix}`), parts: [place(detail, total, f.opening)] }));
      const closing = place(detail, total, f.closing);
      closings.push(closing);
      // 年末 by 资金 column of row 60, and the three unlabelled sub-rows 61–63 where recognised.
      out.push(crossCheck(ctx, { rule: X06, target: place(t04, closingRow, f.col), parts: [closing] }));
      out.push(crossCheck(ctx, { rule: X06, target: place(t04, rowByKey(t04, `exp.closing.${f.suffix}`), 'total'), parts: [closing] }));
    }
    out.push(crossCheck(ctx, { rule: X06, target: place(t04, closingRow, 'total'), parts: closings }));
    return out.filter((f): f is Finding => !!f);
  },
};
