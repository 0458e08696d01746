/**
 * What the ExcelJS round trip does to a package's parts: data validations over whole columns (read in no
 * time, written back into the copy), links into the workbook (location-only, as LibreOffice follows them),
 * and what the copy cannot keep (named on stderr; the input keeps it).
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { fixturePath } from '../fixtures/registry';
import { convertWithLibreOffice } from '../helpers/libreoffice';
import { partText, rewriteParts } from '../helpers/xlsx-parts';
import { runCli } from './cli-helpers';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'juesuan-parts-'));
const WHOLE_COLUMNS =
  '<dataValidations count="2"><dataValidation type="decimal" allowBlank="1" showErrorMessage="1" sqref="A1:T1048576"><formula1>-1000000000</formula1><formula2>1000000000</formula2></dataValidation>' +
  '<dataValidation type="list" allowBlank="1" sqref="J12:J1048576"><formula1>"是,否"</formula1></dataValidation></dataValidations>';

/** inj-total with 公开03表 (sheet3.xml) given these elements after its sheetData. */
function withSheet3Extra(name: string, extra: string, more: Record<string, (xml: string) => string> = {}): Promise<string> {
  return rewriteParts(fixturePath('inj-total.xlsx'), path.join(tmp, name), {
    'xl/worksheets/sheet3.xml': (xml) => xml.replace('</sheetData>', `</sheetData>${extra}`),
    ...more,
  });
}

describe('data validations over whole columns', () => {
  it('the check reads them in seconds (was: A1:T1048576 never finished), and the copy keeps them', async () => {
    const input = await withSheet3Extra('dv-wide.xlsx', WHOLE_COLUMNS);
    const out = path.join(tmp, 'dv-wide.out.xlsx');
    const started = Date.now();
    const run = await runCli(['check', input, '--out', out, '--format', 'json']);
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(JSON.parse(run.stdout).summary.errors).toBeGreaterThan(0);
    expect(await partText(out, 'xl/worksheets/sheet3.xml')).toContain(WHOLE_COLUMNS);
    // LibreOffice opens the copy with them.
    expect(convertWithLibreOffice(out, 'csv').files).toHaveLength(1);
  }, 60_000);
});

describe('links on 检查结果', () => {
  it('are locations in the workbook, with no relationship; LibreOffice keeps them as such (was: a link to the file itself)', async () => {
    const out = path.join(tmp, 'links.xlsx');
    await runCli(['check', fixturePath('inj-total.xlsx'), '--out', out]);
    const sheet = await partText(out, 'xl/worksheets/sheet13.xml'); // 检查结果, after the 12 tables
    expect(sheet).toContain('<hyperlink ref="C2" location="&apos;公开01表&apos;!F37"/>');
    expect(sheet).not.toMatch(/<hyperlink [^>]*r:id=/);
    const { files } = convertWithLibreOffice(out, 'xlsx:Calc MS Excel 2007 XML');
    const saved = await partText(files[0], 'xl/worksheets/sheet13.xml');
    expect(saved).toContain('location="&apos;公开01表&apos;!F37"');
    expect(saved).not.toMatch(/<hyperlink [^>]*r:id=/);
  }, 60_000);
});

describe('what the copy cannot keep is said (the input keeps it)', () => {
  it('x14 data validations and manual page breaks', async () => {
    const input = await withSheet3Extra(
      'sink.xlsx',
      '<rowBreaks count="1" manualBreakCount="1"><brk id="30" max="16383" man="1"/></rowBreaks>' +
        '<extLst><ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"><x14:dataValidations count="1" xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main"><x14:dataValidation type="list" allowBlank="1"><x14:formula1><xm:f>公开01表!$A$11:$A$20</xm:f></x14:formula1><xm:sqref>K12:K36</xm:sqref></x14:dataValidation></x14:dataValidations></ext></extLst>',
    );
    const run = await runCli(['check', input, '--out', path.join(tmp, 'sink.out.xlsx'), '--format', 'json']);
    expect(run.stderr).toContain('批注副本未能保留原文件中的存于扩展部分的数据验证（如引用其他工作表的下拉列表）、手动分页符（原文件不受影响）');
    expect(JSON.parse(run.stdout).copyLacks).toHaveLength(2);
  });

  it('a link to a cell of the workbook as Excel writes it (location-only, which ExcelJS does not read)', async () => {
    const input = await withSheet3Extra('link.xlsx', '<hyperlinks><hyperlink ref="A1" location="&apos;公开01表&apos;!A1" display="返回"/></hyperlinks>');
    const run = await runCli(['check', input, '--out', path.join(tmp, 'link.out.xlsx')]);
    expect(run.stderr).toContain('未能保留原文件中的指向本工作簿单元格的超链接（原文件不受影响）');
  });

  it('a chart', async () => {
    const run = await runCli(['check', fixturePath('robust-chart.xlsx'), '--out', path.join(tmp, 'chart.out.xlsx')]);
    expect(run.stderr).toContain('未能保留原文件中的图表（原文件不受影响）');
  });

  it('threaded comments and macros; --out copy.xlsm is refused, creating no folder (was: a folder named copy.xlsm)', async () => {
    const input = await rewriteParts(fixturePath('inj-total.xlsx'), path.join(tmp, 'macro.xlsm'), {
      'xl/vbaProject.bin': () => 'not real VBA, but where Excel keeps it',
      'xl/threadedComments/threadedComment1.xml': () => '<?xml version="1.0" encoding="UTF-8"?><ThreadedComments xmlns="http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments"/>',
    });
    const xlsm = path.join(tmp, 'copy.xlsm');
    const refused = await runCli(['check', input, '--out', xlsm]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('批注副本只能保存为 .xlsx 文件');
    expect(fs.existsSync(xlsm)).toBe(false);
    const run = await runCli(['check', input, '--out', path.join(tmp, 'copy.xlsx')]);
    expect(run.stderr).toContain('未能保留原文件中的新式批注（批注会话及其回复）、宏（VBA）（原文件不受影响）');
  });
});
