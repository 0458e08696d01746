/**
 * A bureau's folder holds .xls (and WPS .et, .ods) beside .xlsx: read through this machine's LibreOffice,
 * they give the findings their .xlsx gives; without LibreOffice each is named with what to do. The .xls and
 * .ods here are made from the fixtures by LibreOffice itself, as an officer's "另存为" would make them.
 */
import { createHash } from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { findLibreOffice } from '../../src/io/libreoffice';
import { fixturePath } from '../fixtures/registry';
import { convertWithLibreOffice } from '../helpers/libreoffice';
import { SAMPLE_NARRATIVE, sampleNarrativeDocx } from '../fixtures/builders/narrative';
import { spawnSync } from 'child_process';
import { ROOT, runCli } from './cli-helpers';

interface Json {
  tables: { id: string; sheet: string }[];
  findings: { rule: string; severity: string; sheet: string; cell: string; message: string }[];
  convertedFrom?: string;
  annotated?: string;
}

/** `fixture` saved by LibreOffice as `format` (xls, ods), under a unit's name. */
function savedAs(fixture: string, format: string, name: string): string {
  const { files } = convertWithLibreOffice(fixturePath(fixture), format);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'juesuan-formats-'));
  const file = path.join(dir, `${name}.${format}`);
  fs.copyFileSync(files[0], file);
  return file;
}

const findingKeys = (j: Json) => j.findings.map((f) => `${f.severity} ${f.rule} ${f.sheet}!${f.cell} ${f.message}`).sort();
const sha = (file: string) => createHash('sha256').update(fs.readFileSync(file)).digest('hex');

/** Runs `work` with JUESUAN_SOFFICE set to `soffice`, restored after. */
async function withSoffice<T>(soffice: string, work: () => Promise<T>): Promise<T> {
  const saved = process.env.JUESUAN_SOFFICE;
  process.env.JUESUAN_SOFFICE = soffice;
  try {
    return await work();
  } finally {
    if (saved === undefined) delete process.env.JUESUAN_SOFFICE;
    else process.env.JUESUAN_SOFFICE = saved;
  }
}

/** `work` run with this machine's LibreOffice behind a script counting its starts (shell lines `after` run once it ends). */
async function countingStarts<T>(work: () => Promise<T>, after: string[] = []): Promise<{ result: T; starts: number }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'juesuan-soffice-'));
  const runs = path.join(dir, 'runs.log');
  const wrapper = path.join(dir, 'soffice');
  fs.writeFileSync(wrapper, `${['#!/bin/sh', `echo run >> '${runs}'`, `'${findLibreOffice()}' "$@"; rc=$?`, ...after, 'exit $rc'].join('\n')}\n`, { mode: 0o755 });
  const result = await withSoffice(wrapper, work);
  return { result, starts: fs.readFileSync(runs, 'utf8').trim().split('\n').length };
}

describe('workbooks saved as .xls or .ods', () => {
  it('an .xls gives the findings of the .xlsx it was saved from, says it was converted, and its annotated copy is an .xlsx', async () => {
    const xls = savedAs('seed004-messy.xlsx', 'xls', '曲靖市信访局决算');
    const before = sha(xls);
    const out = path.join(path.dirname(xls), '副本.xlsx');
    const [fromXls, fromXlsx] = await Promise.all([runCli(['check', xls, '--format', 'json', '--out', out]), runCli(['check', fixturePath('seed004-messy.xlsx'), '--format', 'json'])]);
    expect(fromXls.code).toBe(fromXlsx.code);
    const a = JSON.parse(fromXls.stdout) as Json;
    const b = JSON.parse(fromXlsx.stdout) as Json;
    expect(a.convertedFrom).toBe('旧版 .xls 文件');
    expect(b.convertedFrom).toBeUndefined();
    expect(a.tables.map((t) => `${t.id} ${t.sheet}`)).toEqual(b.tables.map((t) => `${t.id} ${t.sheet}`));
    expect(a.tables).toHaveLength(12);
    expect(findingKeys(a)).toEqual(findingKeys(b));
    expect(sha(xls)).toBe(before); // the input is never modified
    const copy = new ExcelJS.Workbook();
    await copy.xlsx.readFile(out);
    // The copy is the converted workbook: its sheets, and 检查结果 listing every finding.
    expect(copy.worksheets.map((w) => w.name)).toEqual(expect.arrayContaining([...new Set(a.tables.map((t) => t.sheet)), '检查结果']));
    const listed: string[] = [];
    copy.getWorksheet('检查结果')!.eachRow((row) => listed.push((row.values as unknown[]).map(String).join('|')));
    for (const f of a.findings) expect(listed.some((l) => l.includes(f.message))).toBe(true);
    const text = await runCli(['check', xls]);
    expect(text.stdout).toContain(`（“曲靖市信访局决算.xls”是旧版 .xls 文件，已用本机的 LibreOffice 转换为 .xlsx 后检查）`);
  });

  it('an .ods with an injected error: found at its cell', async () => {
    const ods = savedAs('inj-total.xlsx', 'ods', '某单位');
    const r = await runCli(['check', ods, '--format', 'json']);
    expect(r.code).toBe(1);
    const json = JSON.parse(r.stdout) as Json;
    expect(json.convertedFrom).toBe('OpenDocument 表格（.ods）');
    const expected = JSON.parse((await runCli(['check', fixturePath('inj-total.xlsx'), '--format', 'json'])).stdout) as Json;
    expect(findingKeys(json)).toEqual(findingKeys(expected));
    expect(json.findings.some((f) => f.severity === 'error' && f.sheet === '公开03表' && f.cell === 'D12')).toBe(true);
  });

  it('a folder of units: the .xls is checked beside the .xlsx, not passed over', async () => {
    const xls = savedAs('inj-total.xlsx', 'xls', 'b单位');
    fs.copyFileSync(fixturePath('seed004-clean.xlsx'), path.join(path.dirname(xls), 'a单位.xlsx'));
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'juesuan-formats-out-'));
    const r = await runCli(['check', path.dirname(xls), '--format', 'json', '--out', out]);
    const json = JSON.parse(r.stdout) as { files: (Json & { file: string })[] };
    expect(json.files.map((f) => [path.basename(f.file), f.convertedFrom ?? '', f.findings.some((x) => x.severity === 'error')])).toEqual([
      ['a单位.xlsx', '', false],
      ['b单位.xls', '旧版 .xls 文件', true],
    ]);
    expect(r.code).toBe(1);
    // The bureau's 汇总 says which unit's file was converted.
    const summary = new ExcelJS.Workbook();
    await summary.xlsx.readFile(path.join(out, '决算助手检查汇总.xlsx'));
    const lines: string[] = [];
    summary.getWorksheet('汇总')!.eachRow((row) => lines.push((row.values as unknown[]).map(String).join('|')));
    expect(lines.find((l) => l.includes('b单位.xls'))).toContain('旧版 .xls 文件，经 LibreOffice 转换后检查');
    expect(lines.find((l) => l.includes('a单位.xlsx'))).not.toContain('LibreOffice');
  });

  it('a folder of .xls units: LibreOffice starts once for them all (not once a file), each giving its .xlsx’s findings', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'juesuan-batch-'));
    const units = { 甲单位: 'inj-total.xlsx', 乙单位: 'seed004-clean.xlsx', 丙单位: 'seed004-messy.xlsx' };
    for (const [name, fixture] of Object.entries(units)) fs.copyFileSync(savedAs(fixture, 'xls', name), path.join(dir, `${name}.xls`));
    // A run of several files loses the first one's output, as when LibreOffice fails on one file of a
    // batch: that file is then converted alone.
    const losesFirstOfBatch = [
      'prev=; out=; inputs=0; first=',
      'for a in "$@"; do',
      '  if [ -n "$out" ]; then inputs=$((inputs+1)); [ -z "$first" ] && first="$a"; fi',
      '  [ "$prev" = "--outdir" ] && out="$a"',
      '  prev="$a"',
      'done',
      'if [ "$inputs" -gt 1 ]; then b=$(basename "$first"); rm -f "$out/${b%.*}.xlsx"; fi',
    ];
    const { result: r, starts } = await countingStarts(() => runCli(['check', dir, '--format', 'json']), losesFirstOfBatch);
    expect(starts).toBe(2);
    expect(r.stderr).toContain('正在用 LibreOffice 转换文件（0/3）…'); // the progress bar says what the wait is
    const json = JSON.parse(r.stdout) as { files: (Json & { file: string })[] };
    expect(json.files.map((f) => path.basename(f.file)).sort()).toEqual(Object.keys(units).map((n) => `${n}.xls`).sort());
    for (const [name, fixture] of Object.entries(units)) {
      const got = json.files.find((f) => path.basename(f.file) === `${name}.xls`)!;
      expect(got.convertedFrom).toBe('旧版 .xls 文件');
      const want = JSON.parse((await runCli(['check', fixturePath(fixture), '--format', 'json'])).stdout) as Json;
      expect(findingKeys(got)).toEqual(findingKeys(want));
    }
  });

  it('a damaged .xls (cut short in transit), which LibreOffice reads as text, is said to be unreadable, not passed with no table', async () => {
    const whole = savedAs('seed004-clean.xlsx', 'xls', '某单位');
    const cut = path.join(path.dirname(whole), '某单位（不完整）.xls');
    fs.writeFileSync(cut, fs.readFileSync(whole).subarray(0, 20_000));
    const r = await runCli(['check', cut]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('无法读取“某单位（不完整）.xls”：这是旧版 .xls 文件（或加密的工作簿），LibreOffice 也无法把它作为工作簿打开（文件可能已损坏、未传输完整或设有打开密码）');
  });

  it('leaves no copy of the unit’s workbook behind in the temporary folder', () => {
    const xls = savedAs('seed004-clean.xlsx', 'xls', '某单位');
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'juesuan-tmpdir-'));
    const r = spawnSync(process.execPath, [path.join(ROOT, 'bin/juesuan.js'), 'check', xls], { encoding: 'utf8', env: { ...process.env, TMPDIR: tmp, TMP: tmp, TEMP: tmp }, timeout: 120_000 });
    expect(r.stdout).toContain('已用本机的 LibreOffice 转换为 .xlsx 后检查');
    expect(fs.readdirSync(tmp).filter((f) => f.startsWith('juesuan-convert-'))).toEqual([]);
  });

  it('without LibreOffice: named, with what to do (save as .xlsx, or install LibreOffice)', async () => {
    const xls = savedAs('seed004-clean.xlsx', 'xls', '某单位');
    const r = await withSoffice(path.join(os.tmpdir(), 'no-such-soffice'), () => runCli(['check', xls]));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('无法读取“某单位.xls”：这是旧版 .xls 文件（或加密的工作簿），请另存为 .xlsx 后再检查（或在本机安装 LibreOffice，决算助手会自动转换）。');
  });
});

describe('finding LibreOffice', () => {
  const has = (...paths: string[]) => (p: string) => paths.includes(p);
  it('JUESUAN_SOFFICE first (and only it, when set), then the PATH, then where LibreOffice installs itself', () => {
    expect(findLibreOffice({ JUESUAN_SOFFICE: '/x/soffice', PATH: '/usr/bin' }, has('/x/soffice', '/usr/bin/soffice'))).toBe('/x/soffice');
    expect(findLibreOffice({ JUESUAN_SOFFICE: '/x/soffice', PATH: '/usr/bin' }, has('/usr/bin/soffice'))).toBeUndefined();
    expect(findLibreOffice({ PATH: ['/opt/a', '/opt/b'].join(path.delimiter) }, has('/opt/b/soffice', '/usr/bin/soffice'))).toBe('/opt/b/soffice');
    expect(findLibreOffice({ PATH: '' }, has('/usr/lib/libreoffice/program/soffice'))).toBe('/usr/lib/libreoffice/program/soffice');
    expect(findLibreOffice({ PATH: '' }, has())).toBeUndefined();
  });
});

/** The sample 说明 as Word would keep it: a .docx, and LibreOffice's `format` (doc, rtf, odt) of it. */
async function narrativeSavedAs(format: string): Promise<{ docx: string; other: string }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'juesuan-doc-'));
  const docx = path.join(dir, '决算说明.docx');
  fs.writeFileSync(docx, await sampleNarrativeDocx());
  const { files } = convertWithLibreOffice(docx, format);
  const other = path.join(dir, `说明.${format}`);
  fs.copyFileSync(files[0], other);
  return { docx, other };
}

const narrativeKeys = (j: Json) => j.findings.filter((f) => f.sheet.startsWith('决算说明') || f.sheet.startsWith('说明')).map((f) => `${f.severity} ${f.rule} ${f.message}`).sort();

describe('a 说明 kept as .doc (or .rtf, .odt)', () => {
  it('--text 说明.doc gives the findings of the .docx it was saved from', async () => {
    const { docx, other } = await narrativeSavedAs('doc');
    const [fromDoc, fromDocx] = await Promise.all([
      runCli(['check', fixturePath('seed004-clean.xlsx'), '--text', other, '--format', 'json']),
      runCli(['check', fixturePath('seed004-clean.xlsx'), '--text', docx, '--format', 'json']),
    ]);
    const a = JSON.parse(fromDoc.stdout) as Json & { narrative: { paragraphs: number } };
    const b = JSON.parse(fromDocx.stdout) as Json & { narrative: { paragraphs: number } };
    expect(a.narrative.paragraphs).toBe(SAMPLE_NARRATIVE.length);
    expect(narrativeKeys(a).length).toBeGreaterThan(0);
    expect(narrativeKeys(a).map((k) => k.replace('说明.doc', '说明.docx'))).toEqual(narrativeKeys(b).map((k) => k.replace('决算说明.docx', '说明.docx')));
  });

  it('in a unit’s folder, a 说明 kept as .rtf is paired with the workbook', async () => {
    const { other } = await narrativeSavedAs('rtf');
    const dir = path.dirname(other);
    fs.rmSync(path.join(dir, '决算说明.docx'));
    fs.copyFileSync(fixturePath('seed004-clean.xlsx'), path.join(dir, '报表.xlsx'));
    const r = await runCli(['check', dir, '--format', 'json']);
    expect(JSON.parse(r.stdout).narrative).toEqual({ file: '说明.rtf', paragraphs: SAMPLE_NARRATIVE.length });
  });

  it('units’ folders with their 说明 as .rtf: LibreOffice starts once for every 说明', async () => {
    const { other } = await narrativeSavedAs('rtf');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'juesuan-units-'));
    for (const unit of ['甲单位', '乙单位']) {
      fs.mkdirSync(path.join(dir, unit));
      fs.copyFileSync(fixturePath('seed004-clean.xlsx'), path.join(dir, unit, '报表.xlsx'));
      fs.copyFileSync(other, path.join(dir, unit, '说明.rtf'));
    }
    const { result: r, starts } = await countingStarts(() => runCli(['check', dir, '--format', 'json']));
    expect(starts).toBe(1);
    const json = JSON.parse(r.stdout) as { files: { narrative?: unknown }[] };
    expect(json.files.map((f) => f.narrative)).toEqual([0, 1].map(() => ({ file: '说明.rtf', paragraphs: SAMPLE_NARRATIVE.length })));
  });

  it('a PDF, or a .doc without LibreOffice, is refused with what to do (it was read as text: binary noise, no finding)', async () => {
    const pdf = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'juesuan-pdf-')), '说明.pdf');
    fs.writeFileSync(pdf, '%PDF-1.4\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n');
    const r = await runCli(['check', fixturePath('seed004-clean.xlsx'), '--text', pdf]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('无法读取说明文件“说明.pdf”：不能直接读取 PDF');
    const { other } = await narrativeSavedAs('doc');
    const d = await withSoffice(path.join(os.tmpdir(), 'no-such-soffice'), () => runCli(['check', fixturePath('seed004-clean.xlsx'), '--text', other]));
    expect(d.code).toBe(2);
    expect(d.stderr).toContain('不支持 .doc 文件，请在 Word 或 WPS 中另存为 .docx 或 .txt（或在本机安装 LibreOffice，决算助手会自动转换）');
  });
});
