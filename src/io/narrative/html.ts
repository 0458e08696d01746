import type { Block, NarrativeDocument } from '../../core/narrative/model';
import { splitPlaceholders } from '../../core/narrative/model';
import { chartSvg } from './charts-svg';
import { escapeHtml } from './escape-html';

/**
 * HTML of the 说明 for the task pane and the clipboard. Inline styles only (Word keeps them on
 * paste): 宋体/仿宋 with fallbacks, 2-character first-line indent, bordered tables, highlighted
 * placeholders. Charts inline as SVG, or as <img> when the caller gives PNG data URLs (Word
 * pastes images, not inline SVG).
 */

export interface HtmlOptions {
  /** Whole document with <html><head> (for a file) or just the body fragment (clipboard). */
  fullDocument?: boolean;
  /** chart id → data URL of a PNG; charts without one are inline SVG. */
  chartImages?: Record<string, string>;
}

const BODY_FONT = "FangSong,'仿宋','仿宋_GB2312',STFangsong,'Noto Serif CJK SC',SimSun,'宋体',serif";
const HEAD_FONT = "SimHei,'黑体','Noto Sans CJK SC','Microsoft YaHei',sans-serif";
const TITLE_FONT = "'方正小标宋简体',SimSun,'宋体','Noto Serif CJK SC',serif";


function runs(text: string): string {
  return splitPlaceholders(text)
    .map((r) => (r.placeholder ? `<span style="background:#ffff00;color:#c00000;">${escapeHtml(r.text)}</span>` : escapeHtml(r.text)))
    .join('');
}

function block(b: Block, opts: HtmlOptions): string {
  switch (b.kind) {
    case 'heading': {
      const font = b.level === 1 ? HEAD_FONT : b.level === 2 ? HEAD_FONT : "KaiTi,'楷体','楷体_GB2312',STKaiti,serif";
      const size = b.level === 1 ? '16pt' : b.level === 2 ? '16pt' : '16pt';
      return `<h${b.level + 1} style="font-family:${font};font-size:${size};font-weight:${b.level === 3 ? 'normal' : 'bold'};margin:12pt 0 6pt 0;text-indent:${b.level === 1 ? '0' : '2em'};">${runs(b.text)}</h${b.level + 1}>`;
    }
    case 'paragraph':
      return `<p style="font-family:${BODY_FONT};font-size:16pt;line-height:28pt;text-indent:2em;margin:0;text-align:justify;">${runs(b.text)}</p>`;
    case 'table': {
      const cell = (t: string, i: number, head: boolean) =>
        `<${head ? 'th' : 'td'} style="border:1px solid #000;padding:2pt 6pt;font-family:${BODY_FONT};font-size:12pt;text-align:${head ? 'center' : b.numeric?.includes(i) ? 'right' : 'left'};">${runs(t)}</${head ? 'th' : 'td'}>`;
      return (
        (b.caption ? `<p style="font-family:${HEAD_FONT};font-size:12pt;text-align:center;margin:6pt 0 2pt 0;">${escapeHtml(b.caption)}</p>` : '') +
        `<table style="border-collapse:collapse;margin:0 auto 6pt auto;">` +
        `<tr>${b.header.map((h, i) => cell(h, i, true)).join('')}</tr>` +
        b.rows.map((r) => `<tr>${r.map((c, i) => cell(c, i, false)).join('')}</tr>`).join('') +
        `</table>`
      );
    }
    case 'chart': {
      const img = opts.chartImages?.[b.chart.id];
      const figure = img ? `<img src="${img}" alt="${escapeHtml(b.chart.title)}" width="480" style="width:12.7cm;"/>` : chartSvg(b.chart);
      return `<div style="text-align:center;margin:6pt 0;">${figure}<p style="font-family:${BODY_FONT};font-size:12pt;text-align:center;margin:2pt 0;">图：${escapeHtml(b.chart.title)}</p></div>`;
    }
  }
}

export function renderHtml(doc: NarrativeDocument, opts: HtmlOptions = {}): string {
  const body =
    `<h1 style="font-family:${TITLE_FONT};font-size:22pt;font-weight:bold;text-align:center;margin:0 0 18pt 0;">${escapeHtml(doc.title)}</h1>` +
    doc.blocks.map((b) => block(b, opts)).join('\n');
  if (!opts.fullDocument) return body;
  return `<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8"><title>${escapeHtml(doc.title)}</title></head><body style="max-width:21cm;margin:2cm auto;">\n${body}\n</body></html>\n`;
}
