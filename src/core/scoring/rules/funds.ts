import Decimal from 'decimal.js';
import { a1 } from '../../model/address';
import type { Finding } from '../../findings/finding';
import type { Amount } from '../../money/amount';
import { compareSums, holds } from '../../money/identity';
import { scoreFinding, formLabel } from '../finding';
import { show } from '../num';
import type { FormCell, FundRow } from '../types';
import type { ScoreContext, ScoreRule } from './types';

const COLUMNS: [keyof FundRow, string][] = [
  ['initial', '年初预算数'],
  ['budget', '全年预算数'],
  ['adjusted', '调整后预算数'],
  ['executed', '全年执行数'],
];

const amount = (c: FormCell | undefined): Amount =>
  c?.num ? { value: c.num.value, decimals: c.num.decimals, cell: c.ref } : { value: new Decimal(0) };

export const FUNDS: ScoreRule = {
  id: 'S-FUNDS',
  title: '资金行相加',
  description:
    '年度资金总额 = 当年财政拨款 + 上年结转资金 + 其他资金（四川：总额 = 财政资金 + 财政专户管理资金 + 单位资金 + 其他资金），逐列（年初预算数、全年预算数/调整后预算数、全年执行数）按四舍五入区间核对；其中各项整列未填时不核对。',
  source: '云南表注 [SEED-4]；四川表式 [SEED-3]',
  check(ctx: ScoreContext): Finding[] {
    const out: Finding[] = [];
    for (const p of ctx.projects) {
      const total = p.funds.find((f) => f.kind === 'total');
      const parts = p.funds.filter((f) => f.kind !== 'total');
      if (!total || parts.length === 0) continue;
      for (const [key, word] of COLUMNS) {
        const t = total[key] as FormCell | undefined;
        if (!t?.num) continue;
        const cells = parts.map((f) => f[key] as FormCell | undefined);
        if (cells.every((c) => !c?.num)) continue; // the sub-rows were not filled in
        const res = compareSums([amount(t)], cells.map(amount));
        if (holds(res)) continue;
        const terms = parts.map((f, i) => `${f.label.replace(/^其中：/, '')} ${cells[i]?.num?.text ?? '0'}`).join(' + ');
        out.push(
          scoreFinding({
            rule: FUNDS.id,
            severity: res.status === 'tail' ? 'warning' : 'error',
            at: t.ref,
            message: `${formLabel(p)}：${total.label}${word} ${t.num.text} ≠ ${terms}（差 ${show(res.difference, 6)}${res.status === 'tail' ? '，尾数差异' : ''}）`,
            expected: show(res.right, 6),
            actual: t.num.text,
            difference: show(res.difference, 6),
            related: parts.flatMap((f, i) => (cells[i] ? [{ sheet: cells[i]!.ref.sheet, cell: a1(cells[i]!.ref.row, cells[i]!.ref.col), role: f.label }] : [])),
            fix: { value: res.right.toNumber(), formula: `SUM(${cells.filter((c) => c).map((c) => a1(c!.ref.row, c!.ref.col)).join(',')})` },
            detail: String(key),
          }),
        );
      }
    }
    return out;
  },
};
