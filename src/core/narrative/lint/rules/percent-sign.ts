import { makeFinding, replaced, type NarrativeFinding, type NarrativeRule } from '../context';

const WHAT = { share: '占比', growth: '增减幅度', completion: '完成率' } as Record<string, string>;

/** N05: every 占/增长/完成 rate carries a % sign. */
export const percentSign: NarrativeRule = {
  id: 'N05',
  title: '百分比缺少%号',
  description: '“占”“增长/下降”“完成预算”后面的数字必须带%号（“占76.23”应为“占76.23%”）。',
  check(ctx) {
    const out: NarrativeFinding[] = [];
    for (const f of ctx.facts) {
      if (!['share', 'growth', 'completion'].includes(f.role) || f.unit !== '') continue;
      out.push(
        makeFinding(ctx, {
          rule: 'N05',
          severity: f.value.isZero() ? 'warning' : 'error',
          paragraph: f.paragraph,
          start: f.start,
          end: f.end,
          actual: f.raw,
          expected: `${f.raw}%`,
          message: `${WHAT[f.role]}“${f.raw}”缺少%号`,
          replacement: replaced(ctx, f.paragraph, f.start, f.end, `${f.raw}%`),
        }),
      );
    }
    return out;
  },
};
