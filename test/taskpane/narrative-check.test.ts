/**
 * 核对已有的说明 in the pane: a 说明 written in Word, pasted or picked as .docx, is checked against the
 * open workbook's tables exactly as a 说明 kept on a sheet of the workbook is by 检查.
 */
import { checkWorkbook } from '../../src/core/check';
import { paragraphsFromDocument } from '../../src/io/narrative/document-text';
import { narrativeDocxBytes } from '../../src/io/docx-narrative';
import { readWorkbookFile } from '../../src/io/exceljs-reader';
import { PASTED_SOURCE, checkNarrativeText, keptNarrativeHint, narrativeCheckSummary, narrativeFindingView, narrativeInput } from '../../src/taskpane/model/narrative-check';
import type { Workbook } from '../../src/core/model/workbook';
import { SAMPLE_NARRATIVE, SAMPLE_NARRATIVE_SLIPS } from '../fixtures/builders/narrative';
import { SAMPLE_WORKBOOK, fixturePath } from '../fixtures/registry';

let sample: Workbook;
beforeAll(async () => {
  sample = await readWorkbookFile(SAMPLE_WORKBOOK);
});

const pasted = async () => {
  const { source, paragraphs } = await narrativeInput({ text: SAMPLE_NARRATIVE.join('\r\n') });
  return checkNarrativeText(sample, source, paragraphs);
};

it('pasted text: every slip of the sample 说明, with the table cell it contradicts', async () => {
  const c = await pasted();
  expect(c.source).toBe(PASTED_SOURCE);
  expect(c.report.paragraphs).toBe(SAMPLE_NARRATIVE.length);
  for (const slip of SAMPLE_NARRATIVE_SLIPS) expect(c.report.findings.some((f) => f.rule === slip.rule && f.excerpt.includes(slip.text))).toBe(true);
  const n01 = c.report.findings.find((f) => f.rule === 'N01' && f.actual === '885.35')!;
  expect(n01.related).toEqual([expect.objectContaining({ sheet: '公开05表', cell: 'K13' })]);
  expect(n01.replacement).toContain('一般公共服务支出885.53万元');
  const view = narrativeFindingView(n01, c.paragraphs);
  expect(view.excerpt.marked).toBe('885.35万元');
  expect(view.paragraph).toBe(`第 ${n01.paragraph + 1} 段`);
  expect(view.title).toBe('说明金额与报表不一致');
  const s = c.report.summary;
  expect(s.errors).toBeGreaterThan(0);
  expect(narrativeCheckSummary(c)).toBe(`“粘贴的文字”共 ${SAMPLE_NARRATIVE.length} 段，已与 12 张决算表核对：错误 ${s.errors}，警告 ${s.warnings}，提示 ${s.infos}。`);
});

it('three slips in one paragraph: each card’s corrected paragraph holds all three (pasting one over another in Word undid it)', async () => {
  const c = await pasted();
  const n01 = c.report.findings.find((f) => f.rule === 'N01' && f.actual === '885.35')!;
  const same = c.report.findings.filter((f) => f.paragraph === n01.paragraph && f.replacement);
  expect(same.map((f) => f.rule).sort()).toEqual(['N01', 'N06', 'N10']);
  for (const f of same) {
    expect(f.replacement).toContain('一般公共服务支出885.53万元');
    expect(f.replacement).toContain('卫生健康支出43.31万元');
    expect(f.replacement).toContain('住房保障支出41.80万元');
  }
});

it('gives the findings 检查 gives for the same 说明 kept on a sheet of the workbook', async () => {
  const inWorkbook = checkWorkbook(await readWorkbookFile(fixturePath('seed004-with-narrative.xlsx'))).findings.filter((f) => f.table === '决算说明');
  const c = await pasted();
  const shape = (fs: { rule: string; message: string; expected?: string; actual?: string }[]) => fs.map((f) => `${f.rule} ${f.message} ${f.expected} ${f.actual}`).sort();
  expect(shape(c.report.findings)).toEqual(shape(inWorkbook));
});

it('a .docx picked from disk: the same findings as its text pasted; a .doc is refused in Chinese', async () => {
  const docx = await narrativeDocxBytes({ title: SAMPLE_NARRATIVE[0], family: 'yunnan', blocks: SAMPLE_NARRATIVE.slice(1).map((text) => ({ kind: 'paragraph', text })) });
  const { source, paragraphs } = await narrativeInput({ name: '曲靖市信访局决算说明.docx', data: docx });
  expect(source).toBe('曲靖市信访局决算说明.docx');
  const fromDocx = checkNarrativeText(sample, source, paragraphs);
  const fromText = await pasted();
  const where = (c: typeof fromText) => c.report.findings.map((f) => [f.rule, f.paragraph, f.span, f.message]);
  expect(where(fromDocx)).toEqual(where(fromText));
  await expect(paragraphsFromDocument('说明.doc', new Uint8Array([0xd0, 0xcf]))).rejects.toThrow('不支持 .doc 文件，请在 Word 或 WPS 中另存为 .docx 或 .txt');
  const txt = new TextEncoder().encode(`\uFEFF${SAMPLE_NARRATIVE.join('\n')}`);
  expect((await paragraphsFromDocument('说明.txt', txt)).map((p) => p.text)).toEqual(SAMPLE_NARRATIVE);
});

it('a workbook without tables: only the 说明’s own arithmetic is checked, and the line says so', async () => {
  const plain: Workbook = { sheets: [{ name: '工资表', rows: [[{ value: '姓名' }, { value: '应发工资' }]], merges: [] }] };
  const { source, paragraphs } = await narrativeInput({ text: SAMPLE_NARRATIVE.join('\n') });
  const c = checkNarrativeText(plain, source, paragraphs);
  expect(c.tables).toBe(0);
  expect(c.report.findings.some((f) => f.rule === 'N01')).toBe(false);
  expect(c.report.findings.some((f) => f.rule === 'N12')).toBe(true); // 6.00 + 6.00 > 10.00 needs no table
  expect(narrativeCheckSummary(c)).toBe(`“粘贴的文字”共 ${SAMPLE_NARRATIVE.length} 段；工作簿中没有识别到决算表，只核对了说明自身的计算（占比、增减、合计）。`);
});

it('with last year’s workbook chosen in 设置, the 上年数 a sentence implies is checked against it (N14)', async () => {
  const prior = await readWorkbookFile(fixturePath('seed004-prior.xlsx'));
  // seed004-prior is the sample × 0.8: 上年收入合计 876.58, so +219.14 is right and +200.00 is not.
  const { source, paragraphs } = await narrativeInput({ text: '2023年度本年收入合计1095.72万元，比上年增加200.00万元，增长22.33%，主要原因是人员增加。' });
  const without = checkNarrativeText(sample, source, paragraphs);
  expect(without.report.findings.filter((f) => f.rule === 'N14')).toEqual([]);
  const withPrior = checkNarrativeText(sample, source, paragraphs, prior);
  const n14 = withPrior.report.findings.filter((f) => f.rule === 'N14');
  expect(n14.map((f) => [f.expected, f.actual])).toEqual([['876.58', '895.72']]);
  const right = await narrativeInput({ text: '2023年度本年收入合计1095.72万元，比上年增加219.14万元，增长25.00%，主要原因是人员增加。' });
  expect(checkNarrativeText(sample, right.source, right.paragraphs, prior).report.findings.filter((f) => f.rule === 'N14')).toEqual([]);
});

it('a 说明 kept on a sheet was checked by 检查 already: the tab says where, and says nothing for a workbook without one', async () => {
  const withSheet = checkWorkbook(await readWorkbookFile(fixturePath('seed004-with-narrative.xlsx')));
  expect(keptNarrativeHint(withSheet)).toBe('工作表“决算说明”中的说明（14 段）已随「检查本工作簿」一并核对，问题列在「检查结果」的“决算说明”一组。这里用来核对在 Word 中另写的说明。');
  expect(keptNarrativeHint(checkWorkbook(sample))).toBeUndefined();
  expect(keptNarrativeHint(undefined)).toBeUndefined();
});
