import Decimal from 'decimal.js';
import type { ChartSpec } from '../../core/narrative/model';
import { escapeHtml } from './escape-html';

/**
 * SVG for the 说明's figures, as plain strings (no DOM, no library): inline in HTML, and
 * rasterised to PNG for .docx. Sober colours that still read in grey print.
 */

export const CHART_FONT = "'Noto Sans CJK SC','Source Han Sans SC','Microsoft YaHei','SimHei',sans-serif";
const COLORS = ['#1f4e79', '#c55a11', '#548235', '#7f6000', '#7030a0', '#2e75b6', '#bf9000', '#843c0c', '#385723', '#595959'];
export const CHART_WIDTH = 640;
export const CHART_HEIGHT = 360;


function text(x: number, y: number, s: string, opts: { size?: number; anchor?: 'start' | 'middle' | 'end'; weight?: string; fill?: string } = {}): string {
  return `<text x="${x.toFixed(1)}" y="${y.toFixed(1)}" font-family="${CHART_FONT}" font-size="${opts.size ?? 13}" text-anchor="${opts.anchor ?? 'start'}"${opts.weight ? ` font-weight="${opts.weight}"` : ''} fill="${opts.fill ?? '#222'}">${escapeHtml(s)}</text>`;
}

function frame(body: string, title: string): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${CHART_WIDTH}" height="${CHART_HEIGHT}" viewBox="0 0 ${CHART_WIDTH} ${CHART_HEIGHT}" role="img" aria-label="${escapeHtml(title)}">` +
    `<rect width="${CHART_WIDTH}" height="${CHART_HEIGHT}" fill="#ffffff"/>` +
    text(CHART_WIDTH / 2, 28, title, { size: 16, anchor: 'middle', weight: 'bold' }) +
    body +
    `</svg>`
  );
}

function pieSvg(spec: Extract<ChartSpec, { kind: 'pie' }>): string {
  const values = spec.items.map((i) => new Decimal(i.value));
  const total = values.reduce((a, b) => a.plus(b), new Decimal(0));
  const cx = 180;
  const cy = 195;
  const r = 125;
  let body = '';
  if (total.isZero()) {
    body += `<circle cx="${cx}" cy="${cy}" r="${r}" fill="none" stroke="#999"/>` + text(cx, cy, '无数据', { anchor: 'middle' });
  } else {
    let angle = -Math.PI / 2;
    spec.items.forEach((item, i) => {
      const frac = values[i].div(total).toNumber();
      const color = COLORS[i % COLORS.length];
      if (frac >= 0.9999) {
        body += `<circle cx="${cx}" cy="${cy}" r="${r}" fill="${color}" stroke="#fff" stroke-width="1.5"/>`;
      } else if (frac > 0) {
        const end = angle + frac * 2 * Math.PI;
        const x1 = cx + r * Math.cos(angle);
        const y1 = cy + r * Math.sin(angle);
        const x2 = cx + r * Math.cos(end);
        const y2 = cy + r * Math.sin(end);
        body += `<path d="M${cx},${cy} L${x1.toFixed(2)},${y1.toFixed(2)} A${r},${r} 0 ${frac > 0.5 ? 1 : 0} 1 ${x2.toFixed(2)},${y2.toFixed(2)} Z" fill="${color}" stroke="#fff" stroke-width="1.5"/>`;
        angle = end;
      }
    });
  }
  spec.items.forEach((item, i) => {
    const y = 80 + i * 28;
    const share = total.isZero() ? '' : `${values[i].div(total).times(100).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2)}%`;
    body += `<rect x="345" y="${y - 11}" width="14" height="14" fill="${COLORS[i % COLORS.length]}"/>`;
    body += text(366, y, `${item.label}  ${item.value}万元  ${share}`, { size: 14 });
  });
  return frame(body, spec.title);
}

function niceMax(v: number): number {
  if (v <= 0) return 1;
  const exp = Math.pow(10, Math.floor(Math.log10(v)));
  for (const m of [1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10]) if (m * exp >= v) return m * exp;
  return 10 * exp;
}

function barSvg(spec: Extract<ChartSpec, { kind: 'bar' }>): string {
  const left = 80;
  const right = CHART_WIDTH - 30;
  const top = 70;
  const bottom = CHART_HEIGHT - 50;
  const all = spec.series.flatMap((s) => s.values.map(Number));
  const max = niceMax(Math.max(0, ...all));
  const y = (v: number) => bottom - ((bottom - top) * v) / max;
  let body = '';
  for (let k = 0; k <= 5; k++) {
    const v = (max * k) / 5;
    body += `<line x1="${left}" x2="${right}" y1="${y(v).toFixed(1)}" y2="${y(v).toFixed(1)}" stroke="${k === 0 ? '#444' : '#ddd'}"/>`;
    body += text(left - 8, y(v) + 4, v.toFixed(max < 10 ? 2 : 0), { size: 11, anchor: 'end', fill: '#555' });
  }
  body += text(left - 8, top - 14, `单位：${spec.unit}`, { size: 11, anchor: 'start', fill: '#555' });
  const groupW = (right - left) / spec.categories.length;
  const barW = Math.min(70, (groupW * 0.7) / spec.series.length);
  spec.categories.forEach((cat, ci) => {
    const gx = left + ci * groupW + (groupW - barW * spec.series.length) / 2;
    spec.series.forEach((s, si) => {
      const v = Number(s.values[ci]);
      const x = gx + si * barW;
      body += `<rect x="${x.toFixed(1)}" y="${y(v).toFixed(1)}" width="${(barW - 6).toFixed(1)}" height="${(bottom - y(v)).toFixed(1)}" fill="${COLORS[si % COLORS.length]}"/>`;
      body += text(x + (barW - 6) / 2, y(v) - 6, s.values[ci], { size: 11, anchor: 'middle' });
    });
    body += text(left + ci * groupW + groupW / 2, bottom + 22, cat, { size: 13, anchor: 'middle' });
  });
  spec.series.forEach((s, si) => {
    const x = right - 120 * (spec.series.length - si);
    body += `<rect x="${x}" y="44" width="14" height="14" fill="${COLORS[si % COLORS.length]}"/>` + text(x + 20, 56, s.name, { size: 12 });
  });
  return frame(body, spec.title);
}

export function chartSvg(spec: ChartSpec): string {
  return spec.kind === 'pie' ? pieSvg(spec) : barSvg(spec);
}

/** The chart's numbers as a small table (Markdown/plain text, and the .docx without images). */
export function chartRows(spec: ChartSpec): { header: string[]; rows: string[][] } {
  if (spec.kind === 'pie') {
    const total = spec.items.reduce((a, i) => a.plus(i.value), new Decimal(0));
    return {
      header: ['项目', `金额（${spec.unit}）`, '占比'],
      rows: spec.items.map((i) => [i.label, i.value, total.isZero() ? '' : `${new Decimal(i.value).div(total).times(100).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2)}%`]),
    };
  }
  return { header: ['项目', ...spec.series.map((s) => `${s.name}（${spec.unit}）`)], rows: spec.categories.map((c, i) => [c, ...spec.series.map((s) => s.values[i])]) };
}
