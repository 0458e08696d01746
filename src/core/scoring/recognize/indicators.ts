import { type Sheet, colCount, mergeMaster } from '../../model/workbook';
import { formCell } from '../num';
import type { FormCell, Indicator } from '../types';
import { GRADE_WORD, type IndicatorColumns, TOTAL_LABEL, plain, rowTexts } from './headers';
import { INVISIBLE } from '../../numbers/normalize';

export interface IndicatorBlock {
  indicators: Indicator[];
  /** Row of 总分 / 合计 / 总评价得分, if found. */
  totalRow?: number;
  totalWeight?: FormCell;
  totalScore?: FormCell;
  grade?: FormCell;
  bottom: number;
}

const STOP = /(绩效自评表|^项目名称$|^其他需(要)?说明(的)?事项$)/;

/** Reads indicator rows under a header row until the total row (or the next form). */
export function readIndicators(sheet: Sheet, headerRow: number, cols: IndicatorColumns, limit: number): IndicatorBlock {
  const out: Indicator[] = [];
  let level1 = '';
  let level2 = '';
  const firstCol = Math.min(...Object.values(cols).filter((v): v is number => v !== undefined));
  const get = (r: number, key: keyof IndicatorColumns) => (cols[key] === undefined ? undefined : formCell(sheet, r, cols[key]!));
  for (let r = headerRow + 1; r <= limit; r++) {
    const texts = rowTexts(sheet, r);
    const lead = texts.slice(0, Math.max(firstCol, 1) + 1).find((t) => t !== '') ?? '';
    const labelCell = texts.findIndex((t) => TOTAL_LABEL.test(t));
    if (labelCell >= 0 && labelCell <= (cols.level3 ?? cols.level2 ?? firstCol)) {
      return { indicators: shareMergedScores(sheet, out, cols), ...readTotal(sheet, r, cols), totalRow: r, bottom: r };
    }
    if (STOP.test(lead) && r > headerRow + 1) {
      if (/说明/.test(lead)) continue; // 其他需要说明的事项 sits above 总分 in the Yunnan form
      return { indicators: shareMergedScores(sheet, out, cols), bottom: r - 1 };
    }
    if (texts.every((t) => t === '')) continue;
    const l1 = cols.level1 !== undefined ? plain(sheet, r, cols.level1) : '';
    const l2 = cols.level2 !== undefined ? plain(sheet, r, cols.level2) : '';
    if (l1) level1 = l1;
    if (l2) level2 = l2;
    else if (l1) level2 = '';
    const ind: Indicator = {
      row: r,
      level1,
      level2,
      level3: cols.level3 !== undefined ? plain(sheet, r, cols.level3) : '',
      content: cols.content !== undefined ? plain(sheet, r, cols.content) : '',
      nature: get(r, 'nature'),
      target: get(r, 'target'),
      unit: get(r, 'unit'),
      actual: get(r, 'actual'),
      degree: get(r, 'degree'),
      weight: get(r, 'weight'),
      score: get(r, 'score'),
      reason: get(r, 'reason'),
    };
    out.push(ind);
  }
  return { indicators: shareMergedScores(sheet, out, cols), bottom: limit };
}

/**
 * A 得分 cell merged down over several indicators is their score together (J12:J13 = 10 for 分值 5 + 5):
 * the first holds it, the others point to it; read apart, the 10 was taken for one indicator's score.
 */
function shareMergedScores(sheet: Sheet, indicators: Indicator[], cols: IndicatorColumns): Indicator[] {
  if (cols.score === undefined) return indicators;
  const byRow = new Map(indicators.map((i) => [i.row, i]));
  for (const i of indicators) {
    const master = mergeMaster(sheet, i.row, cols.score);
    const holder = byRow.get(master.row);
    if (master.row === i.row || !holder || holder === i) continue;
    i.scoredWith = holder.row;
    i.score = undefined;
    (holder.scoreShared ??= []).push(i);
  }
  return indicators;
}

/** A short text right of the 总分 (Yunnan prints 等级 there): read even when it is no grade word (“A”), so S-GRADE sees it. */
function gradeSlot(sheet: Sheet, r: number, scoreCol: number): FormCell | undefined {
  for (let c = scoreCol + 1; c < Math.min(colCount(sheet), scoreCol + 3); c++) {
    const fc = formCell(sheet, r, c);
    if (fc.ref.col !== c || fc.num) continue;
    const t = fc.text.replace(INVISIBLE, '');
    if (t && t.length <= 4 && !/^[-—–/\\无]+$/.test(t) && !TOTAL_LABEL.test(t)) return fc;
  }
  return undefined;
}

function readTotal(sheet: Sheet, r: number, cols: IndicatorColumns): Omit<IndicatorBlock, 'indicators' | 'bottom'> {
  let totalWeight = cols.weight !== undefined ? formCell(sheet, r, cols.weight) : undefined;
  let totalScore = cols.score !== undefined ? formCell(sheet, r, cols.score) : undefined;
  const nums: FormCell[] = [];
  let grade: FormCell | undefined;
  for (let c = 0; c < colCount(sheet); c++) {
    const fc = formCell(sheet, r, c);
    if (fc.num && fc.ref.col === c) nums.push(fc);
    if (GRADE_WORD.test(fc.text.replace(INVISIBLE, '')) && !grade) grade = fc;
  }
  // Totals typed next to the label instead of under 分值/得分 — but never the 分值 total itself: with 得分
  // left empty, the 100 under 分值 was read as the score.
  const weightCol = totalWeight?.num ? totalWeight.ref.col : undefined;
  const typed = weightCol === undefined ? nums : nums.filter((n) => n.ref.col !== weightCol);
  if (!totalScore?.num && typed.length > 0) {
    totalScore = typed[typed.length - 1];
    if (typed.length > 1 && !totalWeight?.num) totalWeight = typed[typed.length - 2];
    else if (typed.length === 1 && weightCol === undefined) totalWeight = undefined;
  }
  if (!grade && totalScore) grade = gradeSlot(sheet, r, totalScore.ref.col);
  if (!grade && r + 1 < sheet.rows.length) {
    const below = rowTexts(sheet, r + 1);
    const at = below.findIndex((t) => /^(评价)?等级$/.test(t));
    if (at >= 0) {
      const g = below.findIndex((t, i) => i > at && GRADE_WORD.test(t));
      if (g >= 0) grade = formCell(sheet, r + 1, g);
    }
  }
  return { totalWeight, totalScore, grade };
}
