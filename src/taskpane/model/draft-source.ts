import type { NarrativeDraft } from './narrative';

/**
 * The line above the draft: where its amounts come from and how many placeholders are left. A draft
 * with no table read says so, so a skeleton of fixed wording is not taken for a drafted 说明.
 */
export function draftSourceLine(draft: Pick<NarrativeDraft, 'tablesRead' | 'priorCount' | 'placeholders'>, priorYearName?: string): string {
  const source =
    draft.tablesRead > 0
      ? `金额取自本工作簿的决算表${priorYearName ? `，上年数取自 ${priorYearName}` : draft.priorCount > 0 ? '，上年数取自“补充信息”表' : '；未选上年工作簿（可在「设置」中选择）'}。`
      : '工作簿中没有识别到决算公开表，草稿里只有固定文字和【待补充】内容（「检查结果」中可看到哪些表格未能识别及原因）。';
  return draft.placeholders > 0 ? `${source}草稿中有 ${draft.placeholders} 处黄色【待补充】需要您填写。` : source;
}
