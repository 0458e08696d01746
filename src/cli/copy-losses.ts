import type JSZip from 'jszip';
import type { SheetPart } from '../io/xlsx-package';

/** Parts of a package the ExcelJS round trip drops, by where they live, in the officer's words. */
const DROPPED_PARTS: { under: RegExp; what: string }[] = [
  { under: /^xl\/charts\//, what: '图表' },
  { under: /^xl\/threadedComments\//, what: '新式批注（批注会话及其回复）' },
  { under: /^xl\/vbaProject\.bin$/, what: '宏（VBA）' },
  { under: /^xl\/pivotTables\//, what: '数据透视表' },
];

/** Sheet content it drops. */
const DROPPED_IN_SHEETS: { found: RegExp; what: string }[] = [
  { found: /<x14:dataValidation\b/, what: '存于扩展部分的数据验证（如引用其他工作表的下拉列表）' },
  { found: /<brk\b[^>]*\sman="(1|true)"/, what: '手动分页符' },
  // As Excel writes a link to a cell of the workbook: ExcelJS reads a link only with a relationship.
  { found: /<hyperlink\b(?![^>]*\sr:id=)[^>]*\slocation=/, what: '指向本工作簿单元格的超链接' },
];

/** What of the input the annotated copy cannot keep, each named once. */
export async function copyLosses(zip: JSZip, sheets: SheetPart[]): Promise<string[]> {
  const names = Object.keys(zip.files);
  const lost = DROPPED_PARTS.filter((d) => names.some((n) => d.under.test(n))).map((d) => d.what);
  const found = new Set<string>();
  for (const { part } of sheets) {
    const xml = (await zip.file(part)?.async('string')) ?? '';
    for (const d of DROPPED_IN_SHEETS) if (d.found.test(xml)) found.add(d.what);
  }
  return [...lost, ...DROPPED_IN_SHEETS.map((d) => d.what).filter((w) => found.has(w))];
}
