import { readWorkbookFile } from '../../src/io/exceljs-reader';
import { buildNarrative } from '../../src/core/narrative';
import type { Sheet, Workbook } from '../../src/core/model/workbook';
import { lintNarrative } from '../../src/core/narrative/lint';
import { findNarrative } from '../../src/core/narrative/lint/sheet-source';
import { recognizeTables } from '../../src/core/tables/recognize';
import { fixturePath } from '../fixtures/registry';

/** A table's sheet with every amount taken out: a blank template an officer left in the workbook. */
function blankTemplateOf(workbook: Workbook, sheet: string): Sheet {
  const blank = structuredClone(workbook.sheets.find((s) => s.name === sheet)!);
  blank.name = '空白模板';
  for (const row of blank.rows) for (let c = 3; c < row.length; c++) if (typeof row[c]?.value === 'number' || /^[\d,.]+$/.test(String(row[c]?.value ?? ''))) row[c] = undefined;
  return blank;
}

/** The workbook with a blank template of one table placed just before it. */
function withTemplateBefore(workbook: Workbook, sheet: string): Workbook {
  const wb = structuredClone(workbook);
  wb.sheets.splice(wb.sheets.findIndex((s) => s.name === sheet), 0, blankTemplateOf(workbook, sheet));
  return wb;
}

describe('a blank template placed before its table', () => {
  it('is not the 公开03表 the 说明 is drafted from (was: its empty amounts in the 支出 paragraphs)', async () => {
    const clean = await readWorkbookFile(fixturePath('seed004-clean.xlsx'));
    const drafted = buildNarrative(withTemplateBefore(clean, '公开03表'));
    expect(drafted.facts).toEqual(buildNarrative(clean).facts);
    expect(drafted.document).toEqual(buildNarrative(clean).document);
  });

  it('is not the 公开05表 a 说明 is checked against (was: five false findings on its 财政拨款 amounts)', async () => {
    const workbook = await readWorkbookFile(fixturePath('seed004-with-narrative.xlsx'));
    const paragraphs = findNarrative(workbook, { tables: recognizeTables(workbook).tables })!.paragraphs;
    const lint = (wb: Workbook) => lintNarrative(paragraphs, { workbook: wb, tables: recognizeTables(wb).tables }).findings;
    const before = lint(workbook);
    expect(before.length).toBeGreaterThan(0);
    expect(lint(withTemplateBefore(workbook, '公开05表'))).toEqual(before);
  });
});
