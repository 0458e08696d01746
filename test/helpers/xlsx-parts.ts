import * as fs from 'fs';
import JSZip from 'jszip';
import { sheetParts, unescapeXml } from '../../src/io/xlsx-package';

/** A copy of the workbook `from` with parts rewritten (part name → new text from the old), or added when absent. */
export async function rewriteParts(from: string, to: string, edits: Record<string, (xml: string) => string>): Promise<string> {
  const zip = await JSZip.loadAsync(fs.readFileSync(from));
  for (const [part, edit] of Object.entries(edits)) {
    const old = zip.file(part);
    zip.file(part, edit(old ? await old.async('string') : ''));
  }
  fs.writeFileSync(to, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
  return to;
}

/** One part of a workbook as text ('' when absent). */
export async function partText(file: string, part: string): Promise<string> {
  const entry = (await JSZip.loadAsync(fs.readFileSync(file))).file(part);
  return entry ? entry.async('string') : '';
}

/**
 * The places a sheet's links to within the workbook point at, read from its XML: ExcelJS reads a link only
 * with a relationship, and the tool writes them as Excel does, location-only.
 */
export async function internalLinks(file: string, sheet: string): Promise<string[]> {
  const zip = await JSZip.loadAsync(fs.readFileSync(file));
  const part = (await sheetParts(zip)).find((s) => s.name === sheet)?.part;
  const xml = part ? await zip.file(part)!.async('string') : '';
  return [...xml.matchAll(/<hyperlink\b[^>]*\slocation="([^"]*)"/g)].map((m) => unescapeXml(m[1]));
}
