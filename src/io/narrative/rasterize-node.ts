import * as fs from 'fs';
import type { ChartSpec } from '../../core/narrative/model';
import type { ChartImage } from '../docx-narrative';
import { CHART_WIDTH, chartSvg } from './charts-svg';

/**
 * SVG → PNG in Node with resvg (its binary ships inside the npm package). CJK labels need a CJK
 * font: the Noto CJK fonts from Debian's fonts-noto-cjk, or any font file the caller names.
 */

const FONT_DIRS = ['/usr/share/fonts/opentype/noto', '/usr/share/fonts/truetype/noto', '/usr/share/fonts/noto-cjk', '/usr/share/fonts'];

export function cjkFontFiles(): string[] {
  for (const dir of FONT_DIRS) {
    try {
      const files = fs.readdirSync(dir).filter((f) => /NotoSansCJK-Regular|NotoSansCJK.*\.tt[cf]$|NotoSerifCJK-Regular/i.test(f));
      if (files.length) return files.map((f) => `${dir}/${f}`);
    } catch {
      // try the next directory
    }
  }
  return [];
}

export function svgToPng(svg: string, scale = 2, fontFiles = cjkFontFiles()): { data: Uint8Array; width: number; height: number } {
  // Loaded lazily: the browser bundle never reaches this module.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { Resvg } = require('@resvg/resvg-js') as typeof import('@resvg/resvg-js');
  const r = new Resvg(svg, {
    fitTo: { mode: 'width', value: CHART_WIDTH * scale },
    font: { fontFiles, loadSystemFonts: fontFiles.length === 0, defaultFontFamily: 'Noto Sans CJK SC' },
    background: '#ffffff',
  });
  const img = r.render();
  return { data: new Uint8Array(img.asPng()), width: img.width, height: img.height };
}

/** PNG of every chart of a document, for the .docx and for <img> in clipboard HTML. */
export function rasterizeCharts(charts: ChartSpec[]): Record<string, ChartImage> {
  const out: Record<string, ChartImage> = {};
  for (const c of charts) out[c.id] = svgToPng(chartSvg(c));
  return out;
}
