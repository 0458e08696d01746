import { draftSourceLine } from '../../src/taskpane/model/draft-source';
import { draftNarrative } from '../../src/taskpane/model/narrative';
import { readWorkbookFile } from '../../src/io/exceljs-reader';
import { fixturePath } from '../fixtures/registry';

// The svg → png step needs a canvas; the line above the draft does not depend on the charts.
jest.mock('../../src/taskpane/model/rasterize-svg', () => ({ svgToPng: () => Promise.reject(new Error('no canvas in jest')) }));

describe('the line above the 说明 draft in the pane', () => {
  it('a workbook with no table read: says the draft holds only fixed wording and placeholders', async () => {
    const draft = await draftNarrative(await readWorkbookFile(fixturePath('robust-notables.xlsx')));
    expect(draft.tablesRead).toBe(0);
    const line = draftSourceLine(draft);
    expect(line).toMatch(/^工作簿中没有识别到决算公开表，草稿里只有固定文字和【待补充】内容/);
    expect(line).not.toContain('金额取自');
    expect(line).toContain(`草稿中有 ${draft.placeholders} 处黄色【待补充】`);
    expect(draft.placeholders).toBeGreaterThan(0);
  });

  it('the sample: amounts from its tables, no prior year chosen, the placeholders counted', async () => {
    const draft = await draftNarrative(await readWorkbookFile(fixturePath('sample.xlsx')));
    expect(draft.tablesRead).toBe(12);
    expect(draftSourceLine(draft)).toBe(`金额取自本工作簿的决算表；未选上年工作簿（可在「设置」中选择）。草稿中有 ${draft.placeholders} 处黄色【待补充】需要您填写。`);
  });

  it('names the prior-year workbook, or the 补充信息 sheet, where 上年数 come from', () => {
    const draft = { tablesRead: 12, priorCount: 3, placeholders: 0 };
    expect(draftSourceLine(draft, '2022年决算.xlsx')).toBe('金额取自本工作簿的决算表，上年数取自 2022年决算.xlsx。');
    expect(draftSourceLine(draft)).toBe('金额取自本工作簿的决算表，上年数取自“补充信息”表。');
  });
});
