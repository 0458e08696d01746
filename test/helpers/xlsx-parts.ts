import * as fs from 'fs';
import JSZip from 'jszip';

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
