import JSZip from 'jszip';
import type { NarrativeParagraph } from '../../core/narrative/lint/context';
import { paragraphsFromText } from '../../core/narrative/lint';
import { repairPdfCopy } from '../../core/narrative/lint/reflow';

/* Browser-safe (no fs): the task pane reads the file the officer picks with it, the CLI one from disk. */

function decodeXml(s: string): string {
  return s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, d) => String.fromCodePoint(Number(d)))
    .replace(/&#x([0-9a-f]+);/gi, (_, h) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&amp;/g, '&');
}

/** Texts of the w:p paragraphs in a piece of document XML (w:t runs; tabs and breaks kept as spaces). */
function paragraphTexts(xml: string): string[] {
  const out: string[] = [];
  for (const p of xml.match(/<w:p[ >][\s\S]*?<\/w:p>|<w:p\/>/g) ?? []) {
    let text = '';
    for (const m of p.matchAll(/<w:t(?:\s[^>]*)?>([\s\S]*?)<\/w:t>|<w:tab\/>|<w:br\/>/g)) text += m[1] !== undefined ? decodeXml(m[1]) : ' ';
    if (text.trim()) out.push(text);
  }
  return out;
}

/** The document XML without its tables (nested ones included). */
function withoutTables(xml: string): string {
  let out = '';
  let depth = 0;
  let at = 0;
  for (const m of xml.matchAll(/<w:tbl>|<w:tbl\s[^>]*>|<\/w:tbl>/g)) {
    if (m[0].startsWith('</')) {
      depth = Math.max(0, depth - 1);
      if (depth === 0) at = m.index! + m[0].length;
    } else {
      if (depth === 0) out += xml.slice(at, m.index);
      depth++;
    }
  }
  return depth === 0 ? out + xml.slice(at) : out;
}

/** Prose a document must hold outside its tables for them to be left out: a few sentences. */
const MIN_PROSE = 200;
const proseLength = (texts: string[]) => texts.filter((t) => /[\u4e00-\u9fff].*[，。；]/.test(t)).reduce((n, t) => n + t.length, 0);

/**
 * Paragraph texts of a .docx body. A 说明 whose sentences stand outside tables is read without its
 * tables (the 公开表 and 绩效自评表 of a whole package kept as one document read as sentences gave false
 * findings); a document whose text is all in tables (a PDF converted to Word lays pages out so) keeps them.
 */
export async function docxParagraphs(data: Uint8Array | Buffer): Promise<string[]> {
  const zip = await JSZip.loadAsync(data).catch(() => {
    throw new Error('不是有效的 .docx 文件（无法打开，可能已损坏或是改了扩展名的其他文件）');
  });
  const xml = await zip.file('word/document.xml')?.async('string');
  if (!xml) throw new Error('不是有效的 .docx 文件（缺少 word/document.xml）');
  const prose = paragraphTexts(withoutTables(xml));
  return proseLength(prose) >= MIN_PROSE ? prose : paragraphTexts(xml);
}

/** Word-processor files a 说明 is kept in that only an office suite reads: saved anew as .docx, or converted (the CLI). */
export const OTHER_DOCUMENT = /\.(doc|wps|rtf|odt)$/i;

/** Files read as plain text, a paragraph per line. */
const TEXT = /(\.(txt|text|md)|^[^.]*)$/i;

/**
 * The paragraphs of a 说明 file by its name's extension: .docx, or text (.txt, UTF-8, one paragraph per
 * line). Anything else is refused with what to do: read as text it gave paragraphs of binary noise, and
 * a 说明 "checked" with no finding.
 */
export async function paragraphsFromDocument(name: string, data: Uint8Array): Promise<NarrativeParagraph[]> {
  const ext = /\.[^.]+$/.exec(name.toLowerCase())?.[0] ?? '';
  if (ext === '.docx') return repairPdfCopy((await docxParagraphs(data)).map((text) => ({ text })));
  if (OTHER_DOCUMENT.test(name)) throw new Error(`不支持 ${ext} 文件，请在 Word 或 WPS 中另存为 .docx 或 .txt`);
  if (ext === '.pdf') throw new Error('不能直接读取 PDF：请在 Word 或 WPS 中把它另存为 .docx，或把说明的文字复制到 .txt 文件');
  if (!TEXT.test(name)) throw new Error(`不支持 ${ext} 文件作为说明：请用 .docx 或 .txt`);
  return paragraphsFromText(new TextDecoder('utf-8').decode(data).replace(/^\uFEFF/, ''));
}
