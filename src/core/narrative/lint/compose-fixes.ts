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
 * add-in writes a cell once, so one correction would land and the others wait for another check.
 * Each fix of such a paragraph becomes the paragraph with all of their corrections, when they touch
 * different words (otherwise they stay as they are).
 */
export function composeParagraphFixes(findings: NarrativeFinding[], paragraphText: (paragraph: number) => string): void {
  const byCell = new Map<string, NarrativeFinding[]>();
  for (const f of findings) {
    if (!f.fix || f.replacement === undefined) continue;
    const id = `${f.fix.sheet}!${f.fix.cell}`;
    byCell.set(id, [...(byCell.get(id) ?? []), f]);
  }
  for (const group of byCell.values()) {
    if (group.length < 2 || group.some((f) => f.paragraph !== group[0].paragraph)) continue;
    const original = paragraphText(group[0].paragraph);
    const edits = [...new Map(group.map((f) => editBetween(original, f.replacement!)).map((e) => [`${e.start}:${e.end}:${e.text}`, e])).values()];
    edits.sort((x, y) => x.start - y.start);
    if (edits.some((e, i) => i > 0 && e.start < edits[i - 1].end)) continue;
    let text = original;
    for (let i = edits.length - 1; i >= 0; i--) text = text.slice(0, edits[i].start) + edits[i].text + text.slice(edits[i].end);
    for (const f of group) f.fix = { ...f.fix!, value: text };
  }
}
