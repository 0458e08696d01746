/**
 * Seed 004 as published (曲靖市信访局 2023) in every layout fixture: the checker must report exactly
 * the 0.01 rounding cases REFERENCE §2.2 lists (warnings where one printed value stands against
 * another, infos at most for multi-term sums), no error, and one thing the published document really
 * gets wrong: 公开05表 prints 类 201 as “一般公共预算支出” (a 科目名称 warning) — nothing else.
 */
import { checkWorkbook, type CheckReport } from '../../src/core/check';
import { a1 } from '../../src/core/model/address';
import type { Finding } from '../../src/core/findings/finding';
import { recognizeTables } from '../../src/core/tables/recognize';
import type { RecognizedTable, TableId } from '../../src/core/tables/types';
import type { Workbook } from '../../src/core/model/workbook';
import { readWorkbookFile } from '../../src/io/exceljs-reader';
import { FIXTURES, fixturePath } from '../fixtures/registry';

/** The bundled sample plus each layout fixture of the same document that is registered. */
const LAYOUTS = ['sample.xlsx', 'seed004-clean.xlsx', 'seed004-messy.xlsx', 'seed004-stacked.xlsx', 'seed004-splitcodes.xlsx', 'seed004-continued.xlsx', 'seed004-paged.xlsx', 'seed004-side-by-side.xlsx', 'central9.xlsx', 'beijing.xlsx'];
const FILES = LAYOUTS.filter((f) => FIXTURES.some((x) => x.file === f));

/** One printed value against another single value: 尾数差异 warnings (REFERENCE §2.2 verdict). */
const TAIL_CELLS: [TableId, string, string][] = [
  ['T02', '20899', 'total'],
  ['T02', '20899', 'fiscal'],
  ['T03', '20899', 'total'],
  ['T03', '210', 'total'],
  ['T03', '21011', 'total'],
  ['T05', '20899', 'income.total'],
  ['T05', '20899', 'exp.total'],
];

const at = (sheet: string, cell: string) => `${sheet}!${cell}`;

function cellOf(tables: RecognizedTable[], id: TableId, code: string, col: string): string | undefined {
  const ref = tables.find((t) => t.id === id)?.rows.find((r) => r.code === code)?.cells[col];
  return ref && at(ref.sheet, a1(ref.row, ref.col));
}

describe.each(FILES)('seed 004 in %s', (file) => {
  let wb: Workbook;
  let report: CheckReport;
  let tables: RecognizedTable[];
  beforeAll(async () => {
    wb = await readWorkbookFile(fixturePath(file));
    report = checkWorkbook(wb);
    tables = recognizeTables(wb).tables;
  });

  const by = (s: Finding['severity']) => report.findings.filter((f) => f.severity === s);

  /** 公开05表 类 201's name cell: printed “一般公共预算支出”, officially 一般公共服务支出. */
  function misnamed201(): string {
    const row = tables.find((t) => t.id === 'T05')?.rows.find((r) => r.code === '201');
    expect(row?.nameCell).toBeDefined();
    return at(row!.nameCell!.sheet, a1(row!.nameCell!.row, row!.nameCell!.col));
  }

  it('reports no error', () => {
    expect(by('error')).toEqual([]);
  });

  it('warnings are exactly the single-value 0.01 cases (20899 in 公开02/03/05, 公开03 rows 210 and 21011) and 公开05表 类 201’s name', () => {
    const expected = TAIL_CELLS.map(([id, code, col]) => cellOf(tables, id, code, col)).filter((c): c is string => !!c);
    expect(expected.length).toBeGreaterThanOrEqual(3);
    const name = misnamed201();
    const warnings = by('warning');
    expect([...new Set(warnings.map((f) => at(f.sheet, f.cell)))].sort()).toEqual([...new Set([...expected, name])].sort());
    const [nameWarning, ...others] = [...warnings].sort((a, b) => Number(at(b.sheet, b.cell) === name) - Number(at(a.sheet, a.cell) === name));
    expect(nameWarning).toMatchObject({ rule: 'CLASS-NAME', expected: '一般公共服务支出', actual: '一般公共预算支出' });
    for (const w of others) {
      expect(w.rule).toMatch(/^T0[235]-\d$/);
      expect(w.difference).toMatch(/^[+-]?0\.01$/);
      expect(w.message).toContain('尾数差异');
    }
  });

  it('infos only for multi-term sums off by what rounding explains', () => {
    for (const f of by('info')) {
      expect(f.related.length).toBeGreaterThanOrEqual(2);
      expect(Math.abs(Number(f.difference))).toBeLessThanOrEqual(0.02);
    }
  });

  it('recognises the tables the rules run on', () => {
    const ids = report.tables.map((t) => t.id).sort();
    // The central / Beijing sets carry other tables; the Yunnan layouts all twelve.
    if (/central9|beijing/.test(file)) expect(ids).toEqual(expect.arrayContaining(['T01', 'T02', 'T03', 'T04', 'T05', 'T06']));
    else expect(ids).toEqual(['T01', 'T02', 'T03', 'T04', 'T05', 'T06', 'T07', 'T08', 'T09', 'T10', 'T11', 'T12']);
  });
});
