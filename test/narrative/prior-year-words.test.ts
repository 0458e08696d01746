import { buildNarrative, documentParagraphs, lintNarrative } from '../../src/core/narrative';
import { readWorkbookFile } from '../../src/io/exceljs-reader';
import { recognizeTables } from '../../src/core/tables/recognize';
import { CheckContext } from '../../src/core/rules/context';
import { TableResolver } from '../../src/core/narrative/lint/resolve';
import type { Workbook } from '../../src/core/model/workbook';
import type { RecognizedTable } from '../../src/core/tables/types';
import { fixturePath } from '../fixtures/registry';

/**
 * With last year's workbook: “与上年持平” and a bare “比上年增长p%” are judged against it. seed004-prior.xlsx is the
 * sample × 0.8 (机关运行经费 63.69 → 50.95, 一般公共预算财政拨款支出 1095.72 → 876.58); its 机关运行经费 cell is set
 * to 63.69 (equal) or emptied (0) in memory for the other cases.
 */

let sample: Workbook;
let tables: RecognizedTable[];
let prior: Workbook;
let draft: string[];

beforeAll(async () => {
  sample = await readWorkbookFile(fixturePath('seed004-clean.xlsx'));
  tables = recognizeTables(sample).tables;
  prior = await readWorkbookFile(fixturePath('seed004-prior.xlsx'));
  draft = documentParagraphs(buildNarrative(sample, { prior }).document);
});

/** Last year's workbook with its 机关运行经费 决算数 cell set to `value`. */
function priorWithOpex(value: number | null): Workbook {
  const ref = new TableResolver(new CheckContext(prior, recognizeTables(prior).tables)).resolve('opex', 'opex')[0].ref;
  const sheets = prior.sheets.map((s) => {
    if (s.name !== ref.sheet) return s;
    const rows = s.rows.map((r) => (r ? [...r] : r));
    rows[ref.row][ref.col] = { value };
    return { ...s, rows };
  });
  return { ...prior, sheets };
}

const OPEX = /^2023年度，本部门机关运行经费支出63\.69万元。.*$/;

/** The draft with what follows its 机关运行经费 amount replaced by `rest`, linted against `last`. */
function lintOpex(rest: string, last: Workbook) {
  const at = draft.findIndex((p) => OPEX.test(p));
  expect(at).toBeGreaterThanOrEqual(0);
  const paragraphs = draft.map((p, i) => ({ text: i === at ? `2023年度，本部门机关运行经费支出63.69万元${rest}` : p }));
  const report = lintNarrative(paragraphs, { workbook: sample, tables, priorWorkbook: last, priorTables: recognizeTables(last).tables });
  return report.findings.filter((f) => f.paragraph === at && f.rule !== 'N08');
}

describe('“与上年持平” against last year’s table', () => {
  it('50.95 last year: 持平 is an error (应为增加 12.74万元); in a sentence of its own or after a comma', () => {
    for (const rest of ['。与2022年度持平。', '，与上年持平。']) {
      const f = lintOpex(rest, prior);
      expect(f.map((x) => [x.rule, x.severity, x.expected])).toEqual([['N14', 'error', '增加']]);
      expect(f[0].message).toContain('应为增加 12.74万元');
    }
  });

  it('0 last year: 持平 is an error that says the item is new', () => {
    const f = lintOpex('。与上年持平。', priorWithOpex(null));
    expect(f.map((x) => [x.rule, x.expected])).toEqual([['N14', '新增']]);
    expect(f[0].message).toContain('上年为0，应写明为新增');
  });

  it('63.69 last year: 持平, and “增加0.00万元，增长0.00%”, are right', () => {
    const equal = priorWithOpex(63.69);
    expect(lintOpex('。与2022年度持平。', equal)).toEqual([]);
    expect(lintOpex('。与2022年度相比，机关运行经费增加0.00万元，增长0.00%。', equal)).toEqual([]);
  });
});

describe('“比上年增长p%” with no amount (after the amount, in its sentence)', () => {
  it('is recomputed from last year’s table: 30.00% → 25.00%; 25.00% passes', () => {
    const f = lintOpex('，比上年增长30.00%。主要原因是人员增加。', prior);
    expect(f.map((x) => [x.rule, x.expected, x.actual])).toEqual([['N03', '25.00%', '30.00%']]);
    expect(f[0].related[0].role).toMatch(/^上年 公开10表/);
    expect(lintOpex('，比上年增长25.00%。主要原因是人员增加。', prior)).toEqual([]);
  });

  it('in a sentence of its own after the amount (“。与2022年度相比增长p%”): the rate is the amount’s', () => {
    expect(lintOpex('。与2022年度相比增长30.00%。主要原因是人员增加。', prior).map((x) => [x.rule, x.expected])).toEqual([['N03', '25.00%']]);
    expect(lintOpex('。与2022年度相比增长10.00%。主要原因是人员增加。', priorWithOpex(63.69)).map((x) => [x.rule, x.expected])).toEqual([['N03', '0.00%']]);
  });

  it('“下降” when it rose is an error without a correction; a zero 上年数 is no base for a rate', () => {
    const down = lintOpex('，比上年下降25.00%。主要原因是人员减少。', prior);
    expect(down.map((x) => [x.rule, x.replacement])).toEqual([['N03', undefined]]);
    expect(down[0].message).toContain('实为增加');
    const zero = lintOpex('，比上年增长100.00%。主要原因是新设机构。', priorWithOpex(null));
    expect(zero.map((x) => x.rule)).toEqual(['N03']);
    expect(zero[0].message).toContain('为0');
  });
});

describe('N03 on the 一般公共预算 growth', () => {
  it('calls last year’s amount 上年数, not 预算数 (一般公共预算 is a fund’s name)', () => {
    const at = draft.findIndex((p) => p.includes('一般公共预算财政拨款支出增加219.14万元，增长25.00%'));
    expect(at).toBeGreaterThanOrEqual(0);
    const paragraphs = draft.map((p, i) => ({ text: i === at ? p.replace('增长25.00%', '增长26.00%') : p }));
    const f = lintNarrative(paragraphs, { workbook: sample, tables, priorWorkbook: prior, priorTables: recognizeTables(prior).tables }).findings.filter((x) => x.rule === 'N03');
    expect(f).toHaveLength(1);
    expect(f[0].message).toContain('÷ 上年数 876.58万元 = 25.00%');
  });
});
