/**
 * 部门（单位）整体绩效自评表: the Liaoning form with printed scoring rules (seed 002) and the
 * Yunnan 部门整体支出绩效自评表 without scores (seed 004). Found by title or by 总评价得分.
 */
import { type Sheet, rowCount } from '../../model/workbook';
import { formCell } from '../num';
import type { BudgetLine, DeptForm } from '../types';
import { SCORE_HEADER, WEIGHT_HEADER, findCol, headerTexts, indicatorColumns, missingColumns, plain, rowTexts } from './headers';
import { readIndicators } from './indicators';

const TITLE = /整体(支出)?绩效自评表$/;
const PLACEHOLDER = /^[-—–/\\]+$/;
/** The label of the 部门职责 row (Yunnan: 部门总体目标 | 部门职责 | the text). */
const DUTIES = /^部门(主要)?职(责|能)$/;

export function recognizeDeptForms(sheet: Sheet): DeptForm[] {
  const n = rowCount(sheet);
  let top = -1;
  let title = '';
  for (let r = 0; r < n; r++) {
    const t = rowTexts(sheet, r).find((x) => TITLE.test(x) || x === '总评价得分');
    if (t) {
      top = r;
      title = TITLE.test(t) ? t : '部门整体绩效自评表';
      break;
    }
  }
  if (top < 0) return [];
  const budget: BudgetLine[] = [];
  let indicatorsHeader = -1;
  let scored = false;
  let halfScored = false;
  let name = '';
  let duties: string | undefined;
  for (let r = top; r < n; r++) {
    const h = rowTexts(sheet, r);
    const nameAt = h.findIndex((x) => /^部门(（单位）|\(单位\))?名称$/.test(x));
    if (nameAt >= 0 && !name) {
      const v = h.findIndex((x, i) => i > nameAt && x !== '');
      if (v >= 0) name = plain(sheet, r, v);
    }
    const dutiesAt = h.findIndex((x) => DUTIES.test(x));
    if (dutiesAt >= 0 && duties === undefined) {
      const v = h.findIndex((x, i) => i > dutiesAt && x !== '');
      if (v >= 0) duties = plain(sheet, r, v);
    }
    if (h.includes('一级指标') && indicatorsHeader < 0) {
      indicatorsHeader = r;
      const weight = h.some((x) => WEIGHT_HEADER.test(x));
      const score = h.some((x) => SCORE_HEADER.test(x));
      scored = weight && score;
      // One of the two found: the other is there under a header not read.
      halfScored = weight !== score;
      continue;
    }
    const rate = findCol(h, /执行率$/);
    const executed = findCol(h, /^(全年执行数|实际支出金额(\(万元\))?)$/);
    if (rate === undefined || executed === undefined) continue;
    // A budget block: read its lines until a row without amounts.
    const block = h.find((x) => x !== '') ?? '';
    const initial = findCol(h, /^年初预算数$/);
    let budgetCol = findCol(h, /^全年预算数$/);
    const approved = findCol(h, /^批复金额/);
    let first = r + 1;
    if (approved !== undefined) {
      // Yunnan: 批复金额 spans 总额 / 财政拨款 / 其他资金 in the row below.
      const sub = rowTexts(sheet, r + 1);
      budgetCol = findCol(sub, /^总额$/) ?? approved;
      first = r + 2;
    }
    const labelCol = Math.min(...[initial, budgetCol, executed].filter((c): c is number => c !== undefined)) - 1;
    for (let u = first; u < n; u++) {
      const t = rowTexts(sheet, u);
      const amountCols = [initial, budgetCol, executed, rate].filter((c): c is number => c !== undefined);
      // A budget line holds amounts, placeholders or nothing in the amount columns; text ends the block.
      if (amountCols.every((c) => t[c] === '')) break;
      if (amountCols.some((c) => t[c] !== '' && !formCell(sheet, u, c).num && !PLACEHOLDER.test(t[c]))) break;
      const label = t.slice(0, labelCol + 1).find((x) => x !== '' && x !== block) ?? t[0];
      budget.push({
        label,
        row: u,
        block,
        initial: initial !== undefined ? formCell(sheet, u, initial) : undefined,
        budget: budgetCol !== undefined ? formCell(sheet, u, budgetCol) : undefined,
        executed: formCell(sheet, u, executed),
        rate: formCell(sheet, u, rate),
      });
      r = u;
    }
  }
  const indicatorCols = indicatorsHeader >= 0 ? indicatorColumns(headerTexts(sheet, indicatorsHeader)) : {};
  const ind = indicatorsHeader >= 0 ? readIndicators(sheet, indicatorsHeader, indicatorCols, n - 1) : { indicators: [], bottom: n - 1 };
  return [
    {
      kind: 'dept',
      layout: scored ? 'liaoning' : 'yunnan',
      sheet: sheet.name,
      title,
      name,
      top,
      bottom: ind.bottom,
      budget,
      indicators: ind.indicators,
      totalScore: 'totalScore' in ind ? ind.totalScore : undefined,
      grade: 'grade' in ind ? ind.grade : undefined,
      ...(duties ? { duties } : {}),
      ...(halfScored && ind.indicators.length ? { missingColumns: missingColumns(sheet, indicatorsHeader, indicatorCols) } : {}),
    },
  ];
}
