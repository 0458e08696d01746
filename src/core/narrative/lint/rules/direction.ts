import { labelOf } from '../lexicon';
import { type LintContext, makeFinding, type NarrativeFinding, type NarrativeRule } from '../context';
import type { Fact } from '../extract';
import { asTables } from './amount-vs-table';

const WORD = { up: '增加/增长', down: '减少/下降', flat: '持平', both: '增加（减少）' } as const;

/** An error at the fact whose direction word contradicts the numbers. */
function contradiction(ctx: LintContext, f: Fact, message: string): NarrativeFinding {
  return makeFinding(ctx, { rule: 'N13', severity: 'error', paragraph: f.paragraph, start: f.start, end: f.end, message });
}

/** N13: 增加/减少, 增长/下降, 持平, 大于/小于/等于 agree with the numbers. */
export const directionWords: NarrativeRule = {
  id: 'N13',
  title: '增减方向用词与数字矛盾',
  description: '增加/增长只用于增加额为正，减少/下降只用于为负，持平只用于两数相等；同一句的增减额和幅度方向一致；模板中的“增加（减少）”须改为确定的方向。',
  check(ctx) {
    const out: NarrativeFinding[] = [];
    for (const f of ctx.facts) {
      if ((f.role === 'delta' || f.role === 'growth') && f.direction === 'both') {
        out.push(
          makeFinding(ctx, {
            rule: 'N13',
            severity: 'warning',
            paragraph: f.paragraph,
            start: f.start,
            end: f.end,
            message: `“${WORD.both}”是模板用语，应按实际写“增加”或“减少”`,
          }),
        );
        continue;
      }
      if (!f.item) continue;
      const sentence = ctx.sentenceOf(f);
      const before = sentence.facts.filter((x) => x.start < f.start && x.item === f.item);
      if (f.role === 'growth') {
        const delta = [...before].reverse().find((x) => x.role === 'delta');
        if (delta && delta.direction && f.direction && delta.direction !== f.direction && delta.direction !== 'both' && !delta.value.isZero()) {
          out.push(contradiction(ctx, f, `${labelOf(f.item)}写“${WORD[delta.direction]} ${delta.raw}”却写“${WORD[f.direction]} ${f.raw}”，方向矛盾`));
        }
      }
      if (f.role === 'delta' && f.money) {
        const base = [...before].reverse().find((x) => (x.role === 'prior' || x.role === 'budget') && x.money);
        const cur = [...before].reverse().find((x) => x.role === 'amount' && x.money);
        if (!base || !cur || !f.direction || f.direction === 'both') continue;
        const diff = asTables(ctx, cur).value.minus(asTables(ctx, base).value);
        const wrong = (diff.isNegative() && f.direction === 'up') || (diff.isPositive() && !diff.isZero() && f.direction === 'down');
        if (wrong) {
          out.push(contradiction(ctx, f, `${labelOf(f.item)} ${cur.raw} ${diff.isNegative() ? '小于' : '大于'} ${base.raw}，却写“${WORD[f.direction]}”`));
        }
      }
    }
    // 持平 / 相等 / 一致 between two different amounts of one item.
    for (const p of ctx.paragraphs) {
      for (const s of p.sentences) {
        for (const m of s.text.matchAll(/持平|相等|一致|无变化/g)) {
          const at = s.start + m.index!;
          const money = s.facts.filter((x) => x.money && x.end <= at && (x.role === 'amount' || x.role === 'prior' || x.role === 'budget'));
          if (money.length < 2) continue;
          const [a, b] = money.slice(-2);
          if (a.item && b.item && a.item !== b.item) continue;
          if (a.value.equals(b.value)) continue;
          out.push(
            makeFinding(ctx, {
              rule: 'N13',
              severity: 'error',
              paragraph: p.index,
              start: at,
              end: at + m[0].length,
              message: `${a.raw} 与 ${b.raw} 不相等，却写“${m[0]}”`,
            }),
          );
        }
      }
    }
    return out;
  },
};
