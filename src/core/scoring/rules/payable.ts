import Decimal from 'decimal.js';
import type { Finding } from '../../findings/finding';
import { indicatorName, scoreFinding, formLabel, related } from '../finding';
import { hasNum, show } from '../num';
import { quantityOf } from '../quantity';
import type { ScoreContext, ScoreRule } from './types';
import type { Indicator } from '../types';

/** The 应缴财政款及时性 rows. */
export const isPayableRow = (i: Indicator) => /应缴财政款/.test(i.content + i.level3);

/** The score the printed rule gives (0 → full, ≠ 0 → 0) when the row's score is off it. */
export function payableExpectation(i: Indicator): Decimal | undefined {
  if (!isPayableRow(i) || !hasNum(i.score) || !hasNum(i.weight)) return undefined;
  const q = quantityOf(i.actual);
  if (!q) return undefined;
  const expected = q.value.isZero() ? i.weight.num.value : new Decimal(0);
  return i.score.num.value.equals(expected) ? undefined : expected;
}

export const PAYABLE: ScoreRule = {
  id: 'S-PAYABLE',
  title: '应缴财政款 = 0',
  description: '部门整体表的应缴财政款及时性：应缴财政款 = 0 得满分，≠ 0 得 0 分（表内印制规则）。',
  source: '辽宁部门（单位）整体绩效自评表印制规则 [SEED-2]',
  check(ctx: ScoreContext): Finding[] {
    const out: Finding[] = [];
    for (const d of ctx.depts)
      for (const i of d.indicators) {
        const expected = payableExpectation(i);
        if (expected === undefined || !hasNum(i.score)) continue;
        const q = quantityOf(i.actual)!;
        out.push(
          scoreFinding({
            rule: PAYABLE.id,
            severity: 'error',
            at: i.score.ref,
            message: `${formLabel(d)}：“${indicatorName(i)}”应缴财政款为 ${i.actual!.text}，按表内规则${q.value.isZero() ? `应得满分 ${show(expected)} 分` : '应得 0 分'}，表中为 ${i.score.num.text} 分`,
            expected: expected.toString(),
            actual: i.score.num.text,
            related: related(i.actual?.ref, '应缴财政款'),
            fix: { value: expected.toNumber() },
          }),
        );
      }
    return out;
  },
};
