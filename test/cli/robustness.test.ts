import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { fixturePath } from '../fixtures/registry';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { readWorkbookFile } from '../../src/io/exceljs-reader';
import { recognizeTables } from '../../src/core/tables/recognize';
import { totalRow } from '../../src/core/tables/access';
import { a1 } from '../../src/core/model/address';
import { runCli } from './cli-helpers';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'juesuan-robust-'));

function write(name: string, data: string | Buffer): string {
  const p = path.join(tmp, name);
  fs.writeFileSync(p, data);
  return p;
}

describe('unreadable files give one clear Chinese message and exit 2', () => {
  it.each([
    ['a text file renamed to .xlsx', () => write('renamed.xlsx', '科目编码,科目名称\n201,一般公共服务支出\n'), '不是有效的 .xlsx'],
    ['an empty file', () => write('empty.xlsx', ''), '文件为空'],
    ['a missing file', () => path.join(tmp, 'missing.xlsx'), '文件不存在'],
    ['an old .xls (OLE) file', () => write('old.xlsx', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0])), '旧版 .xls'],
    ['a WPS .et file', () => write('决算.et', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0])), 'WPS 表格文件（.et）'],
    ['a CSV export', () => write('决算.csv', '科目编码,科目名称\n201,一般公共服务支出\n'), '文本文件（CSV）'],
    ['a zip that is not a workbook', () => write('zip.xlsx', Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(64)])), '已损坏'],
  ])('%s', async (_what, make, words) => {
    const r = await runCli(['check', make()]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(words);
    expect(r.stderr).not.toMatch(/at .*\.ts:\d+/); // no stack trace
  });
});

/** A zip holding these parts (the first one stored uncompressed, as OpenDocument's mimetype must be). */
async function zipOf(name: string, parts: [string, string][]): Promise<string> {
  const zip = new JSZip();
  parts.forEach(([part, text], i) => zip.file(part, text, { compression: i === 0 ? 'STORE' : 'DEFLATE' }));
  return write(name, await zip.generateAsync({ type: 'nodebuffer' }));
}

// ExcelJS opens any zip and finds no sheet in it: the checker must not answer “0 tables, no errors”.
describe('other zipped documents renamed to .xlsx are named for what they are', () => {
  it.each([
    ['a Word document', [['[Content_Types].xml', '<Types/>'], ['word/document.xml', '<w:document/>']], 'Word 文档'],
    ['an OpenDocument spreadsheet', [['mimetype', 'application/vnd.oasis.opendocument.spreadsheet'], ['content.xml', '<office:document-content/>']], '.ods'],
    ['an Excel binary workbook', [['[Content_Types].xml', '<Types/>'], ['xl/workbook.bin', 'binary']], '.xlsb'],
    ['a PowerPoint deck', [['[Content_Types].xml', '<Types/>'], ['ppt/presentation.xml', '<p:presentation/>']], 'PowerPoint'],
    ['a zip of other files', [['readme.txt', '决算报表详见附件'], ['data.csv', '201,一般公共服务支出']], '没有 Excel 工作表'],
  ] as [string, [string, string][], string][])('%s', async (_what, parts, words) => {
    const r = await runCli(['check', await zipOf('renamed.xlsx', parts)]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(words);
  });

  it('the narrative command says the same', async () => {
    const r = await runCli(['narrative', await zipOf('doc.xlsx', [['[Content_Types].xml', '<Types/>'], ['word/document.xml', '<w:document/>']])]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Word 文档');
  });
});

describe('odd but valid workbooks never crash the checker', () => {
  it.each(['robust-empty.xlsx', 'robust-notables.xlsx', 'robust-huge-noise.xlsx'])('%s: no tables, no findings, exit 0', async (file) => {
    const r = await runCli(['check', fixturePath(file), '--format', 'json']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.tables).toEqual([]);
    expect(json.findings.filter((f: { severity: string }) => f.severity === 'error')).toEqual([]);
    // The text says nothing was checked: its “错误 0 项” is no clean bill.
    expect((await runCli(['check', fixturePath(file)])).stdout).toContain('未识别到决算表或绩效自评表，未检查');
  });

  it('hidden and very hidden sheets and images: tables are still found', async () => {
    const r = await runCli(['check', fixturePath('robust-hidden-image.xlsx'), '--format', 'json']);
    expect(r.code).toBeLessThan(2);
    const sheets = JSON.parse(r.stdout).tables.map((t: { sheet: string }) => t.sheet);
    expect(sheets).toEqual(expect.arrayContaining(['公开01表', '公开02表', '公开03表']));
  });

  it('a #REF! inside a table amount is reported at its cell, not read as zero', async () => {
    const r = await runCli(['check', fixturePath('robust-errors.xlsx'), '--format', 'json']);
    expect(r.code).toBe(1);
    const findings = JSON.parse(r.stdout).findings as { rule: string; sheet: string; cell: string; severity: string }[];
    expect(findings).toEqual(expect.arrayContaining([expect.objectContaining({ rule: 'NUM-PARSE', sheet: '公开03表', severity: 'error' })]));
  });
});

// A program (openpyxl, POI, ExcelJS) can save formulas without their results; such a total is unknown, not 0.
describe('a formula saved without its result', () => {
  it('is reported at its cell, and the sums through that cell are not judged', async () => {
    const sample = fixturePath('sample.xlsx');
    const t03 = recognizeTables(await readWorkbookFile(sample)).tables.find((t) => t.id === 'T03')!;
    const total = totalRow(t03)!.cells.total;
    const address = a1(total.row, total.col);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(sample);
    wb.getWorksheet(total.sheet)!.getCell(address).value = { formula: `SUM(${a1(total.row + 1, total.col)}:${a1(t03.bottom, total.col)})` } as ExcelJS.CellFormulaValue;
    const file = path.join(tmp, 'uncalculated.xlsx');
    await wb.xlsx.writeFile(file);

    const before = JSON.parse((await runCli(['check', sample, '--format', 'json'])).stdout);
    const after = JSON.parse((await runCli(['check', file, '--format', 'json'])).stdout);
    const at = (f: { sheet: string; cell: string }) => f.sheet === total.sheet && f.cell === address;
    expect(after.findings.filter(at)).toEqual([
      expect.objectContaining({ rule: 'NUM-PARSE', severity: 'error', message: expect.stringContaining('没有保存计算结果') }),
    ]);
    // Nothing else changes: no identity read the unknown total as 0.
    const rest = (r: { findings: { rule: string; sheet: string; cell: string; message: string }[] }) =>
      r.findings.filter((f) => !at(f) && !f.message.includes('本年支出合计')).map((f) => `${f.rule} ${f.sheet}!${f.cell}`);
    expect(rest(after)).toEqual(rest(before));
    expect(after.summary.errors).toBe(before.summary.errors + 1);
  });
});

describe('batch runs', () => {
  it('checks several files, prints a summary table, and exits 2 when one cannot be read', async () => {
    const bad = write('bad.xlsx', 'not a workbook');
    const r = await runCli(['check', fixturePath('robust-notables.xlsx'), bad]);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('汇总');
    expect(r.stdout).toContain('无法读取');
  });
});
