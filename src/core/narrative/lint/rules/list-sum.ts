import Decimal from 'decimal.js';
import { compareSums, holds } from '../../../money/identity';
import { formatSigned } from '../../../money/amount';
import { BREAKDOWNS, labelOf } from '../lexicon';
import { amountOf, makeFinding, type LintContext, type NarrativeFinding, type NarrativeRule } from '../context';
import type { Fact } from '../extract';
import { tableMismatch } from './amount-vs-table';

const MARKER = /其中|主要用于(?:以下方面)?/g;

interface ListStatement {
  head: Fact;
  parts: Fact[];
  markerEnd: number;
}

/** The total before 其中/主要用于 and the amounts listed after it (continuing into the next paragraphs when the list starts there). */
function lists(ctx: LintContext): ListStatement[] {
  const out: ListStatement[] = [];
  for (const p of ctx.paragraphs) {
    for (const s of p.sentences) {
      for (const m of s.text.matchAll(MARKER)) {
        const at = s.start + m.index!;
        const head = [...s.facts].reverse().find((f) => f.end <= at && f.role === 'amount' && f.money && f.item);
        if (!head) continue;
        const nextMarker = [...s.text.matchAll(MARKER)].map((x) => s.start + x.index!).find((x) => x > at);
        let parts = s.facts.filter((f) => f.start > at && (nextMarker === undefined || f.start < nextMarker) && f.role === 'amount' && f.money && f.item && f.item !== head.item);
        if (!parts.length && s.text.slice(m.index! + m[0].length).replace(/[：:\s。]/g, '') === '') {
          // “基本支出242.11万元，其中：” then one paragraph per part.
          parts = [];
          for (let q = p.index + 1; q < ctx.paragraphs.length; q++) {
            const next = ctx.paragraphs[q];
            if (next.heading) break;
            const first = next.sentences[0]?.facts.find((f) => f.role === 'amount' && f.money && f.item);
            if (!first) break;
            parts.push(first);
          }
        }
        // Under a total with a known breakdown only its members count (item lists inside a
        // part's description, such as 公用经费 …公务接待费, are not parts of the total).
        const own = BREAKDOWNS.filter((b) => b.total.includes(head.item!)).flatMap((b) => b.members.flat());
        if (own.length) parts = parts.filter((f) => own.includes(f.item!));
        // One amount per item: the first mention of each.
        const seen = new Set<string>();
        parts = parts.filter((f) => (seen.has(f.item!) ? false : (seen.add(f.item!), true)));
        if (parts.length) out.push({ head, parts, markerEnd: at + m[0].length });
      }
    }
  }
  return out;
}

/** N12: a 其中 list adds up to its total (equal for a known breakdown listed in full, ≤ otherwise). */
export const listSum: NarrativeRule = {
  id: 'N12',
  title: '“其中”分项之和与总数不符',
  description: '“X万元，其中：A、B…”列出的分项之和不能超过总数；列出的是完整构成（收入来源、支出构成、人员经费+公用经费、“三公”三项、政府采购三类、各功能分类）时必须等于总数。',
  check(ctx) {
    const out: NarrativeFinding[] = [];
    for (const l of lists(ctx)) {
      const items = l.parts.map((f) => f.item!);
      const breakdown = BREAKDOWNS.find((b) => b.total.includes(l.head.item!) && b.members.some((ms) => items.every((i) => ms.includes(i))));
      const members = breakdown?.members.find((ms) => items.every((i) => ms.includes(i)));
      const byClass = items.every((i) => i.startsWith('class:')) && ['gpb.exp', 'exp.total', 'fund.exp'].includes(l.head.item!);
      const complete = (members && members.every((mm) => items.includes(mm))) || (byClass && l.parts.length > 1);
      const known = !!members || byClass;
      if (!known && l.parts.length < 2) continue;
      const r = compareSums([amountOf(l.head)], l.parts.map(amountOf));
      const sum = l.parts.reduce((a, f) => a.plus(f.value), new Decimal(0));
      if (holds(r)) continue;
      // With the table's value for amounts N01 already reports, the list adds up: no second finding.
      const asTables = (f: Fact) => tableMismatch(ctx, f)?.c.amount ?? amountOf(f);
      const fixed = compareSums([asTables(l.head)], l.parts.map(asTables));
      if (holds(fixed) && [l.head, ...l.parts].some((f) => tableMismatch(ctx, f))) continue;
      const over = sum.gt(l.head.value);
      if (!over && !complete && !known) continue;
      // A one-unit 尾数 gap is a warning; parts above the total or a full breakdown off its total
      // is an error; a partial list below its total only asks whether a part was left out.
      const severity = r.status === 'tail' ? 'warning' : over || complete ? 'error' : 'warning';
      const terms = l.parts.map((f) => `${labelOf(f.item!)} ${f.value.toFixed(Math.max(2, f.decimals))}`).join(' + ');
      out.push(
        makeFinding(ctx, {
          rule: 'N12',
          severity,
          paragraph: l.head.paragraph,
          start: l.head.start,
          end: l.head.end,
          expected: sum.toFixed(Math.max(2, l.head.decimals)),
          actual: l.head.value.toFixed(Math.max(2, l.head.decimals)),
          difference: formatSigned(l.head.value.minus(sum)),
          message: `${labelOf(l.head.item!)} ${l.head.raw}，其中 ${terms} = ${sum.toFixed(Math.max(2, l.head.decimals))}万元，${over ? '分项之和大于总数' : complete ? '分项之和不等于总数' : '分项之和小于总数（是否漏列分项？）'}（差 ${formatSigned(l.head.value.minus(sum))}）`,
        }),
      );
    }
    return out;
  },
};
