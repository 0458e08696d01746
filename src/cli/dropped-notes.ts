import type ExcelJS from 'exceljs';
import type JSZip from 'jszip';
import { type SheetPart, relationshipsOf, unescapeXml } from '../io/xlsx-package';

const COMMENTS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments';

/** A comment's text: its runs' <t> elements (phonetic guides left out). */
function commentText(xml: string): string {
  return [...xml.replace(/<rPh\b[\s\S]*?<\/rPh>/g, '').matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>/g)].map((m) => unescapeXml(m[1])).join('');
}

/**
 * Puts back the notes ExcelJS drops while reading: a note on a cell the sheet stores no <c> for (an empty
 * cell) is not attached to anything. Their text is kept, not their formatting.
 */
export async function restoreDroppedNotes(wb: ExcelJS.Workbook, zip: JSZip, sheets: SheetPart[]): Promise<void> {
  for (const { name, part } of sheets) {
    const ws = wb.getWorksheet(name);
    if (!ws) continue;
    for (const rel of await relationshipsOf(zip, part)) {
      if (rel.type !== COMMENTS || rel.external) continue;
      const xml = (await zip.file(rel.target)?.async('string')) ?? '';
      for (const [, ref, body] of xml.matchAll(/<comment\b[^>]*\sref="([A-Z]+\d+)"[^>]*>([\s\S]*?)<\/comment>/g)) {
        const cell = ws.getCell(ref);
        if (!cell.note) cell.note = commentText(body);
      }
    }
  }
}
