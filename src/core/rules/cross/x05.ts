import type { Finding } from '../../findings/finding';
import { rowByKey, totalRow } from '../rows';
import type { RecognizedTable } from '../../tables/types';
import type { CheckContext } from '../context';
import type { Rule } from '../types';
import { pairByCode } from './bycode';
import { absent, crossCheck, place } from './identity';

/** Which detail table and column holds each 资金 column of 公开04表's expenditure side. */
const FUND_TABLES: [t04Col: string, id: 'T05' | 'T08' | 'T09', col: string][] = [
  ['gpb', 'T05', 'exp.total'],
  ['fund', 'T08', 'exp.total'],
  ['soe', 'T09', 'exp'],
];

function perFund(ctx: CheckContext, t04: RecognizedTable, t04Col: string, detail: RecognizedTable, col: string): (Finding | null)[] {
  const out: (Finding | null)[] = [
    crossCheck(ctx, { rule: X05, target: place(t04, rowByKey(t04, 'exp.total'), t04Col), parts: [place(detail, totalRow(detail), col)] }),
  ];
  for (const { code, left, right } of pairByCode(t04, detail, ['class'])) {
    const a = place(t04, left, t04Col);
    const b = place(detail, right, col);
    if (a) out.push(crossCheck(ctx, { rule: X05, target: a, parts: [b ?? absent(detail, `${code} 类级行`)] }));
    else if (b) out.push(crossCheck(ctx, { rule: X05, target: b, parts: [absent(t04, `${code} 对应的类级行`)] }));
  }
  return out;
}

export const X05: Rule = {
  id: 'X05',
  title: '财政拨款支出与分资金来源支出表一致',
  description:
    '公开04表 本年支出合计及每个功能分类“类”：一般公共预算财政拨款 = 公开05表 本年支出合计；政府性基金 = 公开08表 本年支出合计；国有资本经营 = 公开09表 本年支出。',
  scope: 'cross',
  tables: ['T04', 'T05', 'T08', 'T09'],
  source: 'CODE C1 R33202',
  check(ctx) {
    const t04 = ctx.table('T04');
    if (!t04) return [];
    const out: (Finding | null)[] = [];
    for (const [t04Col, id, col] of FUND_TABLES) {
      const detail = ctx.table(id);
      if (detail) out.push(...perFund(ctx, t04, t04Col, detail, col));
    }
    return out.filter((f): f is Finding => !!f);
  },
};
