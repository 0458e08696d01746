import { readWorkbookFile } from '../../src/io/exceljs-reader';
import { lintNarrative, paragraphsFromText } from '../../src/core/narrative/lint';
import { findNarrative } from '../../src/core/narrative/lint/sheet-source';
import { closeLetterSpacing, joinWrappedLines } from '../../src/core/narrative/lint/reflow';
import { splitSentences } from '../../src/core/narrative/lint/text';
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

const NARRATIVE_FIXTURES = ['seed004-with-narrative.xlsx', 'seed000-narrative.xlsx', 'seed001-narrative.xlsx', 'seed003-narrative.xlsx'];

/** A fixture's 说明 as paragraphs, and its findings for any paragraphs against the fixture's tables (worded). */
async function narrativeOf(file: string): Promise<{ paragraphs: NarrativeParagraph[]; lint: (ps: NarrativeParagraph[]) => string[] }> {
  const wb = await readWorkbookFile(fixturePath(file));
  const tables = recognizeTables(wb).tables;
  return { paragraphs: findNarrative(wb, { tables })!.paragraphs, lint: (ps) => worded(lintNarrative(ps, { workbook: wb, tables }).findings) };
}

describe('a 说明 copied out of a PDF, one printed line per paragraph', () => {
  it.each(NARRATIVE_FIXTURES)('%s: lines of 38 characters give the findings of the whole paragraphs', async (file) => {
    const { paragraphs, lint } = await narrativeOf(file);
    const lines = asPdfLines(paragraphs, 38);
    expect(lines.length).toBeGreaterThan(paragraphs.length * 1.5);
    expect(lint(paragraphs).length).toBeGreaterThan(0);
    expect(lint(joinWrappedLines(lines))).toEqual(lint(paragraphs));
  });

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
    const { sheet, paragraphs } = findNarrative(wb, { tables: [] })!;
    const cells = sheet.rows.flatMap((r) => (r ?? []).filter((c) => c && String(c.value ?? '').trim() !== ''));
    expect(paragraphs).toHaveLength(cells.length);
  });
});

describe('a 说明 copied out of a PDF with its 万元 spaced out (“41.80万 元”)', () => {
  it.each(NARRATIVE_FIXTURES)('%s: the same findings (was: amounts read as 元, a false error and lost ones)', async (file) => {
    const { paragraphs, lint } = await narrativeOf(file);
    const spaced = paragraphs.map((p) => ({ ...p, text: p.text.replace(/万元/g, '万 元') }));
    expect(spaced.some((p) => p.text.includes('万 元'))).toBe(true);
    // Quotes of the 说明 keep its spacing; what is found must not change.
    expect(lint(spaced).map((w) => w.replace(/万 元/g, '万元'))).toEqual(lint(paragraphs));
  });
});

describe('a 说明 from a PDF that justified its lines by spacing the letters (“一 般 公 共 预 算”)', () => {
  const letterSpaced = (text: string) => text.replace(/([\u4e00-\u9fa5])(?=[\u4e00-\u9fa5])/g, '$1 ');

  it.each(NARRATIVE_FIXTURES)('%s pasted as text: the findings of the 说明 as written (was: false N06/N08, lost N01/N03/N04)', async (file) => {
    const { paragraphs, lint } = await narrativeOf(file);
    const pasted = paragraphsFromText(paragraphs.map((p) => letterSpaced(p.text)).join('\n'));
    // A space the 说明 itself had between two 汉字 ('第一部分 部门概况') cannot be told from the PDF's.
    const words = (ps: { text: string }[]) => ps.map((p) => p.text.replace(/\s/g, ''));
    expect(words(pasted)).toEqual(words(paragraphs));
    expect(lint(pasted)).toEqual(lint(paragraphs));
  });

  it('closes only a paragraph spaced throughout; a stray space between two 汉字 stays', () => {
    expect(closeLetterSpacing('支 出 决 算 1095.72 万 元 ， 主 要 用 于 信 访 事 务 。')).toBe('支出决算 1095.72 万元，主要用于信访事务。');
    const ordinary = '本单位 2023年度支出决算1095.72万元，其中 基本支出644.26万元，项目支出451.46万元。';
    expect(closeLetterSpacing(ordinary)).toBe(ordinary);
  });

  it('an item numbered with full-width digits (“２．”) starts its own paragraph, as “2.” does', () => {
    const long = '2023年度“三公”经费财政拨款支出决算为1.47万元，完成预算的43.24%，决算数小于预算数的主要原因是厉行节约';
    const lines = [long, '１．因公出国（境）费支出决算为0万元。'].map((text) => ({ text }));
    expect(joinWrappedLines(lines).map((p) => p.text)).toEqual(lines.map((p) => p.text));
  });
});

describe('a 说明 typed with half-width punctuation: “.” for “。”', () => {
  it.each(NARRATIVE_FIXTURES)('%s: the same paragraphs and findings (was: sentences run together, items lost)', async (file) => {
    const { paragraphs, lint } = await narrativeOf(file);
    const typed = paragraphsFromText(paragraphs.map((p) => p.text.replace(/。/g, '.')).join('\n'));
    expect(typed).toHaveLength(paragraphs.length);
    expect(lint(typed).map((w) => w.replace(/\./g, '。'))).toEqual(lint(paragraphs).map((w) => w.replace(/\./g, '。')));
  });

  it('a decimal point and an item number “一.” end no sentence', () => {
    expect(splitSentences('支出1095.72万元，增长11.11%.主要原因是信访事务支出增加.').map((s) => s.text)).toEqual(['支出1095.72万元，增长11.11%.', '主要原因是信访事务支出增加.']);
    expect(splitSentences('一.部门基本情况').map((s) => s.text)).toEqual(['一.部门基本情况']);
  });
});
