/**
 * The drafted 决算说明 as structured content: every renderer (HTML for the task pane and the
 * clipboard, Markdown, .docx) reads this, never the tables.
 */

export type NarrativeFamily = 'tenpart' | 'yunnan' | 'beijing';

export const FAMILY_LABEL: Record<NarrativeFamily, string> = {
  tenpart: '十段式（中央/上海/四川）',
  yunnan: '云南（五部分）',
  beijing: '北京',
};

export interface ChartItem {
  label: string;
  /** 万元, as a plain decimal string (two decimals). */
  value: string;
}

export interface ChartSeries {
  name: string;
  values: string[];
}

/** Data of one figure; SVG and PNG are made from it outside the core. */
export type ChartSpec =
  | { id: string; kind: 'pie'; title: string; unit: '万元'; items: ChartItem[] }
  | { id: string; kind: 'bar'; title: string; unit: '万元'; categories: string[]; series: ChartSeries[] };

export type Block =
  | { kind: 'heading'; level: 1 | 2 | 3; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'table'; caption?: string; header: string[]; rows: string[][]; /** Columns holding amounts (right-aligned). */ numeric?: number[] }
  | { kind: 'chart'; chart: ChartSpec };

export interface NarrativeDocument {
  title: string;
  family: NarrativeFamily;
  department?: string;
  year?: number;
  blocks: Block[];
}

/** Text the officer must still write: renderers highlight it. */
export const PLACEHOLDER = /【待补充[:：][^】]*】/g;

export function placeholder(what: string): string {
  return `【待补充：${what}】`;
}

/** Splits a paragraph into plain and placeholder runs for highlighting. */
export function splitPlaceholders(text: string): { text: string; placeholder: boolean }[] {
  const out: { text: string; placeholder: boolean }[] = [];
  let last = 0;
  for (const m of text.matchAll(PLACEHOLDER)) {
    if (m.index! > last) out.push({ text: text.slice(last, m.index), placeholder: false });
    out.push({ text: m[0], placeholder: true });
    last = m.index! + m[0].length;
  }
  if (last < text.length) out.push({ text: text.slice(last), placeholder: false });
  return out;
}

/** Plain paragraphs in reading order (headings included): what lint and tests read. */
export function documentParagraphs(doc: NarrativeDocument): string[] {
  const out: string[] = [doc.title];
  for (const b of doc.blocks) {
    if (b.kind === 'heading' || b.kind === 'paragraph') out.push(b.text);
  }
  return out;
}
