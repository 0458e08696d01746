import type { NarrativeDocument } from '../../core/narrative/model';
import { chartRows } from './charts-svg';

function mdTable(header: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.map((c) => c.replace(/\|/g, '\\|')).join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

/** Markdown: headings, paragraphs, pipe tables; a chart becomes its data table. */
export function renderMarkdown(doc: NarrativeDocument): string {
  const out: string[] = [`# ${doc.title}`];
  for (const b of doc.blocks) {
    if (b.kind === 'heading') out.push(`${'#'.repeat(b.level + 1)} ${b.text}`);
    else if (b.kind === 'paragraph') out.push(b.text);
    else if (b.kind === 'table') out.push(`${b.caption ? `**${b.caption}**\n\n` : ''}${mdTable(b.header, b.rows)}`);
    else {
      const t = chartRows(b.chart);
      out.push(`**图：${b.chart.title}**\n\n${mdTable(t.header, t.rows)}`);
    }
  }
  return out.join('\n\n') + '\n';
}

/** Plain text, one paragraph per line (what lint reads back, and the clipboard's text flavour). */
export function renderPlainText(doc: NarrativeDocument): string {
  const out: string[] = [doc.title];
  for (const b of doc.blocks) {
    if (b.kind === 'heading' || b.kind === 'paragraph') out.push(b.text);
    else if (b.kind === 'table') out.push(...(b.caption ? [b.caption] : []), b.header.join('\t'), ...b.rows.map((r) => r.join('\t')));
    else out.push(`图：${b.chart.title}`);
  }
  return out.join('\n') + '\n';
}
