import { buildNarrative, documentParagraphs, lintNarrative } from '../../src/core/narrative';
import { readWorkbookFile } from '../../src/io/exceljs-reader';
import { recognizeTables } from '../../src/core/tables/recognize';
import type { Workbook } from '../../src/core/model/workbook';
import type { RecognizedTable } from '../../src/core/tables/types';
import { fixturePath } from '../fixtures/registry';

/**
 * One amount of a right 说明 re-typed: N01 corrects it, and the shares, rates and 上年数 around it are judged on the
 * tables' figure — so the corrected paragraph is the paragraph as it was, with no figure derived from the typo.
 */

let sample: Workbook;
let prior: Workbook;
let tables: RecognizedTable[];
let priorTables: RecognizedTable[];
/** The tool's own draft of the seed-004 sample with last year's workbook: every figure in it is right. */
let draft: string[];

beforeAll(async () => {
  sample = await readWorkbookFile(fixturePath('seed004-clean.xlsx'));
  prior = await readWorkbookFile(fixturePath('seed004-prior.xlsx'));
  tables = recognizeTables(sample).tables;
  priorTables = recognizeTables(prior).tables;
  draft = documentParagraphs(buildNarrative(sample, { prior }).document);
});

function lintChanged(from: string, to: string) {
  const at = draft.findIndex((p) => p.includes(from));
  expect(at).toBeGreaterThanOrEqual(0);
  const paragraphs = draft.map((p, i) => ({ text: i === at ? p.replace(from, to) : p }));
  const findings = lintNarrative(paragraphs, { workbook: sample, tables, priorWorkbook: prior, priorTables }).findings.filter((f) => f.rule !== 'N00');
  return { at, original: draft[at], findings };
}

describe('a typo corrected whole: the paragraph offered is the right one', () => {
  it('the draft lints clean with last year’s workbook', () => {
    const findings = lintNarrative(draft.map((text) => ({ text })), { workbook: sample, tables, priorWorkbook: prior, priorTables }).findings;
    expect(findings.filter((f) => f.rule !== 'N00')).toEqual([]);
  });

  it('本年收入合计 1095.72 → 1095.27: N01 alone, not 占100.04% nor 增长25.01% (nor a 上年数 off by the typo)', () => {
    const { at, original, findings } = lintChanged('2023年度本年收入合计1095.72万元，其中', '2023年度本年收入合计1095.27万元，其中');
    expect(findings.map((f) => [f.rule, f.paragraph, f.expected])).toEqual([['N01', at, '1095.72']]);
    expect(findings[0].replacement).toBe(original);
  });

  it('机关运行经费 63.69 → 36.69: N01 alone; the 增长25.00% after it stays', () => {
    const { original, findings } = lintChanged('机关运行经费支出63.69万元', '机关运行经费支出36.69万元');
    expect(findings.map((f) => f.rule)).toEqual(['N01']);
    expect(findings[0].replacement).toBe(original);
  });

  it('住房保障支出 41.80万元 → 41.08元: N01 and N10 offer the same paragraph, 41.80万元 (not “41.80万万元”)', () => {
    const { original, findings } = lintChanged('住房保障支出41.80万元，占', '住房保障支出41.08元，占');
    expect(findings.map((f) => f.rule).sort()).toEqual(['N01', 'N10']);
    for (const f of findings) expect(f.replacement).toBe(original);
    expect(findings.find((f) => f.rule === 'N10')!.expected).toBe('41.80万元');
  });
});

describe('an amount in 元 among 万元 amounts', () => {
  it('国内公务接待费14700元 (the table’s 1.47万元) is right: no N01, no N10', () => {
    expect(lintChanged('国内公务接待费1.47万元', '国内公务接待费14700元').findings).toEqual([]);
  });

  it('国内公务接待费14800元 is compared and corrected in 元: 差 +100元, the paragraph with 14700元', () => {
    const { original, findings } = lintChanged('国内公务接待费1.47万元', '国内公务接待费14800元');
    expect(findings.map((f) => [f.rule, f.expected, f.actual, f.difference])).toEqual([['N01', '14700', '14800', '+100']]);
    expect(findings[0].message).toContain('（差 +100元）');
    expect(findings[0].replacement).toBe(original.replace('国内公务接待费1.47万元', '国内公务接待费14700元'));
  });

  it('国内公务接待费1.47元 is still 元 for 万元 (N10), corrected to 1.47万元', () => {
    const { original, findings } = lintChanged('国内公务接待费1.47万元', '国内公务接待费1.47元');
    expect(findings.map((f) => f.rule)).toEqual(['N10']);
    expect(findings[0].replacement).toBe(original);
  });
});
