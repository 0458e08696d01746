import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  ImageRun,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type IRunOptions,
} from 'docx';
import type { Block, NarrativeDocument } from '../core/narrative/model';
import { splitPlaceholders } from '../core/narrative/model';
import { chartRows } from './narrative/charts-svg';

/**
 * The 说明 as .docx in a sober 公文-like layout: 小标宋/宋体 title, 黑体 一级 and 楷体 二级 headings,
 * 仿宋 三号 body with 28-point lines and a two-character indent, 公文 margins, “— n —” page
 * numbers. Word falls back to installed fonts when one is missing (LibreOffice maps them to
 * Noto CJK). No fs here: the task pane builds the same file in the browser.
 */

export interface ChartImage {
  /** PNG bytes. */
  data: Uint8Array;
  /** Pixel size of the PNG (the figure is scaled to 14 cm wide). */
  width: number;
  height: number;
}

export interface DocxOptions {
  /** chart id → PNG; a chart without one is written as its data table. */
  chartImages?: Record<string, ChartImage>;
}

const FONT = {
  title: { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '方正小标宋简体' },
  h1: { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '黑体' },
  h2: { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '楷体' },
  body: { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '仿宋' },
  table: { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '宋体' },
};
/** 三号 = 16 pt (32 half-points); 二号 = 22 pt; 小四 = 12 pt. */
const SIZE = { title: 44, body: 32, table: 24, caption: 24 };
const LINE = { line: 560, lineRule: 'exact' as const };
const INDENT_2CHARS = 640;

function runs(text: string, base: IRunOptions): TextRun[] {
  return splitPlaceholders(text).map((r) => new TextRun({ ...base, text: r.text, ...(r.placeholder ? { highlight: 'yellow', color: 'C00000' } : {}) }));
}

function tableOf(header: string[], rows: string[][], numeric: number[] = []): Table {
  const border = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
  const cell = (t: string, i: number, head: boolean) =>
    new TableCell({
      borders: { top: border, bottom: border, left: border, right: border },
      children: [
        new Paragraph({
          alignment: head ? AlignmentType.CENTER : numeric.includes(i) ? AlignmentType.RIGHT : AlignmentType.LEFT,
          children: runs(t, { font: FONT.table, size: SIZE.table, bold: head }),
        }),
      ],
    });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [new TableRow({ tableHeader: true, children: header.map((h, i) => cell(h, i, true)) }), ...rows.map((r) => new TableRow({ children: r.map((c, i) => cell(c, i, false)) }))],
  });
}

function caption(text: string): Paragraph {
  return new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 120, after: 60 }, children: [new TextRun({ text, font: FONT.h1, size: SIZE.caption })] });
}

function blockToDocx(b: Block, opts: DocxOptions): (Paragraph | Table)[] {
  switch (b.kind) {
    case 'heading':
      return [
        new Paragraph({
          spacing: { ...LINE, before: b.level === 1 ? 240 : 0 },
          indent: { firstLine: b.level === 1 ? 0 : INDENT_2CHARS },
          alignment: b.level === 1 && /^第.部分/.test(b.text) ? AlignmentType.CENTER : AlignmentType.LEFT,
          keepNext: true,
          children: runs(b.text, { font: b.level === 3 ? FONT.h2 : FONT.h1, size: SIZE.body, bold: false }),
        }),
      ];
    case 'paragraph':
      return [new Paragraph({ spacing: LINE, indent: { firstLine: INDENT_2CHARS }, alignment: AlignmentType.JUSTIFIED, children: runs(b.text, { font: FONT.body, size: SIZE.body }) })];
    case 'table':
      return [...(b.caption ? [caption(b.caption)] : []), tableOf(b.header, b.rows, b.numeric), new Paragraph({ children: [] })];
    case 'chart': {
      const img = opts.chartImages?.[b.chart.id];
      if (img) {
        const width = 529; // 14 cm at 96 dpi
        const height = Math.round((img.height / img.width) * width);
        return [
          new Paragraph({ alignment: AlignmentType.CENTER, children: [new ImageRun({ type: 'png', data: img.data, transformation: { width, height }, altText: { name: b.chart.id, title: b.chart.title, description: b.chart.title } })] }),
          caption(`图：${b.chart.title}`),
        ];
      }
      const t = chartRows(b.chart);
      return [caption(`图：${b.chart.title}`), tableOf(t.header, t.rows, [1, 2, 3]), new Paragraph({ children: [] })];
    }
  }
}

export function narrativeDocxDocument(doc: NarrativeDocument, opts: DocxOptions = {}): Document {
  const footer = new Footer({
    children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ font: FONT.table, size: 28, children: ['— ', PageNumber.CURRENT, ' —'] })] })],
  });
  return new Document({
    creator: '决算助手',
    title: doc.title,
    description: '部门决算说明（决算助手起草，黄色底纹为待补充内容）',
    styles: { default: { document: { run: { font: FONT.body, size: SIZE.body } } } },
    sections: [
      {
        properties: { page: { margin: { top: 2098, bottom: 1984, left: 1587, right: 1474, footer: 992 } } },
        footers: { default: footer },
        children: [
          new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 480, line: 700, lineRule: 'exact' }, children: runs(doc.title, { font: FONT.title, size: SIZE.title }) }),
          ...doc.blocks.flatMap((b) => blockToDocx(b, opts)),
        ],
      },
    ],
  });
}

/** .docx bytes; works in Node and in the browser. */
export async function narrativeDocxBytes(doc: NarrativeDocument, opts: DocxOptions = {}): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toArrayBuffer(narrativeDocxDocument(doc, opts)));
}

/** .docx as a Blob for the task pane's 下载 .docx. */
export function narrativeDocxBlob(doc: NarrativeDocument, opts: DocxOptions = {}): Promise<Blob> {
  return Packer.toBlob(narrativeDocxDocument(doc, opts));
}
