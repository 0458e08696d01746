/** The seed 002 fixture with one indicator row changed, for the Liaoning printed-rule tests. */
import type { Workbook } from '../../../src/core/model/workbook';
import { scoreWorkbook } from '../../../src/core/scoring';
import { loadFixture } from '../load';

/** Column indices of the fixture's 分解目标评价 table (LIAONING_INDICATOR_COLUMNS). */
export const COL = { content: 3, target: 4, actual: 5, degree: 6, weight: 7, score: 8, reason: 14 };

type Change = { match: string; col: number; value: string | number; numFmt?: string };

export async function liaoning(changes?: Change | Change[], profile?: string) {
  const wb: Workbook = await loadFixture('selfeval-002-liaoning-dept.xlsx');
  for (const change of changes === undefined ? [] : Array.isArray(changes) ? changes : [changes]) {
    const sheet = wb.sheets[0];
    // An indicator by its 指标内容; the 总评价得分 row by its label.
    const row = sheet.rows.findIndex((cells) => String(cells?.[COL.content]?.value ?? '').includes(change.match) || cells?.[0]?.value === change.match);
    if (row < 0) throw new Error(`no row ${change.match}`);
    sheet.rows[row][change.col] = { value: change.value, ...(change.numFmt ? { numFmt: change.numFmt } : {}) };
  }
  return scoreWorkbook(wb, { profile });
}
