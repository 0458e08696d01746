/**
 * A unit's package sent as a .rar or .7z — as Chinese offices most often send it — is checked as a
 * folder is, like a .zip; an archive with a password, a damaged one, one unpacking to more than the
 * limit, and a link inside one are named or left out, never a crash and never followed.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { spawnSync } from 'child_process';
import JSZip from 'jszip';
import { fixturePath } from '../fixtures/registry';
import { SAMPLE_NARRATIVE, sampleNarrativeDocx } from '../fixtures/builders/narrative';
import { rar5, rar5Volumes } from '../helpers/rar5';
import { type EntryContent, sevenZipArchive } from '../helpers/seven-zip';
import { ROOT, runCli } from './cli-helpers';
import { LATER_VOLUME, firstVolumeOf } from '../../src/io/archives';

interface FileJson {
  file: string;
  archive?: string;
  entry?: string;
  narrative?: { file: string; paragraphs: number };
  findings: { severity: string; rule: string; sheet: string; cell: string; message: string }[];
}

const findingKeys = (j: Pick<FileJson, 'findings'>) => j.findings.map((f) => `${f.severity} ${f.rule} ${f.sheet}!${f.cell} ${f.message}`).sort();
const freshDir = () => fs.mkdtempSync(path.join(os.tmpdir(), 'juesuan-rar7z-test-'));

async function unitsEntries(): Promise<Record<string, Buffer>> {
  return {
    '甲单位/决算报表.xlsx': fs.readFileSync(fixturePath('inj-total.xlsx')),
    '乙单位/决算报表.xlsx': fs.readFileSync(fixturePath('seed004-clean.xlsx')),
    '乙单位/决算说明.docx': await sampleNarrativeDocx(),
    '乙单位/封面.jpg': Buffer.from('not looked at'),
    '丙单位/报表.zip': Buffer.from('PK\x03\x04'), // an archive in the archive: named, not opened
  };
}

const makers: Record<string, (file: string, entries: Record<string, EntryContent>) => Promise<string>> = {
  '.rar': async (file, entries) => {
    fs.writeFileSync(file, rar5(entries as Record<string, Buffer>));
    return file;
  },
  '.7z': (file, entries) => sevenZipArchive(file, entries, ['-t7z']),
};

async function checkAlone(fixture: string, ...more: string[]): Promise<FileJson> {
  return JSON.parse((await runCli(['check', fixturePath(fixture), ...more, '--format', 'json'])).stdout);
}

describe.each(Object.keys(makers))('a %s of units’ packages', (ext) => {
  it('is checked as a folder: each workbook, shown inside the archive, with the 说明 beside it', async () => {
    const dir = freshDir();
    const archive = await makers[ext](path.join(dir, `各单位报送${ext}`), await unitsEntries());
    const r = await runCli(['check', archive, '--format', 'json']);
    expect(r.code).toBe(2); // 甲单位 carries an injected error, and 丙单位's archive could not be read
    const json = JSON.parse(r.stdout) as { files: FileJson[] };
    expect(json.files.map((f) => f.file)).toEqual([path.join(archive, '甲单位', '决算报表.xlsx'), path.join(archive, '乙单位', '决算报表.xlsx')]);
    // The same, split for a script: the archive to open, and the entry inside it.
    expect(json.files.map((f) => [f.archive, f.entry])).toEqual([[archive, '甲单位/决算报表.xlsx'], [archive, '乙单位/决算报表.xlsx']]);
    expect(findingKeys(json.files[0])).toEqual(findingKeys(await checkAlone('inj-total.xlsx')));
    expect(json.files[1].narrative).toEqual({ file: '决算说明.docx', paragraphs: SAMPLE_NARRATIVE.length });
    const docx = path.join(dir, '决算说明.docx');
    fs.writeFileSync(docx, await sampleNarrativeDocx());
    expect(findingKeys(json.files[1])).toEqual(findingKeys(await checkAlone('seed004-clean.xlsx', '--text', docx)));
    expect(r.stderr).toContain(`“${path.join(archive, '丙单位', '报表.zip')}”是压缩包中的压缩包，未打开：请先解压后再检查。`);
  });

  it('cut short in transit, it is named as damaged', async () => {
    const dir = freshDir();
    const archive = await makers[ext](path.join(dir, `甲单位${ext}`), { '甲单位/决算报表.xlsx': fs.readFileSync(fixturePath('seed004-clean.xlsx')) });
    const whole = fs.readFileSync(archive);
    fs.writeFileSync(archive, whole.subarray(0, Math.floor(whole.length / 2)));
    const r = await runCli(['check', archive]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`无法打开“${archive}”：压缩包已损坏或不是 ${ext} 格式，请先解压后再检查。`);
  });
});

describe('the tests’ RAR 5 writer', () => {
  it('writes archives another implementation reads as written (libarchive’s bsdtar)', () => {
    const dir = freshDir();
    const files = { '甲单位/说明.txt': '本年度收入合计 1,095.72 万元。\n', 'b.txt': Buffer.from([0, 1, 2, 255]) };
    fs.writeFileSync(path.join(dir, 'x.rar'), rar5(files));
    const out = path.join(dir, 'out');
    fs.mkdirSync(out);
    const r = spawnSync('bsdtar', ['-xf', path.join(dir, 'x.rar'), '-C', out], { encoding: 'utf8' });
    expect(r.error).toBeUndefined(); // bsdtar is installed by the pretest (libarchive-tools)
    expect(r.status).toBe(0);
    expect(fs.readFileSync(path.join(out, '甲单位', '说明.txt'), 'utf8')).toBe(files['甲单位/说明.txt']);
    expect(fs.readFileSync(path.join(out, 'b.txt'))).toEqual(files['b.txt']);
  });
});

describe('archives the checker opens and those it does not', () => {
  it('in a folder, a .rar and a .7z unit beside a workbook are all checked; a .tar.gz is named', async () => {
    const dir = freshDir();
    const book = fs.readFileSync(fixturePath('seed004-clean.xlsx'));
    fs.copyFileSync(fixturePath('seed004-clean.xlsx'), path.join(dir, '丙单位.xlsx'));
    await makers['.rar'](path.join(dir, '甲单位.rar'), { '甲单位/决算报表.xlsx': book });
    await makers['.7z'](path.join(dir, '乙单位.7z'), { '乙单位/决算报表.xlsx': book });
    fs.writeFileSync(path.join(dir, '丁单位.tar.gz'), Buffer.from([0x1f, 0x8b, 8, 0]));
    const r = await runCli(['check', dir, '--format', 'json']);
    const json = JSON.parse(r.stdout) as { files: FileJson[] };
    expect(json.files.map((f) => path.relative(dir, f.file)).sort()).toEqual(
      ['丙单位.xlsx', path.join('甲单位.rar', '甲单位', '决算报表.xlsx'), path.join('乙单位.7z', '乙单位', '决算报表.xlsx')].sort(),
    );
    const alone = findingKeys(await checkAlone('seed004-clean.xlsx'));
    for (const file of json.files) expect(findingKeys(file)).toEqual(alone);
    expect(json.files.find((f) => f.file.endsWith('丙单位.xlsx'))).not.toHaveProperty('archive'); // not from an archive
    expect(r.stderr).toContain(`“${path.join(dir, '丁单位.tar.gz')}”是压缩包，决算助手能直接打开 .zip .rar .7z，这种不能：请先解压后再检查。`);
  });

  it('a folder of units’ archives says it is unpacking them, and tells same-named files apart in its progress and summary', async () => {
    const dir = freshDir();
    const book = fs.readFileSync(fixturePath('seed004-clean.xlsx'));
    for (const unit of ['甲', '乙', '丙']) await makers['.rar'](path.join(dir, `${unit}.rar`), { '报表/决算报表.xlsx': book });
    const r = await runCli(['check', dir]);
    const lines = r.stderr.split('\n');
    expect(lines.filter((l) => l.includes('正在解压'))).toEqual([
      '[------------------------] 0/3 正在解压 丙.rar…', // in the order of their names' pinyin, as the files are checked
      '[########----------------] 1/3 正在解压 甲.rar…',
      '[################--------] 2/3 正在解压 乙.rar…',
    ]);
    expect(lines).toContain(`[########----------------] 1/3 ${path.join('甲.rar', '报表', '决算报表.xlsx')}`);
    for (const unit of ['甲', '乙', '丙']) expect(r.stdout).toMatch(new RegExp(`\\n${unit}\\.rar/报表/决算报表\\.xlsx +12 +0`));
  });

  it('split in volumes (x.7z.001, .002 …), it is read from its first part; a part missing, or given alone, is named', async () => {
    const dir = freshDir();
    const workbook = fs.readFileSync(fixturePath('inj-total.xlsx'));
    await sevenZipArchive(path.join(dir, '甲单位.7z'), { '甲单位/决算报表.xlsx': workbook }, ['-t7z', '-v10k']);
    const volumes = fs.readdirSync(dir).sort();
    expect(volumes.length).toBeGreaterThanOrEqual(3); // first, middle, last
    expect(volumes[0]).toBe('甲单位.7z.001');
    const whole = await runCli(['check', dir, '--format', 'json']);
    expect(whole.stderr).toBe('');
    expect(JSON.parse(whole.stdout).file).toBe(path.join(dir, '甲单位.7z.001', '甲单位', '决算报表.xlsx'));
    expect(findingKeys(JSON.parse(whole.stdout))).toEqual(findingKeys(await checkAlone('inj-total.xlsx')));

    const last = path.join(dir, volumes[volumes.length - 1]);
    const alone = await runCli(['check', last]);
    expect(alone.code).toBe(2);
    expect(alone.stderr).toContain(`“${last}”是分卷压缩包的后续分卷，需与第一卷“甲单位.7z.001”放在同一文件夹中，并指定第一卷（或它所在的文件夹）。`);

    fs.rmSync(last);
    const short = await runCli(['check', dir]);
    expect(short.stderr).toContain(`无法打开“${path.join(dir, '甲单位.7z.001')}”：分卷压缩包的分卷不全或已损坏：请把各分卷放在同一文件夹中再检查，或先解压。`);
    fs.rmSync(path.join(dir, '甲单位.7z.001'));
    const firstGone = await runCli(['check', dir]);
    expect(firstGone.stderr).toContain(`“${path.join(dir, volumes[1])}”是分卷压缩包的后续分卷，需与第一卷“甲单位.7z.001”放在同一文件夹中`);
  });

  // Volumes as WinRAR names them today (x.part1.rar …) and as it did before 3.0 (x.rar, x.r00, x.r01 …).
  const volumeNames: Record<string, (i: number) => string> = {
    'x.part1.rar, x.part2.rar …': (i) => `甲单位.part${i + 1}.rar`,
    'x.rar, x.r00 …': (i) => (i === 0 ? '甲单位.rar' : `甲单位.r${String(i - 1).padStart(2, '0')}`),
  };
  it.each(Object.keys(volumeNames))('a .rar split in volumes named %s is read from its first part; a part missing is named', async (naming) => {
    const dir = freshDir();
    const volumes = rar5Volumes({ '甲单位/决算报表.xlsx': fs.readFileSync(fixturePath('inj-total.xlsx')) }, 10_000);
    expect(volumes.length).toBeGreaterThanOrEqual(3);
    const names = volumes.map((_, i) => volumeNames[naming](i));
    volumes.forEach((volume, i) => fs.writeFileSync(path.join(dir, names[i]), volume));
    const whole = await runCli(['check', dir, '--format', 'json']);
    expect(whole.stderr).toBe('');
    expect(JSON.parse(whole.stdout).file).toBe(path.join(dir, names[0], '甲单位', '决算报表.xlsx'));
    expect(findingKeys(JSON.parse(whole.stdout))).toEqual(findingKeys(await checkAlone('inj-total.xlsx')));
    fs.rmSync(path.join(dir, names[1]));
    const short = await runCli(['check', dir]);
    expect(short.stderr).toContain(`无法打开“${path.join(dir, names[0])}”：分卷压缩包的分卷不全或已损坏：请把各分卷放在同一文件夹中再检查，或先解压。`);
  });

  it('tells a later volume’s first part by its name', () => {
    expect(firstVolumeOf('/d/甲.7z.003')).toBe('/d/甲.7z.001');
    expect(firstVolumeOf('/d/甲.part02.rar')).toBe('/d/甲.part01.rar');
    expect(firstVolumeOf('/d/甲.part3.rar')).toBe('/d/甲.part1.rar');
    expect(firstVolumeOf('/d/甲.r00')).toBe('/d/甲.rar');
    for (const later of ['甲.7z.002', '甲.zip.010', '甲.part2.rar', '甲.part10.rar', '甲.part002.rar', '甲.r00']) expect(LATER_VOLUME.test(later)).toBe(true);
    for (const first of ['甲.7z.001', '甲.part1.rar', '甲.part01.rar', '甲.rar', '甲.7z']) expect(LATER_VOLUME.test(first)).toBe(false);
  });

  it('with a password — on its names, on its files only, or a .zip’s — it is named, and nothing is taken out', async () => {
    const dir = freshDir();
    const entries = { '甲单位/决算报表.xlsx': fs.readFileSync(fixturePath('seed004-clean.xlsx')) };
    const archives = [
      await sevenZipArchive(path.join(dir, '名称加密.7z'), entries, ['-t7z', '-pSECRET', '-mhe=on']),
      await sevenZipArchive(path.join(dir, '文件加密.7z'), entries, ['-t7z', '-pSECRET']),
      await sevenZipArchive(path.join(dir, '加密.zip'), entries, ['-tzip', '-pSECRET']),
    ];
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'juesuan-tmpdir-'));
    const r = spawnSync(process.execPath, [path.join(ROOT, 'bin/juesuan.js'), 'check', ...archives], { encoding: 'utf8', env: { ...process.env, TMPDIR: tmp, TMP: tmp, TEMP: tmp }, timeout: 120_000 });
    expect(r.status).toBe(2);
    for (const archive of archives) expect(r.stderr).toContain(`无法打开“${archive}”：压缩包设有密码，请先解压后再检查。`);
    expect(r.stderr).not.toContain('内部错误');
    expect(fs.readdirSync(tmp).filter((f) => f.startsWith('juesuan-'))).toEqual([]);
  });

  it('a .zip whose entry was damaged in transit is named as damaged (it had ended in an internal error)', async () => {
    const zip = new JSZip();
    zip.file('甲单位/决算报表.xlsx', fs.readFileSync(fixturePath('seed004-clean.xlsx')));
    const bytes = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
    for (let i = 200; i < 3000; i += 7) bytes[i] ^= 0x5a; // inside the entry's compressed data
    const file = path.join(freshDir(), '甲单位.zip');
    fs.writeFileSync(file, bytes);
    const r = await runCli(['check', file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`无法打开“${file}”：压缩包已损坏或不是 .zip 格式，请先解压后再检查。`);
  });

  it('one unpacking to more than the limit (a “zip bomb”) is refused before anything is written', async () => {
    const dir = freshDir();
    const big = Buffer.alloc(3 * 1024 * 1024, 'x'); // 3 MB that packs to a few kilobytes
    const archives = [await sevenZipArchive(path.join(dir, '大.7z'), { '甲单位/决算报表.xlsx': big }, ['-t7z']), await sevenZipArchive(path.join(dir, '大.zip'), { '甲单位/决算报表.xlsx': big }, ['-tzip'])];
    for (const archive of archives) expect(fs.statSync(archive).size).toBeLessThan(100_000);
    const saved = process.env.JUESUAN_ARCHIVE_LIMIT_MB;
    process.env.JUESUAN_ARCHIVE_LIMIT_MB = '2';
    try {
      const r = await runCli(['check', ...archives]);
      for (const archive of archives) {
        expect(r.stderr).toContain(`无法打开“${archive}”：压缩包中的工作簿和文档解压后达 3 MB，超过 2 MB 的上限，未打开（确需检查可设 JUESUAN_ARCHIVE_LIMIT_MB 放宽，或先解压）。`);
      }
    } finally {
      if (saved === undefined) delete process.env.JUESUAN_ARCHIVE_LIMIT_MB;
      else process.env.JUESUAN_ARCHIVE_LIMIT_MB = saved;
    }
    // Under the default limit the same archives are opened (and their “workbook” found unreadable).
    const r = await runCli(['check', archives[0]]);
    expect(r.stderr).not.toContain('上限');
    expect(r.stderr).toContain('无法读取“决算报表.xlsx”：不是有效的 .xlsx 工作簿'); // taken out, then read: 3 MB of 'x'
  });

  it('a link inside an archive is not followed: only the files it holds are checked', async () => {
    const dir = freshDir();
    const outside = path.join(dir, '外面.xlsx');
    fs.copyFileSync(fixturePath('seed004-clean.xlsx'), outside);
    const archive = await sevenZipArchive(
      path.join(dir, '乙单位.7z'),
      { '乙单位/决算报表.xlsx': fs.readFileSync(fixturePath('inj-total.xlsx')), '乙单位/链接.xlsx': { link: outside } },
      ['-t7z'],
    );
    const r = await runCli(['check', archive, '--format', 'json']);
    const json = JSON.parse(r.stdout) as FileJson | { files: FileJson[] };
    const files = 'files' in json ? json.files : [json];
    expect(files.map((f) => f.file)).toEqual([path.join(archive, '乙单位', '决算报表.xlsx')]);
  });
});
