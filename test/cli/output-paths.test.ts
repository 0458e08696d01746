import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { SAMPLE_WORKBOOK, fixturePath } from '../fixtures/registry';
import { runCli } from './cli-helpers';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'juesuan-out-'));
/** A plain file where a folder is expected. */
const aFile = path.join(tmp, '不是文件夹.txt');
fs.writeFileSync(aFile, 'x');

describe('juesuan check --out: where the annotated copy goes', () => {
  it('creates the folders of a copy’s path that do not exist yet (was: an internal error)', async () => {
    const out = path.join(tmp, '新建', '子目录', '批注副本.xlsx');
    const run = await runCli(['check', SAMPLE_WORKBOOK, '--out', out]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(fs.statSync(out).size).toBeGreaterThan(10_000);
  });

  it('a copy that cannot be written: the check is still reported, the reason named, exit code 2', async () => {
    // A folder already holds the copy's name: the write itself fails (EISDIR), after the check.
    const out = path.join(tmp, '已有同名文件夹.xlsx');
    fs.mkdirSync(out);
    const run = await runCli(['check', SAMPLE_WORKBOOK, '--format', 'json', '--out', out]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`无法写入“${out}”：这里已有同名的文件夹。请换一个文件名。\n`);
    const json = JSON.parse(run.stdout);
    expect(json.tables).toHaveLength(12);
    expect(json.summary.warnings).toBeGreaterThan(0);
    expect(json.error).toContain('无法写入');
    expect(json.annotated).toBeUndefined();
  });

  it('a copy’s folder that cannot be made names that folder', async () => {
    const run = await runCli(['check', SAMPLE_WORKBOOK, '--out', path.join(aFile, '批注副本.xlsx')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`无法写入“${aFile}”：这里已有同名的文件，不能作为文件夹。请换一个名字。\n`);
  });

  it('a folder for several files that is a file: one message, exit code 2, no stack trace', async () => {
    const run = await runCli(['check', SAMPLE_WORKBOOK, fixturePath('seed004-clean.xlsx'), '--out', aFile]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`无法写入“${aFile}”：这里已有同名的文件，不能作为文件夹。请换一个名字。\n`);
  });
});

describe('--out that names the input by another path: refused, the input untouched', () => {
  const dir = fs.mkdtempSync(path.join(tmp, '原件-'));
  const input = path.join(dir, '决算.xlsx');
  fs.copyFileSync(SAMPLE_WORKBOOK, input);
  const bytes = fs.readFileSync(input);
  const link = path.join(tmp, '链接文件夹');
  fs.symlinkSync(dir, link, 'dir');
  const hardLink = path.join(tmp, '硬链接.xlsx');
  fs.linkSync(input, hardLink);

  it.each([
    ['the same path', () => input],
    ['a symlinked folder (was: the input overwritten)', () => path.join(link, '决算.xlsx')],
    ['a hard link to it (was: the input overwritten)', () => hardLink],
  ])('%s', async (_what, out) => {
    const run = await runCli(['check', input, '--out', out(), '--fix', 'value']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('输出文件不能与输入文件相同');
    expect(fs.readFileSync(input).equals(bytes)).toBe(true);
  });
});

describe('juesuan narrative --out / --template-out that cannot be written', () => {
  it('names the file and the reason, exit code 2 (was: Node’s English EISDIR message)', async () => {
    const out = path.join(tmp, '说明已是文件夹.docx');
    fs.mkdirSync(out);
    const run = await runCli(['narrative', SAMPLE_WORKBOOK, '--out', out]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`无法写入“${out}”：这里已有同名的文件夹。请换一个文件名。\n`);
    const template = path.join(tmp, '副本已是文件夹.xlsx');
    fs.mkdirSync(template);
    const t = await runCli(['narrative', SAMPLE_WORKBOOK, '--template-out', template]);
    expect(t.code).toBe(2);
    expect(t.stderr).toBe(`无法写入“${template}”：这里已有同名的文件夹。请换一个文件名。\n`);
  });
});
