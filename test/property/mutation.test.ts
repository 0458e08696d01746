/**
 * Property: changing any one amount cell of the clean sample by ≥ 0.02 (2-decimal cells) is always
 * reported by a finding that names the cell (as its cell or among its related cells): an error or
 * a warning — or, where the cell is one of many addends, an info whose gap that many rounded
 * terms can really explain (the project's rounding policy: a 14-term sum may be off by up to 0.07).
 * Above what any identity of the sample can absorb (0.20), it is always an error or a warning.
 * FUZZ_RUNS raises the number of changes for a run by hand.
 */
import fc from 'fast-check';
import Decimal from 'decimal.js';
import { checkWorkbook } from '../../src/core/check';
import { a1 } from '../../src/core/model/address';
import type { CellRef, Workbook } from '../../src/core/model/workbook';
import { cellAt } from '../../src/core/model/workbook';
import { parseCell } from '../../src/core/numbers/parse';
import { recognizeTables } from '../../src/core/tables/recognize';
import { seed004Workbook } from './seed004-model';

const clean = seed004Workbook();

/** Amount cells of the recognised tables: not headings (“—” by template) and not counts (批次, 人次, 辆). */
const cells: (CellRef & { label: string })[] = [];
{
  const seen = new Set<string>();
  for (const t of recognizeTables(clean).tables) {
    for (const r of t.rows) {
      if (/^(stat\.|sg\.heading)/.test(r.key ?? '')) continue;
      for (const [key, ref] of Object.entries(r.cells)) {
        const id = `${ref.sheet}!${a1(ref.row, ref.col)}`;
        if (seen.has(id)) continue;
        seen.add(id);
        cells.push({ ...ref, label: `${t.label} ${r.code ?? r.key ?? r.name} ${key}` });
      }
    }
  }
}

function withValue(wb: Workbook, ref: CellRef, value: number): Workbook {
  return {
    ...wb,
    sheets: wb.sheets.map((s) => {
      if (s.name !== ref.sheet) return s;
      const rows = s.rows.slice();
      const line = (rows[ref.row] ?? []).slice();
      line[ref.col] = { value, numFmt: '#,##0.00' };
      rows[ref.row] = line;
      return { ...s, rows };
    }),
  };
}

it('the sample has amount cells in every table', () => {
  expect(new Set(cells.map((c) => c.sheet)).size).toBe(12);
  expect(cells.length).toBeGreaterThan(1000);
});

it('any single amount changed by ≥ 0.02 is reported at that cell (error or warning)', () => {
  fc.assert(
    fc.property(
      fc.nat({ max: cells.length - 1 }),
      // Small changes (where rounding matters) as often as large ones.
      fc.oneof(fc.integer({ min: 2, max: 30 }), fc.integer({ min: 2, max: 500_000 })),
      fc.boolean(),
      (index, cents, down) => {
        const ref = cells[index];
        const sheet = clean.sheets.find((s) => s.name === ref.sheet)!;
        const parsed = parseCell(cellAt(sheet, ref.row, ref.col));
        const old = parsed.kind === 'number' ? parsed.value : new Decimal(0);
        const delta = new Decimal(cents).div(100);
        // Amounts are not negative: go down only when there is room.
        const next = down && old.greaterThanOrEqualTo(delta) ? old.minus(delta) : old.plus(delta);
        const report = checkWorkbook(withValue(clean, ref, next.toNumber()));
        const cell = a1(ref.row, ref.col);
        const names = (s: string, c: string) => s === ref.sheet && c === cell;
        const naming = report.findings.filter((f) => names(f.sheet, f.cell) || f.related.some((r) => names(r.sheet, r.cell)));
        const loud = naming.some((f) => f.severity !== 'info');
        // An info is enough only while rounding of its terms covers the gap (half a cent per printed term).
        const explained = naming.some(
          (f) => f.severity === 'info' && Math.abs(Number(f.difference)) < (f.related.length + 1) * 0.005 + 1e-9,
        );
        const ok = loud || (delta.lessThan(0.2) && explained);
        if (!ok) throw new Error(`${ref.label} (${ref.sheet}!${cell}) ${old.toFixed(2)} → ${next.toFixed(2)} not reported`);
      },
    ),
    { numRuns: Number(process.env.FUZZ_RUNS ?? 50) },
  );
});
