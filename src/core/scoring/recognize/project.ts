/**
 * 项目支出绩效自评表 (national/Yunnan, Beijing 2020/2022, Sichuan 部门预算项目支出绩效自评表) found
 * anywhere in a sheet, stacked or one per sheet. The anchor is the fund header row: it names
 * 执行率 and 得分 next to 全年执行数 / 预算执行数. Everything else is found by header text.
 */
import { type Sheet, rowCount } from '../../model/workbook';
import { formCell } from '../num';
import type { FundKind, FundRow, ProjectForm } from '../types';
import { SCORE_HEADER, WEIGHT_HEADER, findCol, headerTexts, indicatorColumns, missingColumns, norm, plain, rowTexts } from './headers';
import { readIndicators } from './indicators';

const FUND_KINDS: [RegExp, FundKind][] = [
  [/(年度资金总额|^总额$|资金总额)/, 'total'],
  [/(当年财政拨款|财政资金)/, 'current'],
  [/上年结转/, 'carryover'],
  [/财政专户/, 'special'],
  [/单位资金/, 'unit'],
  [/其他资金/, 'other'],
];

function fundKind(label: string): FundKind | undefined {
  return FUND_KINDS.find(([re]) => re.test(label))?.[1];
}

export function isFundHeader(texts: string[]): boolean {
  return texts.some((t) => /执行率$/.test(t)) && texts.some((t) => /^(全年执行数|预算执行数)$/.test(t)) && texts.some((t) => SCORE_HEADER.test(t));
}

export function recognizeProjectForms(sheet: Sheet): ProjectForm[] {
  const anchors: number[] = [];
  for (let r = 0; r < rowCount(sheet); r++) if (isFundHeader(rowTexts(sheet, r))) anchors.push(r);
  return anchors.map((a, i) => readForm(sheet, a, i + 1 < anchors.length ? anchors[i + 1] - 1 : rowCount(sheet) - 1));
}

function readForm(sheet: Sheet, header: number, limit: number): ProjectForm {
  const h = rowTexts(sheet, header);
  const cols = {
    initial: findCol(h, /^年初预算(数)?$/),
    budget: findCol(h, /^全年预算数$/),
    adjusted: findCol(h, /^调整后预算(数)?$/),
    executed: findCol(h, /^(全年执行数|预算执行数)$/),
    weight: findCol(h, WEIGHT_HEADER),
    rate: findCol(h, /执行率$/),
    score: findCol(h, SCORE_HEADER),
  };
  const firstAmount = Math.min(...[cols.initial, cols.budget, cols.adjusted, cols.executed].filter((c): c is number => c !== undefined));
  const funds: FundRow[] = [];
  let r = header + 1;
  for (; r <= limit; r++) {
    const texts = rowTexts(sheet, r).slice(0, firstAmount);
    const label = [...texts].reverse().find((t) => t !== '') ?? '';
    const kind = fundKind(label);
    if (!kind) break;
    const at = (c: number | undefined) => (c === undefined ? undefined : formCell(sheet, r, c));
    funds.push({
      label,
      kind,
      row: r,
      initial: at(cols.initial),
      budget: at(cols.budget),
      adjusted: at(cols.adjusted),
      executed: at(cols.executed),
      weight: at(cols.weight),
      rate: at(cols.rate),
      score: at(cols.score),
    });
  }
  // Title, 项目名称 above the fund block (up to the previous form).
  let name = '';
  let nameRef;
  let title = '';
  let top = header;
  for (let u = header - 1; u >= Math.max(0, header - 12); u--) {
    const t = rowTexts(sheet, u);
    if (isFundHeader(t) || t.some((x) => /^(总分|合计)$/.test(x))) break;
    top = u;
    const at = t.findIndex((x) => x === '项目名称');
    if (at >= 0 && !name) {
      const v = t.findIndex((x, i) => i > at && x !== '');
      if (v >= 0) {
        name = plain(sheet, u, v);
        nameRef = { sheet: sheet.name, row: u, col: v };
      }
    }
    const titled = t.find((x) => /绩效自评表/.test(x));
    if (titled && !title) title = titled;
    if (titled) break;
  }
  // Indicator header: the first row below the funds naming 一级指标.
  let indHeader = -1;
  for (let u = r; u <= Math.min(limit, r + 12); u++) {
    if (rowTexts(sheet, u).some((x) => x === '一级指标')) {
      indHeader = u;
      break;
    }
  }
  const indCols = indHeader >= 0 ? indicatorColumns(headerTexts(sheet, indHeader)) : {};
  const block = indHeader >= 0 ? readIndicators(sheet, indHeader, indCols, limit) : { indicators: [], bottom: r - 1 };
  const notes: string[] = [];
  for (let u = block.bottom + 1; u <= Math.min(limit, block.bottom + 10); u++) {
    const t = rowTexts(sheet, u).find((x) => x !== '');
    if (t) notes.push(t);
  }
  const allHeaders = [...h, ...(indHeader >= 0 ? headerTexts(sheet, indHeader) : [])];
  const layout: ProjectForm['layout'] =
    cols.adjusted !== undefined || h.some((x) => x === '权重')
      ? 'sichuan'
      : indCols.nature === undefined && allHeaders.includes('年度指标值')
        ? 'beijing'
        : 'national';
  return {
    kind: 'project',
    layout,
    sheet: sheet.name,
    title,
    name: name || norm(sheet, top, 0),
    nameRef,
    top,
    bottom: block.bottom,
    funds,
    hasAdjusted: cols.adjusted !== undefined,
    indicators: block.indicators,
    hasLevel3: indCols.level3 !== undefined,
    totalWeight: 'totalWeight' in block ? block.totalWeight : undefined,
    totalScore: 'totalScore' in block ? block.totalScore : undefined,
    grade: 'grade' in block ? block.grade : undefined,
    notes,
    ...(indHeader >= 0 && block.indicators.length ? { missingColumns: missingColumns(sheet, indHeader, indCols) } : {}),
  };
}
