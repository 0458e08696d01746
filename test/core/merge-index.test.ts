import fc from 'fast-check';
import type { CellRange, Sheet } from '../../src/core/model/workbook';
import { mergedText, setCell } from '../../src/core/model/workbook';
import { mergeCovering } from '../../src/core/model/merge-index';

/** The definition: the first merge in sheet order that covers the cell. */
function firstCovering(merges: CellRange[], row: number, col: number): CellRange | undefined {
  return merges.find((m) => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right);
}

const range = fc
  .tuple(fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 8 }), fc.integer({ min: 0, max: 8 }), fc.boolean())
  .map(([top, left, h, w, huge]): CellRange => (huge ? { top, left, bottom: top + 80, right: left + 80 } : { top, left, bottom: top + h, right: left + w }));

describe('mergeCovering', () => {
  it('finds the same merge as scanning the list, for any merges (big, small, overlapping) and any cell', () => {
    fc.assert(
      fc.property(fc.array(range, { maxLength: 12 }), fc.integer({ min: 0, max: 120 }), fc.integer({ min: 0, max: 120 }), (merges, row, col) => {
        const sheet: Sheet = { name: 'S', rows: [], merges };
        expect(mergeCovering(sheet, row, col)).toBe(firstCovering(merges, row, col));
      }),
      { numRuns: 2000 },
    );
  });

  it('sees merges added after the first lookup (a sheet edited between checks)', () => {
    const sheet: Sheet = { name: 'S', rows: [], merges: [] };
    setCell(sheet, 0, 0, { value: '一级指标' });
    expect(mergedText(sheet, 1, 0)).toBe('');
    sheet.merges.push({ top: 0, left: 0, bottom: 1, right: 0 });
    expect(mergedText(sheet, 1, 0)).toBe('一级指标');
    sheet.merges = [];
    expect(mergedText(sheet, 1, 0)).toBe('');
  });
});
