/**
 * Property: how the amounts are typed — numbers or text, with or without thousands separators,
 * full-width digits, invisible characters pasted along — never changes which findings the checker reports (rule, sheet, cell, severity).
 */
import fc from 'fast-check';
import { checkWorkbook } from '../../src/core/check';
import type { Workbook } from '../../src/core/model/workbook';
import { STYLES, STYLE_NAMES, amountCount, seed004Workbook } from './seed004-model';
import ExcelJS from 'exceljs';
import { readWorkbookBuffer } from '../../src/io/exceljs-reader';
import { seed004Tables } from '../fixtures/seed004-tables';
import { writeRows, type CellStyle } from '../fixtures/xlsx-writer';

function findingSet(wb: Workbook): string[] {
  return checkWorkbook(wb)
    .findings.map((f) => `${f.rule} ${f.sheet}!${f.cell} ${f.severity}`)
    .sort();
}

const baseline = findingSet(seed004Workbook());
const n = amountCount();

it('the baseline has the known findings (so the comparison is not vacuous)', () => {
  expect(baseline).toContain('CLASS-NAME 公开05表!D13 warning');
  expect(baseline.some((f) => f.endsWith('warning'))).toBe(true);
});

it.each(STYLE_NAMES)('every amount typed as %s gives the same findings', (name) => {
  expect(findingSet(seed004Workbook(() => STYLES[name]))).toEqual(baseline);
});

it('any mix of styles cell by cell gives the same findings', () => {
  fc.assert(
    fc.property(fc.array(fc.nat({ max: STYLE_NAMES.length - 1 }), { minLength: n, maxLength: n }), (choice) => {
      expect(findingSet(seed004Workbook((i) => STYLES[STYLE_NAMES[choice[i]]]))).toEqual(baseline);
    }),
    { numRuns: 50 },
  );
});

describe('through an .xlsx file (ExcelJS write and read)', () => {
  const styles: [string, CellStyle][] = [
    ['numbers', {}],
    ['text', { numbersAsText: true }],
    ['text without thousands', { numbersAsText: true, noThousands: true }],
    ['full-width text', { fullWidth: true }],
  ];
  it.each(styles)('%s gives the same findings', async (_name, style) => {
    const wb = new ExcelJS.Workbook();
    for (const t of seed004Tables()) writeRows(wb.addWorksheet(t.number), t.rows, 1, 1, style);
    const read = await readWorkbookBuffer(Buffer.from(await wb.xlsx.writeBuffer()));
    expect(findingSet(read)).toEqual(baseline);
  });
});
