import JSZip from 'jszip';
import { type SheetPart, relsPartOf, sheetParts } from '../io/xlsx-package';

/** A sheet's <dataValidations> element (x14's, in extLst, are another element). */
const VALIDATIONS = /<dataValidations\b[^>]*?(?:\/>|>[\s\S]*?<\/dataValidations>)/;

/** What may follow <dataValidations> in a sheet (the schema's order): it goes before the first of these. */
const AFTER_VALIDATIONS = /<(hyperlinks|printOptions|pageMargins|pageSetup|headerFooter|rowBreaks|colBreaks|customProperties|cellWatches|ignoredErrors|smartTags|drawing|legacyDrawing|legacyDrawingHF|picture|oleObjects|controls|webPublishItems|tableParts|extLst)\b|<\/worksheet>/;

function withValidations(xml: string, validations: string): string {
  if (VALIDATIONS.test(xml)) return xml;
  const at = AFTER_VALIDATIONS.exec(xml);
  return at ? xml.slice(0, at.index) + validations + xml.slice(at.index) : xml;
}

/**
 * A link to a place in the workbook as Excel writes one: a location, no relationship. ExcelJS also gives
 * it an external relationship to "#'表'!D12", which LibreOffice follows to the file itself.
 */
function internalLinks(xml: string): { xml: string; dropped: string[] } {
  const dropped: string[] = [];
  const out = xml.replace(/<hyperlink\b[^>]*>/g, (tag) => {
    if (!/\slocation="/.test(tag)) return tag;
    const id = /\sr:id="([^"]*)"/.exec(tag)?.[1];
    if (id) dropped.push(id);
    return tag.replace(/\sr:id="[^"]*"/, '').replace(/\slocation="#/, ' location="');
  });
  return { xml: out, dropped };
}

function withoutRelationships(rels: string, ids: string[]): string {
  return rels.replace(/<Relationship\b[^>]*\/>/g, (tag) => (ids.some((id) => tag.includes(`Id="${id}"`)) ? '' : tag));
}

/**
 * The copy ExcelJS wrote, finished: each sheet's data validations as the input had them (read without
 * them: see READ_OPTIONS), and its links into the workbook location-only.
 */
export async function finishCopy(copy: Uint8Array, source: JSZip, sourceSheets: SheetPart[]): Promise<Uint8Array> {
  const validations = new Map<string, string>();
  for (const { name, part } of sourceSheets) {
    const found = VALIDATIONS.exec((await source.file(part)?.async('string')) ?? '');
    if (found) validations.set(name, found[0]);
  }
  const zip = await JSZip.loadAsync(copy);
  for (const { name, part } of await sheetParts(zip)) {
    const file = zip.file(part);
    if (!file) continue;
    const before = await file.async('string');
    const kept = validations.get(name);
    const { xml, dropped } = internalLinks(kept ? withValidations(before, kept) : before);
    if (xml !== before) zip.file(part, xml);
    const rels = zip.file(relsPartOf(part));
    if (dropped.length && rels) zip.file(relsPartOf(part), withoutRelationships(await rels.async('string'), dropped));
  }
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
