import type { Workbook } from '../../src/core/model/workbook';
import { buildNarrative } from '../../src/core/narrative';
import { selfEvaluationSummary } from '../../src/core/narrative/self-evaluation';
import { renderHtml } from '../../src/io/narrative/html';
import { renderPlainText } from '../../src/io/narrative/markdown';

export interface NarrativeExpectation {
  title: string;
  /** renderHtml of the title and of every non-chart block: each must appear verbatim on the clipboard. */
  htmlParts: string[];
  charts: string[];
  text: string;
}

/** The 说明 the narrative module drafts in Node from the same workbook (default family). */
export function narrativeExpectation(workbook: Workbook, prior?: Workbook): NarrativeExpectation {
  const doc = buildNarrative(workbook, { prior, selfEvaluation: selfEvaluationSummary(workbook) }).document;
  const titleOnly = renderHtml({ ...doc, blocks: [] });
  const htmlParts = [titleOnly];
  for (const b of doc.blocks) {
    if (b.kind === 'chart') continue;
    htmlParts.push(renderHtml({ ...doc, blocks: [b] }).slice(titleOnly.length));
  }
  return {
    title: doc.title,
    htmlParts,
    charts: doc.blocks.flatMap((b) => (b.kind === 'chart' ? [b.chart.title] : [])),
    text: renderPlainText(doc),
  };
}
