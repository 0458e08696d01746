import * as crypto from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { SAMPLE_WORKBOOK } from '../fixtures/registry';
import { internalLinks } from '../helpers/xlsx-parts';
import { type CliRun, runCli, spawnCli } from './cli-helpers';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'juesuan-cli-'));
const sha = (p: string) => crypto.createHash('sha256').update(fs.readFileSync(p)).digest('hex');

describe('juesuan check on the bundled sample', () => {
  const before = sha(SAMPLE_WORKBOOK);
  const out = path.join(tmp, 'annotated.xlsx');
  let run: CliRun;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  let json: any;
  beforeAll(async () => {
    run = await runCli(['check', SAMPLE_WORKBOOK, '--format', 'json', '--out', out]);
    json = JSON.parse(run.stdout);
  });

  it('prints the documented JSON fields', () => {
    expect(Object.keys(json)).toEqual(expect.arrayContaining(['tables', 'findings', 'summary']));
    expect(json.tables.length).toBeGreaterThanOrEqual(12);
    for (const t of json.tables) expect(Object.keys(t)).toEqual(expect.arrayContaining(['id', 'title', 'sheet', 'range']));
    for (const f of json.findings) expect(Object.keys(f)).toEqual(expect.arrayContaining(['rule', 'severity', 'sheet', 'cell', 'message']));
    expect(Object.keys(json.summary)).toEqual(expect.arrayContaining(['errors', 'warnings']));
  });

  it('exits 1 exactly when errors were found', () => {
    expect(run.code).toBe(json.summary.errors > 0 ? 1 : 0);
  });

  it('never modifies the input', () => {
    expect(sha(SAMPLE_WORKBOOK)).toBe(before);
  });

  it('writes a copy with a 【决算助手】 note on every flagged cell and a 检查结果 sheet with links', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(json.findings.length).toBeGreaterThan(0); // the sample has findings: the loop below must check some
    for (const f of json.findings as { sheet: string; cell: string; rule: string }[]) {
      const note = wb.getWorksheet(f.sheet)!.getCell(f.cell).note;
      const text = typeof note === 'string' ? note : (note?.texts ?? []).map((t) => t.text).join('');
      expect(text.startsWith('【决算助手】')).toBe(true);
      expect(text).toContain(f.rule);
    }
    const results = wb.getWorksheet('检查结果')!;
    expect(results).toBeDefined();
    const links = await internalLinks(out, '检查结果');
    expect(links.length).toBe(json.findings.length);
  });

  it('the installed bin prints the same report, text grouped by table with the counts', async () => {
    const text = spawnCli(['check', SAMPLE_WORKBOOK]);
    expect(text.code).toBe(run.code);
    expect(text.stdout).toContain('检查结果：错误');
    expect(text.stdout).toContain('公开01表');
  });
});
