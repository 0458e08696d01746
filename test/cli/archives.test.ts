/**
 * A unit's package sent as a .zip (made by a Chinese Windows: names in GBK, no UTF-8 flag) is checked as a
 * folder is — its workbooks, each 说明 paired beside its workbook — and shown as inside the archive; an
 * archive it cannot open (a damaged zip or .rar) is named, never passed over. (.rar and .7z: rar-7z-archives.test.ts.)
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { spawn, spawnSync } from 'child_process';
import JSZip from 'jszip';
import { fixturePath } from '../fixtures/registry';
import { SAMPLE_NARRATIVE, sampleNarrativeDocx } from '../fixtures/builders/narrative';
import { gbkEncode } from '../helpers/gbk';
import { decodeEntryName, extractZip } from '../../src/io/zip-archive';
import { ROOT, runCli } from './cli-helpers';

interface FileJson {
  file: string;
  error?: string;
  narrative?: { file: string; paragraphs: number };
  findings: { severity: string; rule: string; sheet: string; cell: string; message: string }[];
}

const findingKeys = (j: Pick<FileJson, 'findings'>) => j.findings.map((f) => `${f.severity} ${f.rule} ${f.sheet}!${f.cell} ${f.message}`).sort();

/** A zip of `entries` (name → content) as Windows' “发送到 → 压缩文件夹” makes it: GBK names, no UTF-8 flag. */
async function windowsZip(file: string, entries: Record<string, Buffer>): Promise<string> {
  const zip = new JSZip();
  for (const [name, data] of Object.entries(entries)) zip.file(name, data);
  // Bytes, as JSZip takes them (its typing says string); a custom encoding sets no UTF-8 flag.
  const encodeFileName = (name: string) => gbkEncode(name) as unknown as string;
  fs.writeFileSync(file, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', encodeFileName }));
  return file;
}

async function unitsZip(dir: string): Promise<string> {
  const narrative = await sampleNarrativeDocx();
  return windowsZip(path.join(dir, '各单位报送.zip'), {
    '甲单位/决算报表.xlsx': fs.readFileSync(fixturePath('inj-total.xlsx')),
    '乙单位/决算报表.xlsx': fs.readFileSync(fixturePath('seed004-clean.xlsx')),
    '乙单位/决算说明.docx': narrative,
    '乙单位/封面.jpg': Buffer.from('not looked at'),
    '丙单位/报表.rar': Buffer.from('Rar!\x1a\x07\x00'), // an archive in the archive: named, not opened
  });
}

describe('a .zip of units’ packages', () => {
  it('entry names are read as Windows stored them (GBK) or as UTF-8', () => {
    // The test's encoder agrees with another GBK implementation (Python's codec: '甲单位'.encode('gbk')).
    expect(Buffer.from(gbkEncode('甲单位')).toString('hex')).toBe('bcd7b5a5cebb');
    expect(decodeEntryName(gbkEncode('甲单位/决算报表.xlsx'))).toBe('甲单位/决算报表.xlsx');
    expect(decodeEntryName(Buffer.from('乙单位/说明.docx', 'utf8'))).toBe('乙单位/说明.docx');
  });

  it('an entry named to land outside the archive’s folder (../) stays inside it', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'juesuan-zip-test-'));
    const zip = await windowsZip(path.join(dir, 'x.zip'), { 'zz/越界.xlsx': Buffer.from('x'), '甲单位/报表.xlsx': Buffer.from('y') });
    // JSZip will not write '../' itself: the same-length 'zz/' is turned into it in the local and central headers.
    const bytes = fs.readFileSync(zip);
    fs.writeFileSync(zip, Buffer.from(bytes.toString('latin1').split('zz/').join('../'), 'latin1'));
    const root = await extractZip(zip, () => true);
    expect(fs.readdirSync(path.dirname(root))).toEqual(['x']); // nothing beside the archive's folder
    expect(fs.readdirSync(root).sort()).toEqual(['甲单位', '越界.xlsx'].sort()); // JSZip resolves '../越界.xlsx' to '越界.xlsx'
  });

  it('is checked as a folder: each workbook, shown inside the archive, with the 说明 beside it', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'juesuan-zip-test-'));
    const zip = await unitsZip(dir);
    const r = await runCli(['check', zip, '--format', 'json']);
    expect(r.code).toBe(2); // 甲单位 carries an injected error, and 丙单位's archive could not be read
    const json = JSON.parse(r.stdout) as { files: FileJson[] };
    expect(json.files.map((f) => f.file)).toEqual([path.join(zip, '甲单位', '决算报表.xlsx'), path.join(zip, '乙单位', '决算报表.xlsx')]);
    const alone = async (fixture: string, ...more: string[]) => JSON.parse((await runCli(['check', fixturePath(fixture), ...more, '--format', 'json'])).stdout) as FileJson;
    expect(findingKeys(json.files[0])).toEqual(findingKeys(await alone('inj-total.xlsx')));
    expect(json.files[1].narrative).toEqual({ file: '决算说明.docx', paragraphs: SAMPLE_NARRATIVE.length });
    const docx = path.join(dir, '决算说明.docx');
    fs.writeFileSync(docx, await sampleNarrativeDocx());
    expect(findingKeys(json.files[1])).toEqual(findingKeys(await alone('seed004-clean.xlsx', '--text', docx)));
    // The text's summary tells the units apart by their folder.
    const text = await runCli(['check', zip]);
    expect(text.stdout).toContain(`文件：${path.join(zip, '甲单位', '决算报表.xlsx')}`);
    expect(text.stdout).toMatch(/甲单位\/决算报表\.xlsx\s+12\s+3/);
    expect(r.stderr).toContain(`“${path.join(zip, '丙单位', '报表.rar')}”是压缩包中的压缩包，未打开：请先解压后再检查。`);
  });

  it('leaves nothing behind: the extracted copies are removed, and nothing was written outside them', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'juesuan-zip-test-'));
    const zip = await unitsZip(dir);
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'juesuan-tmpdir-'));
    const r = spawnSync(process.execPath, [path.join(ROOT, 'bin/juesuan.js'), 'check', zip], { encoding: 'utf8', env: { ...process.env, TMPDIR: tmp, TMP: tmp, TEMP: tmp }, timeout: 120_000 });
    expect(r.stdout).toContain('甲单位');
    expect(fs.readdirSync(tmp).filter((f) => f.startsWith('juesuan-'))).toEqual([]);
    expect(fs.readdirSync(dir)).toEqual(['各单位报送.zip']);
  });

  it('interrupted (Ctrl+C) while checking, it still removes the units’ copies it took out', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'juesuan-zip-test-'));
    const book = fs.readFileSync(fixturePath('seed004-clean.xlsx'));
    const zip = await windowsZip(path.join(dir, '三十个单位.zip'), Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`单位${i + 1}/决算报表.xlsx`, book])));
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'juesuan-tmpdir-'));
    const child = spawn(process.execPath, [path.join(ROOT, 'bin/juesuan.js'), 'check', zip], { env: { ...process.env, TMPDIR: tmp, TMP: tmp, TEMP: tmp }, stdio: 'ignore' });
    const ended = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
    const taken = () => fs.readdirSync(tmp).filter((f) => f.startsWith('juesuan-zip-'));
    const deadline = Date.now() + 60_000;
    while (!taken().length && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
    expect(taken()).toHaveLength(1); // the units' copies are there while it checks
    child.kill('SIGINT');
    expect(await ended).toBe('SIGINT'); // it was stopped, not finished
    expect(fs.readdirSync(tmp).filter((f) => f.startsWith('juesuan-'))).toEqual([]);
  });

  it('in a folder, beside other units’ workbooks; a damaged .rar and a damaged zip are named', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'juesuan-zip-test-'));
    await unitsZip(dir);
    fs.copyFileSync(fixturePath('seed004-clean.xlsx'), path.join(dir, '丙单位.xlsx'));
    fs.writeFileSync(path.join(dir, '丁单位.rar'), 'Rar!\x1a\x07\x00');
    fs.writeFileSync(path.join(dir, '戊单位.zip'), Buffer.from('PK\x03\x04 cut short'));
    const r = await runCli(['check', dir, '--format', 'json']);
    const json = JSON.parse(r.stdout) as { files: FileJson[] };
    expect(json.files.map((f) => path.relative(dir, f.file)).sort()).toEqual(['丙单位.xlsx', path.join('各单位报送.zip', '乙单位', '决算报表.xlsx'), path.join('各单位报送.zip', '甲单位', '决算报表.xlsx')].sort());
    expect(r.stderr).toContain(`无法打开“${path.join(dir, '丁单位.rar')}”：压缩包已损坏或不是 .rar 格式，请先解压后再检查。`);
    expect(r.stderr).toContain(`无法打开“${path.join(dir, '戊单位.zip')}”：压缩包已损坏或不是 .zip 格式，请先解压后再检查。`);
  });

  it('given where one workbook is expected (narrative), an archive is named as such', async () => {
    const zip = await unitsZip(fs.mkdtempSync(path.join(os.tmpdir(), 'juesuan-zip-test-')));
    const r = await runCli(['narrative', zip]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('无法读取“各单位报送.zip”：这是压缩包，不是工作簿；请解压后指定其中的工作簿（check 命令可直接检查 .zip .rar .7z 中的全部工作簿）。');
  });
});
