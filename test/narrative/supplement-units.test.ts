import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { buildNarrative, documentParagraphs, readSupplement, supplementTemplate } from '../../src/core/narrative';
import { readWorkbookFile } from '../../src/io/exceljs-reader';
import { sheetFromValues, type Workbook } from '../../src/core/model/workbook';
import { parseArgs } from '../../src/cli/args';
import { runNarrativeCommand } from '../../src/cli/narrative';
import { fixturePath, SAMPLE_WORKBOOK } from '../fixtures/registry';

/** Amounts typed with a unit in the 补充信息 sheet: 万元 as typed, 元 ÷ 10000, anything else refused. */

let sample: Workbook;
beforeAll(async () => {
  sample = await readWorkbookFile(fixturePath('seed004-clean.xlsx'));
});

function withSupplement(values: Record<string, string | number>): Workbook {
  const rows = supplementTemplate(buildNarrative(sample).facts).map((r) => (r[2] in values ? [r[0], r[1], r[2], values[r[2]], r[4]] : r));
  return { sheets: [...sample.sheets, sheetFromValues('补充信息', rows)], source: 'test' };
}

/** 行政单位离退休（项） 2080501: 决算 36.53万元. */
const RETIREES = '行政单位离退休（项）：年初预算为';

function retireesSentence(value: string | number): string {
  const p = documentParagraphs(buildNarrative(withSupplement({ 'budget.2080501': value })).document).find((x) => x.includes(RETIREES));
  expect(p).toBeDefined();
  return p!.slice(p!.indexOf(RETIREES));
}

describe('补充信息 amounts with a unit', () => {
  it.each([['100万元'], ['100.00 万元'], ['100万'], ['1000000元'], ['1,000,000元'], [100], ['100']])('“%s” is 100.00万元', (typed) => {
    expect(readSupplement(withSupplement({ 'budget.2080501': typed })).numbers['budget.2080501'].toFixed(2)).toBe('100.00');
    expect(retireesSentence(typed)).toMatch(/^行政单位离退休（项）：年初预算为100\.00万元，支出决算为36\.53万元，完成年初预算的36\.53%/);
  });

  it('“100元” is 0.01万元, exactly (decimal, not binary)', () => {
    expect(readSupplement(withSupplement({ 'budget.2080501': '100元' })).numbers['budget.2080501'].toString()).toBe('0.01');
    expect(readSupplement(withSupplement({ 'prior.opex': '636900元' })).numbers['prior.opex'].toString()).toBe('63.69');
  });

  it('a percentage or words for an amount, or a money unit for a count, are refused: the placeholder stays, the refusal is said', () => {
    const s = readSupplement(withSupplement({ 'budget.2080501': '36%', 'prior.opex': '约60万元', 'assets.vehicles': '2万元' }));
    expect(s.numbers['budget.2080501']).toBeUndefined();
    expect(s.numbers['prior.opex']).toBeUndefined();
    expect(s.numbers['assets.vehicles']).toBeUndefined();
    expect(s.refused?.map((r) => [r.key, r.value, r.reason])).toEqual([
      ['prior.opex', '约60万元', '不是数字'],
      ['budget.2080501', '36%', '是百分比，不是金额'],
      ['assets.vehicles', '2万元', '带有金额单位'],
    ]);
    expect(s.refused![1].cell).toMatch(/^D\d+$/);
    expect(retireesSentence('36%')).toMatch(/^行政单位离退休（项）：年初预算为【待补充：年初预算数】万元/);
  });
});

describe('juesuan narrative says which 补充信息 value it refused', () => {
  let tmp: string;
  beforeAll(() => (tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'juesuan-supplement-units-'))));
  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it('“100万元” is drafted as 100.00万元; “100美元” is refused on stderr with its cell', async () => {
    const copy = path.join(tmp, '补充信息.xlsx');
    const quiet = jest.spyOn(process.stderr, 'write').mockImplementation(() => true);
    let err = '';
    try {
      expect(await runNarrativeCommand(parseArgs([SAMPLE_WORKBOOK, '--template-out', copy]))).toBe(0);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(copy);
      wb.getWorksheet('补充信息')!.eachRow((row) => {
        if (row.getCell(3).value === 'budget.2080501') row.getCell(4).value = '100万元';
        if (row.getCell(3).value === 'budget.2080505') row.getCell(4).value = '100美元';
      });
      await wb.xlsx.writeFile(copy);
      quiet.mockImplementation((s: string | Uint8Array) => ((err += String(s)), true));
      const out = path.join(tmp, 'draft.md');
      expect(await runNarrativeCommand(parseArgs([copy, '--out', out]))).toBe(0);
      expect(fs.readFileSync(out, 'utf8')).toContain('行政单位离退休（项）：年初预算为100.00万元，支出决算为36.53万元');
    } finally {
      quiet.mockRestore();
    }
    expect(err).toMatch(/注意：“补充信息”D\d+（budget\.2080505）填写的“100美元”不是数字，未采用：金额请填万元数/);
  });
});
