import { makeFinding, type NarrativeFinding, type NarrativeRule } from '../context';

const NOT_AMOUNT_BEFORE = /[\d.（(：:位以零一二三四五六七八九十百千两几数多余亿】]/;

/** N11: 万元 with no number before it (“年初预算万元”), and a unit after a direction word (“持平元”). */
export const missingAmount: NarrativeRule = {
  id: 'N11',
  title: '缺少金额',
  description: '“万元”前必须有数字（“比年初预算万元”漏填金额）；“持平元”等方向词后多出的单位是漏填或笔误。',
  check(ctx) {
    const out: NarrativeFinding[] = [];
    for (const p of ctx.paragraphs) {
      if (p.heading) continue;
      // '万 元': a PDF copy may space out the unit.
      for (const m of p.norm.matchAll(/万\s?元/g)) {
        const at = m.index!;
        const after = at + m[0].length;
        const prev = p.norm[at - 1] ?? '';
        if (!prev || NOT_AMOUNT_BEFORE.test(prev) || /\s/.test(prev)) continue;
        if (/^(以上|以下|以内|）|\))/.test(p.norm.slice(after))) continue;
        const window = p.norm.slice(Math.max(0, at - 12), at);
        const lead = window.slice(Math.max(...['，', ',', '；', '。', '：'].map((c) => window.lastIndexOf(c))) + 1);
        out.push(
          makeFinding(ctx, {
            rule: 'N11',
            severity: 'error',
            paragraph: p.index,
            start: at - lead.length,
            end: after,
            actual: `${lead}万元`,
            message: `“${lead}万元”缺少金额`,
          }),
        );
      }
      for (const m of p.norm.matchAll(/(持平|相等|一致|无变化)(万元|元)/g)) {
        out.push(
          makeFinding(ctx, {
            rule: 'N11',
            severity: 'warning',
            paragraph: p.index,
            start: m.index!,
            end: m.index! + m[0].length,
            actual: m[0],
            expected: m[1],
            message: `“${m[0]}”中的“${m[2]}”前没有金额，是漏填的数字或多余的单位`,
          }),
        );
      }
    }
    return out;
  },
};
