import type { Workbook } from '../../core/model/workbook';
import { PLACEHOLDER, buildNarrative, type NarrativeDocument, type NarrativeFamily } from '../../core/narrative';
import { selfEvaluationSummary } from '../../core/narrative/self-evaluation';
import { recognizeTables } from '../../core/tables/recognize';
import { chartSvg } from '../../io/narrative/charts-svg';
import { renderHtml } from '../../io/narrative/html';
import { renderPlainText } from '../../io/narrative/markdown';
import { type PngImage, svgToPng } from './rasterize-svg';

/** The drafted 决算说明 in the forms the tab needs: structure, clipboard HTML and text, chart images. */
export interface NarrativeDraft {
  title: string;
  document: NarrativeDocument;
  /** Body fragment with charts as PNG <img> (Word keeps those on paste), inline SVG where rasterising failed. */
  html: string;
  text: string;
  charts: Record<string, PngImage>;
  /** 上年数 taken from the prior-year workbook or the 补充信息 sheet. */
  priorCount: number;
  placeholders: number;
  /** This year's tables the draft read (0: only fixed wording and placeholders). */
  tablesRead: number;
}

export interface DraftOptions {
  family?: string;
  prior?: Workbook;
  profile?: string;
}

const FAMILIES: NarrativeFamily[] = ['tenpart', 'yunnan', 'beijing'];

/** Drafts from the workbook as it is now; charts are rasterised up front so 复制 stays inside the click. */
export async function draftNarrative(workbook: Workbook, options: DraftOptions = {}): Promise<NarrativeDraft> {
  const family = FAMILIES.find((f) => f === options.family);
  // Tables recognised once, for the draft and the self-evaluation it cites.
  const recognition = recognizeTables(workbook);
  const built = buildNarrative(workbook, {
    prior: options.prior,
    family,
    recognition,
    selfEvaluation: selfEvaluationSummary(workbook, options.profile, recognition),
  });
  const doc = built.document;
  const charts: Record<string, PngImage> = {};
  for (const b of doc.blocks) {
    if (b.kind !== 'chart') continue;
    try {
      charts[b.chart.id] = await svgToPng(chartSvg(b.chart));
    } catch {
      /* the chart stays inline SVG in the preview and a data table in the .docx */
    }
  }
  const chartImages = Object.fromEntries(Object.entries(charts).map(([id, p]) => [id, p.dataUrl]));
  const text = renderPlainText(doc);
  return {
    title: doc.title,
    document: doc,
    html: renderHtml(doc, { chartImages }),
    text,
    charts,
    priorCount: Object.keys(built.priorSources).length,
    placeholders: (text.match(PLACEHOLDER) ?? []).length,
    tablesRead: built.tablesRead,
  };
}

/** .docx with the same charts; the docx library is loaded only when asked for. */
export async function narrativeDocx(draft: NarrativeDraft): Promise<Blob> {
  const { narrativeDocxBlob } = await import(/* webpackChunkName: "docx-narrative" */ '../../io/docx-narrative');
  return narrativeDocxBlob(draft.document, { chartImages: draft.charts });
}
