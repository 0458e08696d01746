import { makeFinding, type NarrativeFinding, type NarrativeRule } from '../context';
import { labelOf } from '../lexicon';

const ITEMS: [string, string][] = [
  ['sg.abroad', '因公出国（境）费'],
  ['sg.car.purchase', '公务用车购置费'],
  ['sg.car.run', '公务用车运行维护费'],
  ['sg.reception', '公务接待费'],
];
const NONE = /未发生|无此项|没有发生|无.{0,6}支出|为0|为零/;

/**
 * N07: the 三公 part names all four items — 因公出国（境）费、公务用车购置费、公务用车运行维护费、
 * 公务接待费 — each with an amount or an explicit “未发生”; a merged 公务用车购置及运行维护费 does
 * not disclose 购置费 and 运行维护费 (操作规程; 普陀区 检查表).
 */
export const sangongItems: NarrativeRule = {
  id: 'N07',
  title: '“三公”经费未分项说明',
  description: '“三公”经费说明须分别写明因公出国（境）费、公务用车购置费、公务用车运行维护费、公务接待费的金额（或写明未发生）；只写“公务用车购置及运行维护费”合计不算分别说明。',
  check(ctx) {
    const sg = ctx.paragraphs.filter((p) => p.scope === 'sg' && !p.heading);
    if (!sg.some((p) => p.sentences.some((s) => s.facts.some((f) => f.item === 'sg.total' && f.money)))) return [];
    const said = new Set<string>();
    for (const p of sg) {
      for (const s of p.sentences) {
        for (const f of s.facts) if (f.item && f.money && f.role === 'amount') said.add(f.item);
        for (const m of s.mentions) if (NONE.test(s.text.slice(m.end - s.start, m.end - s.start + 12))) said.add(m.key);
      }
    }
    if (said.has('sg.reception.domestic') || said.has('sg.reception.abroad')) said.add('sg.reception');
    const missing = ITEMS.filter(([k]) => !said.has(k)).map(([, label]) => label);
    if (!missing.length) return [];
    const first = sg.flatMap((p) => p.sentences.flatMap((s) => s.facts)).find((f) => f.item === 'sg.total' && f.money)!;
    const merged = said.has('sg.car') && missing.some((m) => m.startsWith('公务用车'));
    const out: NarrativeFinding[] = [
      makeFinding(ctx, {
        rule: 'N07',
        severity: 'warning',
        paragraph: first.paragraph,
        start: first.start,
        end: first.end,
        // The items it does state, by name (was: internal keys such as sg.car); none: no found value.
        actual: [...said].filter((k) => k.startsWith('sg.') && k !== 'sg.total').map(labelOf).join('、') || undefined,
        message: `“三公”经费说明缺少${missing.join('、')}的金额（或“未发生”的说明）${merged ? '；“公务用车购置及运行维护费”合计不能代替购置费和运行维护费的分别说明' : ''}`,
      }),
    ];
    return out;
  },
};
