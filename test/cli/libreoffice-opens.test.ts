import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { SAMPLE_WORKBOOK, fixturePath } from '../fixtures/registry';
import { sheetsAsCsv } from '../helpers/libreoffice';
import { runCli } from './cli-helpers';
import { SAMPLE_NARRATIVE } from '../fixtures/builders/narrative';

describe('LibreOffice opens what the CLI writes', () => {
  it('the annotated copy opens, keeps every sheet and lists the findings on 检查结果', async () => {
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'juesuan-lo-cli-')), 'annotated.xlsx');
    const run = await runCli(['check', SAMPLE_WORKBOOK, '--format', 'json', '--out', out]);
    const findings = JSON.parse(run.stdout).findings as { message: string }[];
    const sheets = sheetsAsCsv(out);
    expect([...sheets.keys()]).toEqual(expect.arrayContaining(['公开01表', '公开12表', '检查结果']));
    const results = sheets.get('检查结果')!;
    expect(findings.length).toBeGreaterThan(0);
    for (const f of findings) expect(results).toContain(f.message.slice(0, 20));
    expect(results).toContain('合计：错误');
  });

  it('with --text, the copy’s 检查结果 names the 说明 file on the rows of its findings, and opens', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'juesuan-lo-text-'));
    const txt = path.join(dir, '决算说明.txt');
    fs.writeFileSync(txt, SAMPLE_NARRATIVE.join('\n'), 'utf8');
    const out = path.join(dir, 'annotated.xlsx');
    const run = await runCli(['check', SAMPLE_WORKBOOK, '--text', txt, '--format', 'json', '--out', out]);
    const fromText = (JSON.parse(run.stdout).findings as { table?: string; message: string }[]).filter((f) => f.table === '决算说明');
    expect(fromText.length).toBeGreaterThan(0);
    const rows = sheetsAsCsv(out).get('检查结果')!.split('\n');
    for (const f of fromText) expect(rows.some((r) => r.includes(',决算说明.txt,') && r.includes(f.message.slice(0, 20)))).toBe(true);
  });

  it('a copy corrected with --fix formula opens, its corrected total (a formula) reading 1,095.72 there', async () => {
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'juesuan-lo-fix-')), 'fixed.xlsx');
    await runCli(['check', fixturePath('inj-total.xlsx'), '--out', out, '--fix', 'formula']);
    const sheets = sheetsAsCsv(out);
    const d12 = sheets.get('公开03表')!.split('\n')[11].split(',')[3];
    expect(Number(d12.replace(/[",]/g, ''))).toBeCloseTo(1095.72, 2);
    expect(sheets.get('检查结果')).toContain('已修正（原为 1096.72）');
  });

  it('the batch summary workbook opens with its two sheets', async () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'juesuan-lo-batch-'));
    const files = [fixturePath('seed004-clean.xlsx'), fixturePath('inj-total.xlsx')];
    const run = await runCli(['check', ...files, '--format', 'json', '--out', out]);
    const sheets = sheetsAsCsv(JSON.parse(run.stdout).summaryWorkbook);
    expect([...sheets.keys()]).toEqual(['汇总', '问题清单']);
    for (const f of files) expect(sheets.get('汇总')).toContain(path.basename(f));
    expect(sheets.get('问题清单')).toContain('inj-total.xlsx');
  });

  it('the chart fixture is a real chart LibreOffice reads, and the checker still finds the tables', async () => {
    const sheets = sheetsAsCsv(fixturePath('robust-chart.xlsx'));
    expect(sheets.get('收入结构图')).toContain('644.25');
    const run = await runCli(['check', fixturePath('robust-chart.xlsx'), '--format', 'json']);
    expect(run.code).toBeLessThan(2);
    expect(JSON.parse(run.stdout).tables.length).toBeGreaterThanOrEqual(12);
  });
});
