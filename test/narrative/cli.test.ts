import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { parseArgs } from '../../src/cli/args';
import { runLintNarrativeCommand, runNarrativeCommand } from '../../src/cli/narrative';
import { runCheckCommand } from '../../src/cli/check-command';
import { checkWorkbook } from '../../src/core/check';
import ExcelJS from 'exceljs';
import { readWorkbookFile } from '../../src/io/exceljs-reader';
import { narrativeDocxBytes } from '../../src/io/docx-narrative';
import { fixturePath, SAMPLE_WORKBOOK } from '../fixtures/registry';
import { SAMPLE_NARRATIVE, SAMPLE_NARRATIVE_SLIPS, seedNarrativeLines, writeSeedNarrativeText } from '../fixtures/builders/narrative';
import type { NarrativeFinding } from '../../src/core/narrative';
import { findingsAt } from './helpers';
import { internalLinks } from '../helpers/xlsx-parts';

let tmp: string;
beforeAll(() => (tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'juesuan-cli-narrative-'))));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

async function run(fn: (args: ReturnType<typeof parseArgs>) => Promise<number>, argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const o = jest.spyOn(process.stdout, 'write').mockImplementation((s: string | Uint8Array) => ((out += String(s)), true));
  const e = jest.spyOn(process.stderr, 'write').mockImplementation((s: string | Uint8Array) => ((err += String(s)), true));
  try {
    const code = await fn(parseArgs(argv));
    return { code, out, err };
  } finally {
    o.mockRestore();
    e.mockRestore();
  }
}

interface LintJson {
  source: string;
  findings: NarrativeFinding[];
  summary: { errors: number; warnings: number; infos: number };
}

describe('juesuan lint-narrative', () => {
  it('finds the 决算说明 sheet by itself and reports each slip with its cell and the table cell (JSON)', async () => {
    const r = await run(runLintNarrativeCommand, [fixturePath('seed004-with-narrative.xlsx'), '--format', 'json']);
    expect(r.code).toBe(1);
    const json = JSON.parse(r.out) as LintJson;
    expect(json.source).toBe('决算说明');
    const paragraphs = SAMPLE_NARRATIVE.map((text) => ({ text }));
    for (const slip of SAMPLE_NARRATIVE_SLIPS) {
      expect(findingsAt(json.findings, paragraphs, slip.text).map((f) => f.rule)).toContain(slip.rule);
    }
    const n01 = json.findings.find((f) => f.rule === 'N01' && f.actual === '885.35')!;
    expect(n01).toMatchObject({ severity: 'error', sheet: '决算说明', cell: 'A9', expected: '885.53' });
    expect(n01.related[0].sheet).toBe('公开05表');
    expect(n01.fix?.value).toContain('一般公共服务支出885.53万元');
    const n04 = json.findings.find((f) => f.rule === 'N04')!;
    expect(n04).toMatchObject({ cell: 'A12', expected: '43.24%', actual: '50.00%' });
    expect(n04.related[0]).toMatchObject({ sheet: '公开10表' });
    expect(json.summary.errors).toBe(json.findings.filter((f) => f.severity === 'error').length);
  });

  it('seed 003 on a sheet, a paragraph a row: 第N段 is row N — a figure caption after “具体情况如下：” is no part of that paragraph', async () => {
    const r = await run(runLintNarrativeCommand, [fixturePath('seed003-narrative.xlsx'), '--format', 'json']);
    const json = JSON.parse(r.out) as LintJson;
    const zeroRate = json.findings.filter((f) => f.rule === 'N04' && f.message.includes('决算数为0'));
    expect(zeroRate.map((f) => [f.cell, f.message.slice(0, f.message.indexOf('：'))])).toEqual([
      ['A58', '第58段'],
      ['A59', '第59段'],
    ]);
    for (const f of json.findings) expect(f.message.startsWith(`第${f.cell.slice(1)}段`)).toBe(true);
  });

  it('finds a 说明 sheet by its prose when the name says nothing (seed 001 in “说明正文”)', async () => {
    const r = await run(runLintNarrativeCommand, [fixturePath('seed001-narrative.xlsx'), '--format', 'json']);
    const json = JSON.parse(r.out) as LintJson;
    expect(json.source).toBe('说明正文');
    const yuan = json.findings.find((f) => f.rule === 'N10')!;
    const line = seedNarrativeLines('001').findIndex((l) => l.includes('7.23元'));
    expect(yuan).toMatchObject({ sheet: '说明正文', cell: `A${line + 1}`, paragraph: line });
  });

  it('--text reads a .txt: seed 003 with all its slips, exit 1', async () => {
    const file = writeSeedNarrativeText('003', tmp);
    const r = await run(runLintNarrativeCommand, [fixturePath('seed003-narrative.xlsx'), '--text', file, '--format', 'json']);
    expect(r.code).toBe(1);
    const rules = (JSON.parse(r.out) as LintJson).findings.map((f) => f.rule);
    expect(rules).toEqual(expect.arrayContaining(['N12', 'N04', 'N06']));
  });

  it('--text reads a .docx the same way as the text it holds', async () => {
    const lines = seedNarrativeLines('000');
    const docx = path.join(tmp, 'seed000.docx');
    fs.writeFileSync(docx, await narrativeDocxBytes({ title: lines[0], family: 'beijing', blocks: lines.slice(1).map((text) => ({ kind: 'paragraph', text })) }));
    // A workbook without tables: seed 000's own tables are not in the seeds.
    const fromDocx = JSON.parse((await run(runLintNarrativeCommand, [fixturePath('seed000-narrative.xlsx'), '--text', docx, '--format', 'json'])).out) as LintJson;
    const fromTxt = JSON.parse((await run(runLintNarrativeCommand, [fixturePath('seed000-narrative.xlsx'), '--text', writeSeedNarrativeText('000', tmp), '--format', 'json'])).out) as LintJson;
    expect(fromDocx.findings.map((f) => [f.rule, f.paragraph, f.span])).toEqual(fromTxt.findings.map((f) => [f.rule, f.paragraph, f.span]));
    expect(fromDocx.findings.map((f) => f.rule).sort()).toEqual(['N03', 'N07', 'N08', 'N08', 'N08', 'N11', 'N11']);
  });

  it.each(['seed004-package.xlsx', 'seed004-package-forms.xlsx'])('reads the 说明 around the tables (and 绩效自评 forms) of a whole package on one sheet, as check does: %s', async (file) => {
    const r = await run(runLintNarrativeCommand, [fixturePath(file), '--format', 'json']);
    const json = JSON.parse(r.out) as LintJson;
    expect(json.source).toBe('Sheet1');
    expect(json.findings.some((f) => f.rule === 'N01' && f.actual === '885.35')).toBe(true);
    const byCheck = checkWorkbook(await readWorkbookFile(fixturePath(file))).findings.filter((f) => f.table === '决算说明');
    expect(json.findings.map((f) => `${f.rule} ${f.cell} ${f.message}`).sort()).toEqual(byCheck.map((f) => `${f.rule} ${f.cell} ${f.message}`).sort());
  });

  it('text format marks the span and names the table cell', async () => {
    const r = await run(runLintNarrativeCommand, [fixturePath('seed004-with-narrative.xlsx')]);
    expect(r.out).toContain('N01 说明金额与报表不一致（决算说明!A9）');
    expect(r.out).toContain('一般公共服务支出【885.35万元】');
    expect(r.out).toMatch(/报表：公开05表![A-Z]+\d+/);
  });

  it('exit 2 when the workbook holds no 说明 (self-evaluation forms are not one) and no --text is given', async () => {
    const r = await run(runLintNarrativeCommand, [fixturePath('seed004-clean.xlsx')]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('没有找到决算说明');
  });
});

describe('juesuan check --text: the 说明 written in Word checked with the tables, in one report', () => {
  it('gives the findings 检查 gives for the same 说明 kept on a sheet, naming the file; the annotated copy lists them', async () => {
    const txt = path.join(tmp, '曲靖市信访局决算说明.txt');
    fs.writeFileSync(txt, SAMPLE_NARRATIVE.join('\n'), 'utf8');
    const copy = path.join(tmp, 'sample-with-text.xlsx');
    const r = await run(runCheckCommand, [SAMPLE_WORKBOOK, '--text', txt, '--format', 'json', '--out', copy]);
    expect(r.code).toBe(1);
    const json = JSON.parse(r.out) as { narrative: unknown; findings: { rule: string; table?: string; sheet: string; cell: string; message: string }[] };
    expect(json.narrative).toEqual({ file: '曲靖市信访局决算说明.txt', paragraphs: SAMPLE_NARRATIVE.length });
    const fromText = json.findings.filter((f) => f.table === '决算说明');
    const onSheet = checkWorkbook(await readWorkbookFile(fixturePath('seed004-with-narrative.xlsx'))).findings.filter((f) => f.table === '决算说明');
    expect(fromText.map((f) => `${f.rule} ${f.message}`).sort()).toEqual(onSheet.map((f) => `${f.rule} ${f.message}`).sort());
    expect(fromText.every((f) => f.sheet === '曲靖市信访局决算说明.txt' && f.cell === '')).toBe(true);
    // The copy's 检查结果 sheet names the file where a cell would be linked; the tables' findings keep their links.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(copy);
    const positions = (wb.getWorksheet('检查结果')!.getSheetValues() as unknown[][]).slice(2).map((row) => row?.[3]);
    expect(positions.filter((p) => p === '曲靖市信访局决算说明.txt')).toHaveLength(fromText.length);
    expect((await internalLinks(copy, '检查结果')).length).toBeGreaterThan(0);
    const text = await run(runCheckCommand, [SAMPLE_WORKBOOK, '--text', txt]);
    expect(text.out).toContain('决算说明：文件“曲靖市信访局决算说明.txt”（14 段），已与报表核对');
    expect(text.out).toMatch(/\[错误\] 曲靖市信访局决算说明\.txt {2}N01 {2}第9段：/);
  });

  it('a workbook without tables: the 说明 is still checked for its own arithmetic, and the report says only that', async () => {
    const txt = path.join(tmp, '说明-无报表.txt');
    fs.writeFileSync(txt, SAMPLE_NARRATIVE.join('\n'), 'utf8');
    const r = await run(runCheckCommand, [fixturePath('robust-notables.xlsx'), '--text', txt]);
    expect(r.code).toBe(1);
    expect(r.out).toContain('决算说明：文件“说明-无报表.txt”（14 段），工作簿中没有识别到决算表，只核对了说明自身的计算（占比、增减、合计）');
    expect(r.out).toContain('N12'); // 6.00 + 6.00 > 10.00 needs no table
    expect(r.out).not.toContain('N01'); // an amount against a table does
  });

  it('exit 2 with a Chinese message: several workbooks, or a 说明 file that cannot be read', async () => {
    const two = await run(runCheckCommand, [SAMPLE_WORKBOOK, fixturePath('central9.xlsx'), '--text', path.join(tmp, 'x.txt')]);
    expect([two.code, two.err]).toEqual([2, '--text 只能与一个工作簿一起使用（现有 2 个）：说明属于哪个单位的报表需要明确。\n']);
    const missing = await run(runCheckCommand, [SAMPLE_WORKBOOK, '--text', path.join(tmp, '没有这个文件.docx')]);
    expect([missing.code, missing.err]).toEqual([2, '无法读取说明文件“没有这个文件.docx”：文件不存在或没有读取权限。\n']);
  });
});

describe('juesuan narrative', () => {
  it('writes .docx/.html/.md by extension, with --prior growth and --family override', async () => {
    const md = path.join(tmp, '说明.md');
    const r = await run(runNarrativeCommand, [fixturePath('seed004-clean.xlsx'), '--prior', fixturePath('seed004-prior.xlsx'), '--family', '十段式', '--out', md]);
    expect(r.code).toBe(0);
    expect(r.err).toContain('说明格式：十段式');
    const text = fs.readFileSync(md, 'utf8');
    expect(text).toContain('## 一、收入支出决算总体情况说明');
    expect(text).toContain('收、支总计各增加219.14万元，增长25.00%');
    const html = path.join(tmp, '说明.html');
    expect((await run(runNarrativeCommand, [fixturePath('seed004-clean.xlsx'), '--out', html])).code).toBe(0);
    expect(fs.readFileSync(html, 'utf8')).toContain('<svg');
  });

  it('--template-out writes a copy with the 补充信息 sheet; filled in, the draft uses it', async () => {
    const copy = path.join(tmp, '带补充信息.xlsx');
    const r = await run(runNarrativeCommand, [SAMPLE_WORKBOOK, '--template-out', copy]);
    expect(r.code).toBe(0);
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(copy);
    const ws = wb.getWorksheet('补充信息')!;
    ws.eachRow((row) => {
      if (row.getCell(3).value === 'prior.sg.total') row.getCell(4).value = 2.49;
      if (row.getCell(3).value === 'reason.sg') row.getCell(4).value = '县市区信访工作例会减少';
    });
    await wb.xlsx.writeFile(copy);
    const out = path.join(tmp, 'filled.md');
    await run(runNarrativeCommand, [copy, '--out', out]);
    expect(fs.readFileSync(out, 'utf8')).toContain('“三公”经费支出减少1.02万元，下降40.96%。主要变动原因是县市区信访工作例会减少。');
    const wb2 = await readWorkbookFile(copy);
    expect(wb2.sheets.map((s) => s.name)).toContain('公开01表');
  });

  it('rejects an unknown family and an unreadable file with exit 2', async () => {
    expect((await run(runNarrativeCommand, [fixturePath('seed004-clean.xlsx'), '--family', '火星'])).code).toBe(2);
    const bad = path.join(tmp, 'bad.xlsx');
    fs.writeFileSync(bad, 'not a workbook');
    const r = await run(runNarrativeCommand, [bad, '--out', path.join(tmp, 'x.md')]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('不是有效的 .xlsx');
  });
});

describe('writeNarrativeOutputs (for npm run demo)', () => {
  it('writes the drafted 说明 of the sample as .docx and .html', async () => {
    const { writeNarrativeOutputs } = await import('../../src/io/narrative/outputs');
    const dir = path.join(tmp, 'demo');
    const r = await writeNarrativeOutputs(SAMPLE_WORKBOOK, dir);
    expect(path.basename(r.docx)).toBe('曲靖市信访局2023年度决算说明（草稿）.docx');
    expect(fs.readFileSync(r.docx).subarray(0, 2).toString()).toBe('PK');
    expect(fs.readFileSync(r.html, 'utf8')).toContain('本部门对3个项目开展了项目支出绩效自评');
    expect(r.placeholders).toBeGreaterThan(20);
  });
});

describe('the 说明 sheet in check (and the add-in)', () => {
  it('finds and checks the 说明 sheet of a workbook; none in the sample (its prose sheets are self-evaluation forms)', async () => {
    const { checkWorkbook } = await import('../../src/core/check');
    const withText = checkWorkbook(await readWorkbookFile(fixturePath('seed004-with-narrative.xlsx')));
    expect(withText.narrative?.sheet).toBe('决算说明');
    expect(withText.findings.filter((f) => f.table === '决算说明' && f.severity === 'error').length).toBeGreaterThanOrEqual(SAMPLE_NARRATIVE_SLIPS.length);
    expect(checkWorkbook(await readWorkbookFile(SAMPLE_WORKBOOK)).narrative).toBeUndefined();
  });
});
