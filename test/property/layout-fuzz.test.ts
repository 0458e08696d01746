/**
 * Property: no arrangement of real tables and junk makes the checker throw or leaves a rule unable
 * to finish. Sheets are built from seed 004's tables placed at random offsets (stacked, side by side,
 * overlapping), with junk an officer's workbook really holds sprinkled in, random merges, hidden
 * rows and columns, and sometimes a copy of the sheet beside it (hidden, or visible under an older
 * version's name). FUZZ_RUNS raises the number of layouts for a run by hand.
 */
import fc from 'fast-check';
import { checkWorkbook } from '../../src/core/check';
import { type Sheet, type Workbook, sheetFromValues } from '../../src/core/model/workbook';
import { columnLetters, parseA1 } from '../../src/core/model/address';
import { seed004Tables } from '../fixtures/seed004-tables';

const TABLES = seed004Tables();
const JUNK = [
  '合计', '公开03表', '支出决算表', '201', '20103', '201.03', '3辆', '1,095.72', '—', '#REF!', '栏次', '（续）', '金额单位：元',
  '说明：此表为空表', '人员经费合计', '科目编码', '\u200b', '2023年度政府采购情况表', '12.00（调整后）', '-', '0.00', '得分', '分值',
  '项目支出绩效自评表', '10分', '总分', '89.47%', '年度资金总额', '第 1 页', '- 2 -', '1/3', '项目', '类', "'201", '合计：', '一千元',
];

interface Placement {
  table: number;
  left: number;
  beside: boolean;
}
interface Junk {
  row: number;
  col: number;
  text: string;
}
interface Merge {
  top: number;
  left: number;
  height: number;
  width: number;
}

const placement: fc.Arbitrary<Placement> = fc.record({
  table: fc.nat({ max: TABLES.length - 1 }),
  left: fc.oneof(fc.constant(0), fc.nat({ max: 30 })),
  /** Start beside the previous table (same top) instead of below it. */
  beside: fc.boolean(),
});
const junk: fc.Arbitrary<Junk> = fc.record({ row: fc.nat({ max: 300 }), col: fc.nat({ max: 40 }), text: fc.constantFrom(...JUNK) });
const merge: fc.Arbitrary<Merge> = fc.record({ top: fc.nat({ max: 300 }), left: fc.nat({ max: 30 }), height: fc.nat({ max: 3 }), width: fc.nat({ max: 5 }) });

function sheetOf(places: Placement[], junks: Junk[], merges: Merge[]): Sheet {
  const rows: string[][] = [];
  let top = 0;
  for (const p of places) {
    const at = p.beside ? top : rows.length + 2;
    TABLES[p.table].rows.forEach((r, i) => {
      const line = rows[at + i] ?? (rows[at + i] = []);
      r.forEach((c, j) => (line[p.left + j] = c));
    });
    top = at;
  }
  for (const j of junks) (rows[j.row] ?? (rows[j.row] = []))[j.col] = j.text;
  const sheet = sheetFromValues('S', Array.from(rows, (r) => Array.from(r ?? [], (c) => c ?? '')));
  for (const m of merges) sheet.merges.push({ top: m.top, left: m.left, bottom: m.top + m.height, right: m.left + m.width });
  return sheet;
}

const unique = (xs: number[]) => [...new Set(xs)].sort((a, b) => a - b);

it('random layouts of real tables with junk never crash the checker nor stop a rule', () => {
  fc.assert(
    fc.property(
      fc.array(placement, { minLength: 1, maxLength: 6 }),
      fc.array(junk, { maxLength: 30 }),
      fc.array(merge, { maxLength: 6 }),
      fc.array(fc.nat({ max: 300 }), { maxLength: 8 }),
      fc.array(fc.nat({ max: 40 }), { maxLength: 3 }),
      fc.constantFrom('none', 'hidden', 'older'),
      (places, junks, merges, hiddenRows, hiddenCols, copy) => {
        const sheet = sheetOf(places, junks, merges);
        sheet.hiddenRows = unique(hiddenRows);
        sheet.hiddenCols = unique(hiddenCols);
        const workbook: Workbook = { sheets: [sheet] };
        if (copy === 'hidden') workbook.sheets.push({ ...structuredClone(sheet), name: 'S (2)', hidden: true });
        if (copy === 'older') workbook.sheets.push({ ...structuredClone(sheet), name: 'S-修改前' });
        const report = checkWorkbook(workbook);
        expect(report.findings.filter((f) => f.message.includes('未能完成检查'))).toEqual([]);
        expect(report.tables.length + report.unrecognized.length).toBeGreaterThan(0);
        // Hidden lines are named only where they are: a cell of a hidden row or column of the visible sheet.
        for (const f of report.findings.filter((x) => x.rule === 'HIDDEN-AMOUNT' && x.sheet === 'S')) {
          const { row, col } = parseA1(f.cell);
          expect(sheet.hiddenRows.includes(row) || sheet.hiddenCols.includes(col)).toBe(true);
          // 取消隐藏 shows the line the finding points at, and only hidden lines.
          const shown = f.reveal!;
          expect(shown.rows?.includes(row + 1) || shown.cols?.includes(columnLetters(col))).toBe(true);
          for (const r of shown.rows ?? []) expect(sheet.hiddenRows.includes(r - 1)).toBe(true);
          for (const c of shown.cols ?? []) expect(sheet.hiddenCols.map(columnLetters)).toContain(c);
        }
      },
    ),
    { numRuns: Number(process.env.FUZZ_RUNS ?? 400) },
  );
});
