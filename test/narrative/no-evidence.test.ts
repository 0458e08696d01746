import { buildNarrative, documentParagraphs } from '../../src/core/narrative';
import type { Workbook } from '../../src/core/model/workbook';
import { readWorkbookFile } from '../../src/io/exceljs-reader';
import { fixturePath } from '../fixtures/registry';
import { runCli } from '../cli/cli-helpers';

const text = (wb: Workbook) => documentParagraphs(buildNarrative(wb).document).join('\n');

describe('the 说明 states only what a table shows', () => {
  it('with no table at all, no 空表 sentence for 政府性基金 / 国有资本经营: placeholders instead (was: both declared empty)', async () => {
    const t = text(await readWorkbookFile(fixturePath('robust-notables.xlsx')));
    expect(t).not.toContain('为空表');
    expect(t).toContain('政府性基金预算财政拨款支出【待补充：政府性基金预算财政拨款支出】万元');
    expect(t).toContain('国有资本经营预算财政拨款支出【待补充：国有资本经营预算财政拨款支出】万元');
  });

  it('the empty 公开08/09表 of seed 004 are still declared empty, and so are they from 公开04表 alone', async () => {
    const wb = await readWorkbookFile(fixturePath('seed004-clean.xlsx'));
    expect(text(wb)).toContain('故政府性基金预算财政拨款收入支出决算表为空表');
    const without0809 = { ...wb, sheets: wb.sheets.filter((s) => !/公开0[89]表/.test(s.name)) };
    expect(text(without0809)).toContain('故政府性基金预算财政拨款收入支出决算表为空表');
    expect(text(without0809)).toContain('故国有资本经营预算财政拨款收入支出决算表为空表');
  });

  it('a draft with no table read says so (the CLI on stderr), instead of “按报表自动判断”', async () => {
    expect(buildNarrative(await readWorkbookFile(fixturePath('robust-notables.xlsx'))).tablesRead).toBe(0);
    expect(buildNarrative(await readWorkbookFile(fixturePath('seed004-clean.xlsx'))).tablesRead).toBe(12);
    const none = await runCli(['narrative', fixturePath('robust-notables.xlsx')]);
    expect(none.code).toBe(0);
    expect(none.stderr).toContain('（未识别到报表，用默认格式）');
    expect(none.stderr).toContain('注意：工作簿中没有识别到决算公开表，说明里只有固定文字和待补充内容。');
    const some = await runCli(['narrative', fixturePath('seed004-clean.xlsx')]);
    expect(some.stderr).toContain('（按报表自动判断）');
    expect(some.stderr).not.toContain('注意：');
  });
});
