import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { SAMPLE_WORKBOOK, fixturePath } from '../fixtures/registry';
import { sheetsAsCsv } from '../helpers/libreoffice';
import { runCli } from './cli-helpers';

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
