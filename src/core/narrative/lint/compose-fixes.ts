import type { NarrativeFinding } from './context';

interface Edit {
  start: number;
  end: number;
  text: string;
}

/** The one change that turns `before` into `after`: what lies between their common start and end. */
function editBetween(before: string, after: string): Edit {
  let a = 0;
  while (a < before.length && a < after.length && before[a] === after[a]) a++;
  let b = 0;
  while (b < before.length - a && b < after.length - a && before[before.length - 1 - b] === after[after.length - 1 - b]) b++;
  return { start: a, end: before.length - b, text: after.slice(a, after.length - b) };
}

/**
 * Several slips in one paragraph each come with the paragraph corrected for that slip alone: the
 * add-in writes a cell once, and an officer pasting corrected paragraphs into Word pastes each over
 * the last, so one correction would land and the others be undone. Each finding's corrected
 * paragraph (and its fix) becomes the paragraph with all of their corrections, when they touch
 * different words (otherwise they stay as they are).
 */
export function composeParagraphFixes(findings: NarrativeFinding[], paragraphText: (paragraph: number) => string): void {
  const byParagraph = new Map<number, NarrativeFinding[]>();
  for (const f of findings) {
    if (f.replacement === undefined) continue;
    byParagraph.set(f.paragraph, [...(byParagraph.get(f.paragraph) ?? []), f]);
  }
  for (const [paragraph, group] of byParagraph) {
    if (group.length < 2) continue;
    const original = paragraphText(paragraph);
    const edits = [...new Map(group.map((f) => editBetween(original, f.replacement!)).map((e) => [`${e.start}:${e.end}:${e.text}`, e])).values()];
    edits.sort((x, y) => x.start - y.start);
    // Edits that touch change one word together (“41.08元”: 08 → 80 and 元 → 万元): not composed.
    if (edits.some((e, i) => i > 0 && e.start <= edits[i - 1].end)) continue;
    let text = original;
    for (let i = edits.length - 1; i >= 0; i--) text = text.slice(0, edits[i].start) + edits[i].text + text.slice(edits[i].end);
    for (const f of group) {
      f.replacement = text;
      if (f.fix) f.fix = { ...f.fix, value: text };
    }
  }
}
