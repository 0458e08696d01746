import { readWorkbookFile } from '../../src/io/exceljs-reader';
import { lintNarrative, paragraphsFromText } from '../../src/core/narrative/lint';
import { findNarrativeSheet, paragraphsFromSheet } from '../../src/core/narrative/lint/sheet-source';
import { joinWrappedLines } from '../../src/core/narrative/lint/reflow';
import type { NarrativeParagraph } from '../../src/core/narrative/lint/context';
import { recognizeTables } from '../../src/core/tables/recognize';
import { fixturePath } from '../fixtures/registry';

/** Each paragraph cut into printed lines of `width` characters, a paragraph each: a 说明 copied out of a PDF. */
function asPdfLines(paragraphs: NarrativeParagraph[], width: number): NarrativeParagraph[] {
  return paragraphs.flatMap((p) => {
    const lines: NarrativeParagraph[] = [];
    for (let i = 0; i < p.text.length; i += width) lines.push({ ...p, text: p.text.slice(i, i + width) });
    return lines;
  });
}

const worded = (findings: { severity: string; rule: string; message: string }[]) =>
  findings.map((f) => `${f.severity} ${f.rule} ${f.message.replace(/^第\d+段：/, '')}`).sort();

describe('a 说明 copied out of a PDF, one printed line per paragraph', () => {
  it.each(['seed004-with-narrative.xlsx', 'seed000-narrative.xlsx', 'seed001-narrative.xlsx', 'seed003-narrative.xlsx'])(
    '%s: lines of 38 characters give the findings of the whole paragraphs',
    async (file) => {
      const wb = await readWorkbookFile(fixturePath(file));
      const tables = recognizeTables(wb).tables;
      const paragraphs = paragraphsFromSheet(findNarrativeSheet(wb)!);
      const lines = asPdfLines(paragraphs, 38);
      expect(lines.length).toBeGreaterThan(paragraphs.length * 1.5);
      const whole = lintNarrative(paragraphs, { workbook: wb, tables }).findings;
      expect(whole.length).toBeGreaterThan(0);
      expect(worded(lintNarrative(joinWrappedLines(lines), { workbook: wb, tables }).findings)).toEqual(worded(whole));
    },
  );

  it('joins an amount cut from its 万元, and leaves headings, titles and finished sentences apart', () => {
    const text = [
      '曲靖市信访局2023年度部门决算说明',
      '三、一般公共预算财政拨款支出决算情况说明',
      '2023年度一般公共预算财政拨款支出1095.72万元，占本年支出合计的100.00%，与上年相比增加109.',
      '57万元，增长11.11%，主要原因是信访事务支出增加。',
      '（一）一般公共服务支出885.53万元，占80.82%。',
    ].join('\n');
    expect(paragraphsFromText(text).map((p) => p.text)).toEqual([
      '曲靖市信访局2023年度部门决算说明',
      '三、一般公共预算财政拨款支出决算情况说明',
      '2023年度一般公共预算财政拨款支出1095.72万元，占本年支出合计的100.00%，与上年相比增加109.57万元，增长11.11%，主要原因是信访事务支出增加。',
      '（一）一般公共服务支出885.53万元，占80.82%。',
    ]);
  });

  it('a document of whole paragraphs is left as it is', async () => {
    const wb = await readWorkbookFile(fixturePath('seed001-narrative.xlsx'));
    const sheet = findNarrativeSheet(wb)!;
    const cells = sheet.rows.flatMap((r) => (r ?? []).filter((c) => c && String(c.value ?? '').trim() !== ''));
    expect(paragraphsFromSheet(sheet)).toHaveLength(cells.length);
  });
});

describe('a 说明 copied out of a PDF with its 万元 spaced out (“41.80万 元”)', () => {
  it.each(['seed004-with-narrative.xlsx', 'seed000-narrative.xlsx', 'seed001-narrative.xlsx', 'seed003-narrative.xlsx'])(
    '%s: the same findings (was: amounts read as 元, a false error and lost ones)',
    async (file) => {
      const wb = await readWorkbookFile(fixturePath(file));
      const tables = recognizeTables(wb).tables;
      const paragraphs = paragraphsFromSheet(findNarrativeSheet(wb)!);
      const spaced = paragraphs.map((p) => ({ ...p, text: p.text.replace(/万元/g, '万 元') }));
      expect(spaced.some((p) => p.text.includes('万 元'))).toBe(true);
      const plainWords = (findings: { severity: string; rule: string; message: string }[]) => worded(findings).map((w) => w.replace(/万 元/g, '万元'));
      expect(plainWords(lintNarrative(spaced, { workbook: wb, tables }).findings)).toEqual(worded(lintNarrative(paragraphs, { workbook: wb, tables }).findings));
    },
  );
});
