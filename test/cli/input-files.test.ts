import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { expandInputs } from '../../src/cli/input-files';
import { fixturePath } from '../fixtures/registry';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { runCli } from './cli-helpers';
import { SAMPLE_NARRATIVE, SAMPLE_NARRATIVE_SLIPS } from '../fixtures/builders/narrative';
import { Document, Packer, Paragraph, Table, TableCell, TableRow } from 'docx';

/** The workbook as Excel saves it with macros: the macro-enabled content type and a VBA project part. */
async function asMacroEnabled(xlsx: Buffer): Promise<Buffer> {
  const zip = await JSZip.loadAsync(xlsx);
  const types = await zip.file('[Content_Types].xml')!.async('string');
  zip.file(
    '[Content_Types].xml',
    types
      .replace('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml', 'application/vnd.ms-excel.sheet.macroEnabled.main+xml')
      .replace('</Types>', '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/></Types>'),
  );
  zip.file('xl/vbaProject.bin', Buffer.from('VBA project placeholder'));
  return zip.generateAsync({ type: 'nodebuffer' });
}

/** A finance bureau's folder: one workbook per unit, some in sub-folders, plus what else lies around. */
function bureauFolder(): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'juesuan-inputs-'));
  const put = (rel: string, from = fixturePath('seed004-clean.xlsx')) => {
    fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    fs.copyFileSync(from, path.join(root, rel));
  };
  put('a单位/决算报表.xlsx');
  put('b单位/决算报表.xlsx', fixturePath('inj-total.xlsx'));
  put('c单位.xlsx', fixturePath('seed004-with-narrative.xlsx'));
  put('~$c单位.xlsx'); // Excel's lock file while c单位.xlsx is open
  put('c单位.检查结果.xlsx'); // an annotated copy from an earlier run
  fs.writeFileSync(path.join(root, '通知.docx'), 'not a workbook');
  return root;
}

describe('command-line inputs: files, folders and wildcards', () => {
  it('a folder stands for every .xlsx under it, without lock files or earlier annotated copies', async () => {
    const root = bureauFolder();
    const { files, problems } = await expandInputs([root]);
    expect(problems).toEqual([]);
    expect(files.map((f) => path.relative(root, f))).toEqual([path.join('a单位', '决算报表.xlsx'), path.join('b单位', '决算报表.xlsx'), 'c单位.xlsx']);
  });

  it('a unit’s folder with files but no workbook (a PDF sent instead) is said, not passed over; an empty one is not', async () => {
    const root = bureauFolder();
    fs.mkdirSync(path.join(root, 'd单位', '附件'), { recursive: true });
    fs.writeFileSync(path.join(root, 'd单位', '2023年部门决算公开.pdf'), '%PDF-1.4');
    fs.writeFileSync(path.join(root, 'd单位', '附件', '封面.jpg'), 'jpg');
    fs.mkdirSync(path.join(root, 'e单位'));
    const { files, problems, notes } = await expandInputs([root]);
    expect(files).toHaveLength(3);
    expect(problems).toEqual([]);
    expect(notes).toEqual([`“${path.join(root, 'd单位')}”中没有工作簿（只有 2023年部门决算公开.pdf、封面.jpg），未检查；如这是一个单位的报送材料，请向其索取 Excel 报表。`]);
    // Said on stderr, and no reason to fail the batch: the workbooks found are checked as ever.
    const r = await runCli(['check', root, '--format', 'json']);
    expect(r.stderr).toContain(notes[0]);
    expect(r.code).toBe(1); // b单位's injected error, as without d单位
  });

  it('a wildcard matches in its folder (cmd.exe passes it on unexpanded); a file is taken as given', async () => {
    const root = bureauFolder();
    expect((await expandInputs([path.join(root, '*.xlsx')])).files.map((f) => path.basename(f))).toEqual(['c单位.xlsx']);
    expect((await expandInputs([path.join(root, '*.检查结果.xlsx')])).files.map((f) => path.basename(f))).toEqual(['c单位.检查结果.xlsx']);
    expect((await expandInputs([path.join(root, 'c?位.xlsx')])).files.map((f) => path.basename(f))).toEqual(['c单位.xlsx']);
    expect((await expandInputs([path.join(root, 'missing.xlsx')])).files).toEqual([path.join(root, 'missing.xlsx')]);
  });

  it('names what matched nothing', async () => {
    const root = bureauFolder();
    fs.mkdirSync(path.join(root, '空文件夹'));
    expect((await expandInputs([path.join(root, '空文件夹'), path.join(root, '*.xls')])).problems).toEqual([
      `“${path.join(root, '空文件夹')}”文件夹中没有工作簿（.xlsx .xlsm .xls .et .ods .xlsb）。`,
      `没有与“${path.join(root, '*.xls')}”匹配的文件。`,
    ]);
  });

  it('copies of files sharing their name and their folder’s (甲单位/2023, 乙单位/2023) or only their extension never overwrite one another', async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'juesuan-names-'));
    for (const unit of ['甲单位', '乙单位']) {
      fs.mkdirSync(path.join(root, unit, '2023'), { recursive: true });
      fs.copyFileSync(fixturePath('seed004-clean.xlsx'), path.join(root, unit, '2023', '决算报表.xlsx'));
    }
    fs.copyFileSync(fixturePath('seed004-clean.xlsx'), path.join(root, '乙单位', '2023', '决算报表.xlsm'));
    const out = path.join(root, '..', `${path.basename(root)}-out`);
    const r = await runCli(['check', root, '--out', out]);
    expect(r.code).toBe(0);
    expect(fs.readdirSync(out).sort()).toEqual(
      ['甲单位-2023-决算报表.检查结果.xlsx', '乙单位-2023-决算报表.xlsm.检查结果.xlsx', '乙单位-2023-决算报表.xlsx.检查结果.xlsx', '决算助手检查汇总.xlsx'].sort(),
    );
  });

  it('checks a whole folder; copies of same-named files keep their folder in the name', async () => {
    const root = bureauFolder();
    const out = path.join(root, '..', `${path.basename(root)}-out`);
    const r = await runCli(['check', root, '--out', out, '--format', 'json']);
    expect(r.code).toBe(1); // b单位 carries an injected error, c单位's 说明 slips
    const json = JSON.parse(r.stdout);
    expect(json.files.map((f: { summary: { errors: number } }) => f.summary.errors > 0)).toEqual([false, true, true]);
    expect(fs.readdirSync(out).sort()).toEqual(['a单位-决算报表.检查结果.xlsx', 'b单位-决算报表.检查结果.xlsx', 'c单位.检查结果.xlsx', '决算助手检查汇总.xlsx']);
    expect(json.summaryWorkbook).toBe(path.join(out, '决算助手检查汇总.xlsx'));

    // The summary workbook: a line per file with its counts and copy, and every finding of every file.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(json.summaryWorkbook);
    const rows = (name: string) => (wb.getWorksheet(name)!.getSheetValues() as unknown[][]).slice(2).map((r) => r.slice(1));
    const perFile = json.files.map((f: { file: string; tables: unknown[]; summary: { errors: number; warnings: number; infos: number } }) => [
      f.file, f.tables.length, f.summary.errors, f.summary.warnings, f.summary.infos,
    ]);
    expect(rows('汇总').map((r) => r.slice(0, 5))).toEqual(perFile);
    expect(rows('汇总').map((r) => r[5] ?? '')).toEqual(['', '', '已核对：工作表“决算说明”，14 段']);
    expect(rows('汇总').map((r) => (r[6] as { text: string }).text)).toEqual([
      'a单位-决算报表.检查结果.xlsx', 'b单位-决算报表.检查结果.xlsx', 'c单位.检查结果.xlsx',
    ]);
    const all = json.files.flatMap((f: { file: string; findings: { rule: string; cell: string }[] }) => f.findings.map((x) => [f.file, x.rule, x.cell]));
    expect(rows('问题清单').map((r) => [r[0], r[2], r[4]])).toEqual(all);
    expect(all.length).toBeGreaterThan(0);

    // Checking the output folder again finds no inputs in it: copies and the summary are ours.
    expect((await expandInputs([out])).files).toEqual([]);
  });

  it('a macro-enabled workbook (.xlsm) is an input like an .xlsx, in a folder or named, and gives the same answer', async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'juesuan-xlsm-'));
    const xlsm = path.join(root, '决算报表（含宏）.xlsm');
    fs.writeFileSync(xlsm, await asMacroEnabled(fs.readFileSync(fixturePath('inj-total.xlsx'))));
    expect((await expandInputs([root])).files).toEqual([xlsm]);
    const [fromXlsm, fromXlsx] = await Promise.all([
      runCli(['check', xlsm, '--format', 'json', '--out', path.join(root, 'out.xlsx')]),
      runCli(['check', fixturePath('inj-total.xlsx'), '--format', 'json']),
    ]);
    expect(fromXlsm.code).toBe(1);
    expect(JSON.parse(fromXlsm.stdout).findings).toEqual(JSON.parse(fromXlsx.stdout).findings);
    expect(fs.existsSync(path.join(root, 'out.xlsx'))).toBe(true);
  });

  it('exits 2 when an argument names nothing, after checking the rest', async () => {
    const root = bureauFolder();
    const r = await runCli(['check', path.join(root, 'c单位.xlsx'), path.join(root, '*.xls')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('没有与');
    expect(r.stdout).toContain('c单位.xlsx');
  });
});

/** A unit's folder under `root`: the clean sample as 决算报表.xlsx and the documents given. */
const unitIn = (root: string) => (name: string, docs: Record<string, string | Buffer>) => {
  fs.mkdirSync(path.join(root, name));
  fs.copyFileSync(fixturePath('seed004-clean.xlsx'), path.join(root, name, '决算报表.xlsx'));
  for (const [doc, content] of Object.entries(docs)) fs.writeFileSync(path.join(root, name, doc), content);
};

describe('a bureau’s folder of units: each unit’s 说明 document beside its workbook is checked with it', () => {
  it('pairs one workbook with one 说明 in a folder; says so when it cannot tell, or cannot read it; leaves drafts alone', async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'juesuan-pairs-'));
    const unit = unitIn(root);
    unit('a单位', { '2023年度决算说明.txt': SAMPLE_NARRATIVE.join('\n') });
    unit('b单位', { '决算说明.docx': 'not a docx' });
    unit('c单位', { '决算说明.docx': 'x', '情况说明.txt': 'y' });
    unit('d单位', { '决算说明（草稿）.docx': 'our own draft' });
    const r = await runCli(['check', root, '--format', 'json']);
    expect(r.code).toBe(2); // b单位's 说明 cannot be read
    const json = JSON.parse(r.stdout) as { files: { file: string; narrative?: unknown; error?: string; tables: unknown[]; findings: { rule: string; table?: string }[] }[] };
    const [a, b, c, d] = json.files;
    expect(a.narrative).toEqual({ file: '2023年度决算说明.txt', paragraphs: SAMPLE_NARRATIVE.length });
    for (const slip of SAMPLE_NARRATIVE_SLIPS) expect(a.findings.some((f) => f.rule === slip.rule && f.table === '决算说明')).toBe(true);
    // The tables are checked all the same, and the reason is given in Chinese.
    expect(b.tables).toHaveLength(12);
    expect(b.narrative).toBeUndefined();
    expect(b.error).toBe('无法读取说明文件“决算说明.docx”：不是有效的 .docx 文件（无法打开，可能已损坏或是改了扩展名的其他文件）');
    expect(r.stderr).toContain(`“${path.join(root, 'c单位')}”中有 2 个说明文件（决算说明.docx、情况说明.txt）和 “决算报表.xlsx”，无法确定对应关系，说明未核对`);
    expect(c.narrative).toBeUndefined();
    expect(d.narrative).toBeUndefined();
    expect(d.error).toBeUndefined();
    // Named one by one, the workbooks are not paired: --text says which 说明 goes with which.
    const single = await runCli(['check', path.join(root, 'a单位', '决算报表.xlsx'), '--format', 'json']);
    expect(JSON.parse(single.stdout).narrative).toBeUndefined();
  });

  it('takes the package kept whole (…部门决算公开.docx) when no document is named 说明; not a report named 决算 alone', async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'juesuan-package-'));
    const row = (cells: string[]) => new TableRow({ children: cells.map((c) => new TableCell({ children: [new Paragraph(c)] })) });
    const cover = ['曲靖市信访局2023年度部门决算', '目录', '第一部分 部门概况'].map((t) => new Paragraph(t));
    const tables = new Table({ rows: [row(['项目', '行次', '金额']), row(['一般公共预算财政拨款收入', '1', '1,095.72'])] });
    const wholePackage = await Packer.toBuffer(new Document({ sections: [{ children: [...cover, tables, ...SAMPLE_NARRATIVE.map((t) => new Paragraph(t))] }] }));
    const unit = unitIn(root);
    unit('a单位', { '2023年度部门决算公开.docx': wholePackage });
    unit('b单位', { '2023年度部门决算公开.docx': wholePackage, '决算说明.txt': SAMPLE_NARRATIVE.slice(0, 3).join('\n') });
    unit('c单位', { '2023年度决算审计报告.docx': wholePackage });
    const r = await runCli(['check', root, '--format', 'json']);
    const json = JSON.parse(r.stdout) as { files: { narrative?: { file: string; paragraphs: number }; findings: { rule: string; table?: string }[] }[] };
    const [a, b, c] = json.files;
    expect(a.narrative).toEqual({ file: '2023年度部门决算公开.docx', paragraphs: SAMPLE_NARRATIVE.length + cover.length });
    for (const slip of SAMPLE_NARRATIVE_SLIPS) expect(a.findings.some((f) => f.rule === slip.rule && f.table === '决算说明')).toBe(true);
    expect(b.narrative).toEqual({ file: '决算说明.txt', paragraphs: 3 });
    expect(c.narrative).toBeUndefined();
    expect(r.stderr).not.toContain('无法确定对应关系');
  });
});
