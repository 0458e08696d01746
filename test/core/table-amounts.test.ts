import fc from 'fast-check';
import Decimal from 'decimal.js';
import { CheckContext } from '../../src/core/rules/context';
import { NO_INTEGER_MICRO, UNREADABLE_MICRO } from '../../src/core/rules/table-amounts';
import { sheetFromValues } from '../../src/core/model/workbook';
import { parseCell, parseCellValue, parseNumberText, plainMicro, plainNumberText } from '../../src/core/numbers/parse';
import { microOfReading } from '../../src/core/rules/table-amounts';
import type { RecognizedTable } from '../../src/core/tables/types';

function workbookWith(values: (string | number | null)[][]) {
  const sheet = sheetFromValues('表', values);
  const table: RecognizedTable = {
    id: 'T03', family: 'yunnan', label: '公开03表', title: '支出决算表', sheet: '表', range: 'A1:C3', top: 0, left: 0,
    bottom: 2, right: 2, unit: '万元', columns: [], rows: [], notes: [], empty: false,
  };
  return { workbook: { sheets: [sheet] }, table, sheet };
}

describe('TableAmounts: a table’s amounts in printed millionths, read once per check', () => {
  it('reads numbers, text numbers, placeholders, written units and typos', () => {
    const { workbook, table } = workbookWith([
      ['1,095.72', 3, '—'],
      ['3.5万', '7.99O', 0.1234567],
      [null, '（1.00）', '合计'],
    ]);
    const amounts = new CheckContext(workbook, [table]).amountsOf(table);
    const at = (row: number, col: number) => amounts.microAt({ sheet: '表', row, col });
    expect([at(0, 0), at(0, 1), at(0, 2)]).toEqual([1_095_720_000, 3_000_000, 0]);
    expect([at(1, 0), at(1, 1), at(1, 2)]).toEqual([NO_INTEGER_MICRO, UNREADABLE_MICRO, NO_INTEGER_MICRO]);
    expect([at(2, 0), at(2, 1), at(2, 2)]).toEqual([0, -1_000_000, 0]);
    // Outside the table's rectangle: read each time, same answer.
    expect(amounts.microAt({ sheet: '表', row: 5, col: 0 })).toBe(0);
  });

  it('a new check sees a cell edited after the last one (the add-in re-checks after writing a fix)', () => {
    const { workbook, table, sheet } = workbookWith([['1.00', 2, 3], [], []]);
    const ref = { sheet: '表', row: 0, col: 0 };
    expect(new CheckContext(workbook, [table]).amountsOf(table).microAt(ref)).toBe(1_000_000);
    sheet.rows[0][0]!.value = 4.25;
    expect(new CheckContext(workbook, [table]).amountsOf(table).microAt(ref)).toBe(4_250_000);
    sheet.rows[0][0]!.numFmt = '0.0';
    expect(new CheckContext(workbook, [table]).amountsOf(table).microAt(ref)).toBe(4_300_000);
  });
});

describe('parse fast paths give the general path’s reading', () => {
  const decimalText = fc
    .tuple(fc.boolean(), fc.stringMatching(/^\d{1,12}$/), fc.option(fc.stringMatching(/^\d{1,8}$/), { nil: undefined }))
    .map(([neg, int, frac]) => `${neg ? '-' : ''}${int}${frac ? `.${frac}` : ''}`);

  it('plain decimal text reads as the same text padded with spaces (which takes the general path)', () => {
    fc.assert(fc.property(decimalText, (text) => expect(parseNumberText(text)).toEqual(parseNumberText(` ${text} `))));
  });

  it('a stored number reads as its shortest plain text, decimals and millionths', () => {
    const formats = [undefined, 'General', '0', '0.00', '#,##0.00', '#,##0.000000', '0.0000000'];
    fc.assert(
      fc.property(fc.oneof(fc.double({ min: -1e12, max: 1e12, noNaN: true }), fc.integer({ min: -1e10, max: 1e10 }).map((n) => n / 100)), fc.constantFrom(...formats), (value, numFmt) => {
        const p = parseCellValue(value, numFmt);
        if (p.kind !== 'number') throw new Error('not a number');
        // The reference: what parseCellValue did before its fast path.
        const text = plainNumberText(value);
        const natural = Math.min(text.includes('.') ? text.length - text.indexOf('.') - 1 : 0, 10);
        const fmt = numFmt === undefined || numFmt === 'General' ? undefined : (/\.(0+)/.exec(numFmt)?.[1].length ?? 0);
        const decimals = fmt ?? natural;
        const shown = fmt !== undefined && fmt < natural ? new Decimal(text).toDecimalPlaces(fmt, Decimal.ROUND_HALF_UP).toFixed() : text;
        const n = Number(shown);
        const micro = decimals > 6 ? null : Math.abs(n) < 1e9 ? Math.round(n * 1e6) : null;
        expect([p.text, p.decimals, p.micro]).toEqual([shown, decimals, micro]);
      }),
    );
  });
});

describe('plainMicro: a plain cell’s millionths without a reading object', () => {
  it('is undefined or what parseCell’s reading gives, for any cell', () => {
    const value = fc.oneof(
      fc.double({ min: -1e10, max: 1e10 }),
      fc.integer({ min: -1e9, max: 1e9 }).map((n) => n / 100),
      fc.stringMatching(/^-?\d{1,10}(\.\d{1,8})?$/),
      fc.constantFrom('', '—', '7.99O', '1,095.72', '(1.00)', '3.5万', '99%', ' 12 ', '-0', '合计'),
      fc.constant(null),
      fc.boolean(),
    );
    const numFmt = fc.constantFrom(undefined, 'General', '0.00', '#,##0.0', '0%', '0.0000000', '@');
    const error = fc.option(fc.constantFrom('#REF!', '#DIV/0!'), { nil: undefined });
    fc.assert(
      fc.property(value, numFmt, error, (v, f, e) => {
        const quick = plainMicro({ value: v, numFmt: f, error: e });
        if (quick !== undefined) expect(quick).toBe(microOfReading(parseCell({ value: v, numFmt: f, error: e })));
      }),
    );
    expect(plainMicro(undefined)).toBe(0);
    expect(plainMicro({ value: '1095.72' })).toBe(1_095_720_000);
    expect(plainMicro({ value: 3, numFmt: '0.00' })).toBe(3_000_000);
    expect(plainMicro({ value: 0.375, numFmt: '0.00' })).toBeUndefined(); // the format rounds: parseCell decides
  });
});
