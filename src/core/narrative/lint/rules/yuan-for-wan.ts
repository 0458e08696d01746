import { makeFinding, replaced, type NarrativeFinding, type NarrativeRule } from '../context';
import { tableMismatch } from './amount-vs-table';

/** N10: 元 written where the sentence's other amounts (and the tables) are in 万元. */
export const yuanForWan: NarrativeRule = {
  id: 'N10',
  title: '“万元”误写为“元”',
  description: '同一句中其他金额以万元为单位而此处写“元”，数量级相差一万倍。',
  check(ctx) {
    const out: NarrativeFinding[] = [];
    for (const f of ctx.facts) {
      if (!f.yuanForWan) continue;
      // A figure N01 also corrects is written as the table gives it: two corrections of one amount would make “41.80万万元”.
      const right = tableMismatch(ctx, f)?.c.amount;
      const unitAt = f.end - 1;
      out.push(
        makeFinding(ctx, {
          rule: 'N10',
          severity: 'error',
          paragraph: f.paragraph,
          start: f.start,
          end: f.end,
          actual: f.raw,
          expected: right ? `${right.value.toFixed(right.decimals ?? 2)}万元` : `${f.raw.slice(0, -1)}万元`,
          message: `“${f.raw}”的单位应为“万元”（同句其他金额均为万元）`,
          replacement: right ? replaced(ctx, f.paragraph, f.start, f.end, `${right.value.toFixed(right.decimals ?? 2)}万元`) : replaced(ctx, f.paragraph, unitAt, f.end, '万元'),
        }),
      );
    }
    return out;
  },
};
