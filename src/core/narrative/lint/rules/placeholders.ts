import { makeFinding, type NarrativeFinding, type NarrativeRule } from '../context';

/** N00: 【待补充：…】 left in the text (the draft marks what no table or input gave). */
export const unfilledPlaceholders: NarrativeRule = {
  id: 'N00',
  title: '待补充内容未填写',
  description: '起草稿中“【待补充：…】”标出的上年数、年初预算数、原因、政府采购、资产数量等须在公开前补齐。',
  check(ctx) {
    const out: NarrativeFinding[] = [];
    for (const p of ctx.paragraphs) {
      for (const m of p.norm.matchAll(/【待补充[:：]([^】]*)】/g)) {
        out.push(makeFinding(ctx, { rule: 'N00', severity: 'warning', paragraph: p.index, start: m.index!, end: m.index! + m[0].length, actual: m[0], message: `尚未填写：${m[1]}` }));
      }
    }
    return out;
  },
};
