import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import JSZip from 'jszip';
import { XMLValidator } from 'fast-xml-parser';
import { readWorkbookFile } from '../../src/io/exceljs-reader';
import { buildNarrative, type NarrativeDocument } from '../../src/core/narrative';
import { chartSvg } from '../../src/io/narrative/charts-svg';
import { renderHtml } from '../../src/io/narrative/html';
import { renderMarkdown, renderPlainText } from '../../src/io/narrative/markdown';
import { svgToPng } from '../../src/io/narrative/rasterize-node';
import { narrativeDocxBytes } from '../../src/io/docx-narrative';
import { writeNarrativeFile, chartsOf } from '../../src/io/narrative/outputs';
import { docxParagraphs } from '../../src/io/narrative/document-text';
import { fixturePath } from '../fixtures/registry';

let doc: NarrativeDocument;
let tmp: string;

beforeAll(async () => {
  const sample = await readWorkbookFile(fixturePath('seed004-clean.xlsx'));
  const prior = await readWorkbookFile(fixturePath('seed004-prior.xlsx'));
  doc = buildNarrative(sample, { prior }).document;
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'juesuan-narrative-'));
});

afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('SVG charts', () => {
  it('every chart is well-formed SVG with its title, labels and values', () => {
    const charts = chartsOf(doc);
    expect(charts.map((c) => c.id)).toEqual(['chart.grand', 'chart.income', 'chart.expense', 'chart.gpb']);
    for (const c of charts) {
      const svg = chartSvg(c);
      expect(XMLValidator.validate(svg)).toBe(true);
      expect(svg).toContain(c.title);
    }
    const expense = chartSvg(charts.find((c) => c.id === 'chart.expense')!);
    expect(expense).toContain('基本支出  644.25万元  58.80%');
    expect(expense).toContain('项目支出  451.47万元  41.20%');
    expect((expense.match(/<path /g) ?? []).length).toBe(2);
    const bar = chartSvg(charts.find((c) => c.id === 'chart.grand')!);
    expect(bar).toContain('>876.58<');
    expect(bar).toContain('>1095.72<');
  });

  it('a single-slice pie is a full circle, not a degenerate arc', () => {
    const income = chartSvg(chartsOf(doc).find((c) => c.id === 'chart.income')!);
    expect(income).toContain('<circle');
    expect(income).not.toContain('<path ');
  });

  it('rasterises to PNG with the CJK font (resvg)', () => {
    const png = svgToPng(chartSvg(chartsOf(doc)[1]));
    expect(Buffer.from(png.data.subarray(0, 8)).toString('hex')).toBe('89504e470d0a1a0a');
    expect(png.width).toBe(1280);
    expect(png.height).toBe(720);
    expect(png.data.length).toBeGreaterThan(10000);
  });
});

describe('HTML and Markdown', () => {
  it('HTML: title, headings, inline-styled paragraphs, tables, inline SVG, highlighted placeholders', () => {
    const html = renderHtml(doc, { fullDocument: true });
    expect(html).toMatch(/^<!DOCTYPE html>/);
    expect(html).toContain('曲靖市信访局2023年度部门决算说明');
    expect(html).toMatch(/<p style="font-family:FangSong[^"]*font-size:16pt;[^"]*text-indent:2em/);
    expect(html).toContain('<h3 style=');
    expect(html).toContain('一般公共服务支出885.53万元，占80.82%');
    expect(html).toContain('<svg xmlns="http://www.w3.org/2000/svg"');
    expect(html).toContain('<span style="background:#ffff00;color:#c00000;">【待补充：变动原因】</span>');
    expect(html).toMatch(/<td style="border:1px solid #000;[^"]*text-align:right;">885\.53<\/td>/);
    expect(html).not.toContain('<style');
  });

  it('HTML for the clipboard: a fragment, charts as <img> when PNG data URLs are given', () => {
    const html = renderHtml(doc, { chartImages: { 'chart.income': 'data:image/png;base64,AAAA' } });
    expect(html).not.toContain('<html');
    expect(html).toContain('<img src="data:image/png;base64,AAAA"');
    expect((html.match(/<svg /g) ?? []).length).toBe(3);
  });

  it('Markdown: headings by level, pipe tables, charts as data tables', () => {
    const md = renderMarkdown(doc);
    expect(md).toMatch(/^# 曲靖市信访局2023年度部门决算说明\n/);
    expect(md).toContain('\n## 第三部分 2023年度部门决算情况说明\n');
    expect(md).toContain('\n### 一、收入决算情况说明\n');
    expect(md).toContain('| 201 | 一般公共服务支出 | 885.53 | 80.82% |');
    expect(md).toContain('**图：2023年度支出决算结构**');
    expect(md).toContain('| 基本支出 | 644.25 | 58.80% |');
    expect(md).toContain('| 收、支总计 | 876.58 | 1095.72 |');
    expect(renderPlainText(doc).split('\n')[0]).toBe('曲靖市信访局2023年度部门决算说明');
  });
});

function soffice(args: string[]): void {
  // A private profile: parallel LibreOffice runs would otherwise fight over ~/.config.
  const profile = `file://${path.join(tmp, 'lo-profile')}`;
  execFileSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', ...args], { stdio: 'pipe', timeout: 180000 });
}

describe('.docx', () => {
  it('holds the 公文 layout, the PNG charts and the page-number footer', async () => {
    const bytes = await narrativeDocxBytes(doc, { chartImages: Object.fromEntries(chartsOf(doc).map((c) => [c.id, svgToPng(chartSvg(c))])) });
    const zip = await JSZip.loadAsync(bytes);
    const media = Object.keys(zip.files).filter((f) => f.startsWith('word/media/'));
    expect(media).toHaveLength(4);
    const xml = await zip.file('word/document.xml')!.async('string');
    expect(xml).toContain('w:eastAsia="仿宋"');
    expect(xml).toContain('w:eastAsia="黑体"');
    expect(xml).toContain('<w:highlight w:val="yellow"/>');
    expect(xml).toMatch(/<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587"/);
    const footers = await Promise.all(Object.keys(zip.files).filter((f) => /word\/footer\d*\.xml/.test(f)).map((f) => zip.file(f)!.async('string')));
    expect(footers.join('')).toContain('PAGE');
    const paragraphs = await docxParagraphs(bytes);
    expect(paragraphs[0]).toBe('曲靖市信访局2023年度部门决算说明');
    expect(paragraphs).toContain('2023年度一般公共预算财政拨款支出1095.72万元，主要用于以下方面：一般公共服务支出885.53万元，占80.82%；社会保障和就业支出125.08万元，占11.42%；卫生健康支出43.31万元，占3.95%；住房保障支出41.80万元，占3.81%。');
  });

  it('opens in LibreOffice: converts to PDF, and its text holds the same figures', async () => {
    const file = path.join(tmp, '说明.docx');
    await writeNarrativeFile(doc, file);
    soffice(['--convert-to', 'pdf', '--outdir', tmp, file]);
    const pdf = fs.readFileSync(path.join(tmp, '说明.pdf'));
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    expect(pages).toBeGreaterThanOrEqual(8);
    soffice(['--convert-to', 'txt:Text (encoded):UTF8', '--outdir', tmp, file]);
    const txt = fs.readFileSync(path.join(tmp, '说明.txt'), 'utf8');
    for (const figure of [
      '2023年度收、支总计1095.72万元',
      '收、支总计各增加219.14万元，增长25.00%',
      '基本支出644.25万元，占58.80%',
      '一般公共服务支出885.53万元，占80.82%',
      '完成全年预算的43.24%',
      '“三公”经费支出减少1.02万元，下降40.96%',
      '机关运行经费支出63.69万元',
      '资产总额81.23万元',
      '【待补充：年初预算数】',
    ]) {
      expect(txt).toContain(figure);
    }
  }, 240000);
});

describe('writeNarrativeFile picks the format from the extension', () => {
  it('writes .html, .md and .txt, and refuses an unknown extension', async () => {
    for (const ext of ['html', 'md', 'txt']) {
      const f = path.join(tmp, `out.${ext}`);
      await writeNarrativeFile(doc, f);
      expect(fs.readFileSync(f, 'utf8')).toContain('一般公共服务支出885.53万元');
    }
    await expect(writeNarrativeFile(doc, path.join(tmp, 'out.pdf'))).rejects.toThrow('不支持的输出格式');
  });
});
