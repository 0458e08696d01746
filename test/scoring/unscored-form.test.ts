import { checkWorkbook } from '../../src/core/check';
import type { Workbook } from '../../src/core/model/workbook';
import { buildNarrative } from '../../src/core/narrative';
import { selfEvaluationSummary } from '../../src/core/narrative/self-evaluation';
import { recognizeScoreForms } from '../../src/core/scoring';
import type { ProjectForm } from '../../src/core/scoring/types';
import { readWorkbookFile } from '../../src/io/exceljs-reader';
import { SAMPLE_WORKBOOK } from '../fixtures/registry';

let sample: Workbook;
beforeAll(async () => {
  sample = await readWorkbookFile(SAMPLE_WORKBOOK);
});

const FORM = '项目支出绩效自评表1';

/** The sample with its first project form's 得分 emptied: the total's, or every indicator's too. */
function withoutScores(indicatorsToo: boolean): Workbook {
  const wb = structuredClone(sample);
  const sheet = wb.sheets.find((s) => s.name === FORM)!;
  const form = recognizeScoreForms({ sheets: [sheet] })[0] as ProjectForm;
  const cells = [form.totalScore, form.grade, ...(indicatorsToo ? form.indicators.map((i) => i.score) : [])];
  for (const c of cells) if (c) sheet.rows[c.ref.row][c.ref.col] = undefined;
  return wb;
}

const formOf = (wb: Workbook) => recognizeScoreForms(wb).find((f) => f.sheet === FORM) as ProjectForm;

describe('a project form whose 得分 are not filled in', () => {
  it('an empty 总分 得分 cell is not filled from the 分值 column (was: its 100 read as the score)', () => {
    const form = formOf(withoutScores(false));
    expect(form.totalScore?.num).toBeUndefined();
    expect(form.totalWeight?.num?.value.toNumber()).toBe(100);
    // The untouched form reads its total as before.
    expect(formOf(sample).totalScore?.num?.value.toNumber()).toBe(100);
  });

  it('no indicator scored: no recomputed 总分 or 等级 (was: the 执行率得分 alone as 总分, 等级 差)', () => {
    const line = checkWorkbook(withoutScores(true)).scores.find((s) => s.sheet === FORM)!;
    expect(line.total).toEqual({});
    expect(line.grade).toEqual({});
    // What was filled is still recomputed.
    expect(line.execRate.recomputed).toBeDefined();
  });

  it('the 说明 cites it as not scored yet, and the score bands still add up to the count (was: cited with its 执行率得分 alone as the score, under 60分以下)', () => {
    const wb = withoutScores(true);
    const doc = buildNarrative(wb, { selfEvaluation: selfEvaluationSummary(wb) }).document;
    const i = doc.blocks.findIndex((b) => b.kind === 'heading' && /部门绩效自评情况$/.test(b.text));
    const section = doc.blocks.slice(i + 1, i + 4);
    const paragraph = section.find((b) => b.kind === 'paragraph') as { text: string };
    expect(paragraph.text).toContain('本部门对3个项目开展了项目支出绩效自评');
    expect(paragraph.text).toContain('自评得分在90（含）-100分的2个、自评得分在80（含）-90分的0个、自评得分在60（含）-80分的0个、自评得分在60分以下的0个，另有1个项目的自评表尚未评分【待补充：自评得分】。');
    const table = section.find((b) => b.kind === 'table') as { rows: string[][] };
    expect(table.rows[0]).toEqual(['信访智能系统及政务热线专项经费', '【待补充：自评得分】', '【待补充：评价等级】']);
  });
});
