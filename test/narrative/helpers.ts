import { lintNarrative, type NarrativeFinding } from '../../src/core/narrative/lint';
import type { NarrativeParagraph } from '../../src/core/narrative/lint/context';

/** Findings whose span covers the given snippet occurrence. */
export function findingsAt(findings: NarrativeFinding[], paragraphs: NarrativeParagraph[], snippet: string): NarrativeFinding[] {
  const out: NarrativeFinding[] = [];
  paragraphs.forEach((p, i) => {
    let at = p.text.indexOf(snippet);
    while (at >= 0) {
      const end = at + snippet.length;
      out.push(...findings.filter((f) => f.paragraph === i && f.span.start < end && f.span.end > at));
      at = p.text.indexOf(snippet, at + 1);
    }
  });
  return out;
}

export function occurrences(paragraphs: NarrativeParagraph[], snippet: string): { paragraph: number; at: number }[] {
  const out: { paragraph: number; at: number }[] = [];
  paragraphs.forEach((p, i) => {
    let at = p.text.indexOf(snippet);
    while (at >= 0) {
      out.push({ paragraph: i, at });
      at = p.text.indexOf(snippet, at + 1);
    }
  });
  return out;
}

/** Replaces the number inside `snippet` (at one occurrence) by number + 1 and lints again. */
export function lintWithBumpedNumber(paragraphs: NarrativeParagraph[], occ: { paragraph: number; at: number }, snippet: string) {
  const m = /\d+(?:\.\d+)?/.exec(snippet)!;
  const bumped = (Number(m[0]) + 1).toFixed(m[0].includes('.') ? m[0].split('.')[1].length : 0);
  const text = paragraphs[occ.paragraph].text;
  const numAt = occ.at + m.index;
  const changed = paragraphs.map((p, i) => (i === occ.paragraph ? { ...p, text: text.slice(0, numAt) + bumped + text.slice(numAt + m[0].length) } : p));
  return { report: lintNarrative(changed), numAt, numEnd: numAt + bumped.length };
}
