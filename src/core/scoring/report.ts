import Decimal from 'decimal.js';
import { a1 } from '../model/address';
import type { CellRef } from '../model/workbook';
import { DENOMINATOR_WORDS, analyzeProject, rateOf } from './analyze';
import { gradeOf } from './compute';
import { deptScoreSum } from './corrected';
import { hasNum, judge, ratioRange } from './num';
import type { Profile } from './profiles';
import type { DeptForm, Indicator, ProjectForm, ScoreForm, ScoreReport } from './types';

const at = (ref: CellRef | undefined) => (ref ? a1(ref.row, ref.col) : undefined);
const num = (d: Decimal | undefined, places = 4) => (d === undefined ? undefined : d.toDecimalPlaces(places, Decimal.ROUND_HALF_UP).toNumber());

/** 一级指标 subtotals in the order the form lists them. */
export function levelTotals(indicators: Indicator[]): ScoreReport['levels'] {
  const map = new Map<string, { weight: Decimal; score: Decimal }>();
  for (const i of indicators) {
    if (!hasNum(i.weight) && !hasNum(i.score)) continue;
    const key = i.level1 || '（未列一级指标）';
    const t = map.get(key) ?? { weight: new Decimal(0), score: new Decimal(0) };
    t.weight = t.weight.plus(i.weight?.num?.value ?? 0);
    t.score = t.score.plus(i.score?.num?.value ?? 0);
    map.set(key, t);
  }
  return [...map].map(([name, t]) => ({ name, weight: t.weight.toNumber(), score: t.score.toNumber() }));
}

export function projectReport(form: ProjectForm, profile: Profile): ScoreReport {
  const a = analyzeProject(form, profile);
  const printedRate = rateOf(a.fund?.rate);
  const rateStands = a.rateJudgement === 'exact' || a.rateJudgement === 'rounding';
  const anyScore = form.indicators.some((i) => hasNum(i.score));
  return {
    sheet: form.sheet,
    span: { top: form.top, bottom: form.bottom },
    project: form.name,
    kind: 'project',
    cells: {
      execRate: at(a.fund?.rate?.ref),
      execScore: at(a.fund?.score?.ref),
      total: at(form.totalScore?.ref),
      grade: at(form.grade?.ref),
    },
    execRate: { reported: num(printedRate?.value), recomputed: num(rateStands && printedRate ? printedRate.value : a.rate, 2) },
    execScore: { reported: num(a.fund?.score?.num?.value), recomputed: num(a.execScoreFinal) },
    // No indicator scored yet: a recomputed 总分 of 0 and 等级 差 would be cited as results.
    total: { reported: num(form.totalScore?.num?.value), recomputed: anyScore ? num(a.totalFinal) : undefined },
    grade: { reported: form.grade?.text || undefined, recomputed: anyScore ? a.gradeFinal : undefined },
    levels: levelTotals(form.indicators),
    convention: a.convention,
    denominator: a.denominator ? DENOMINATOR_WORDS[a.denominator] : undefined,
    profile: profile.name,
  };
}

export function deptReport(form: DeptForm, profile: Profile): ScoreReport {
  // The department's own 执行率: the 支出 subtotal (Liaoning) or the first key task (Yunnan).
  const line = form.budget.find((b) => /支出(小计|合计)/.test(b.label) && hasNum(b.executed)) ?? form.budget.find((b) => hasNum(b.executed));
  let recomputedRate: Decimal | undefined;
  const printed = rateOf(line?.rate);
  if (line && hasNum(line.executed)) {
    const denom = profile.deptDenominator.value === 'initial' && hasNum(line.initial) ? line.initial : line.budget;
    const r = ratioRange(line.executed.num, denom?.num);
    if (r && denom?.num) {
      const point = line.executed.num.value.div(denom.num.value).times(100);
      const j = printed ? judge(printed, r[0], r[1]) : 'mismatch';
      recomputedRate = printed && (j === 'exact' || j === 'rounding') ? printed.value : point;
    }
  }
  const total = deptScoreSum(form.indicators, profile);
  return {
    sheet: form.sheet,
    span: { top: form.top, bottom: form.bottom },
    project: form.name || form.title,
    kind: 'dept',
    cells: { execRate: at(line?.rate?.ref), total: at(form.totalScore?.ref), grade: at(form.grade?.ref) },
    execRate: { reported: num(printed?.value), recomputed: num(recomputedRate, 2) },
    execScore: {},
    total: { reported: num(form.totalScore?.num?.value), recomputed: num(total) },
    grade: { reported: form.grade?.text || undefined, recomputed: total ? gradeOf(total, profile.grades.value) : undefined },
    levels: levelTotals(form.indicators),
    denominator: profile.deptDenominator.value === 'initial' ? '年初预算数' : '全年预算数',
    profile: profile.name,
  };
}

/** A form with its name but nothing filled in: no value to compare (a 总分 of 0 and 等级 差 would be noise). */
export function unfilledReport(form: ScoreForm, profile: Profile): ScoreReport {
  return {
    sheet: form.sheet,
    span: { top: form.top, bottom: form.bottom },
    project: form.name || form.title,
    kind: form.kind,
    unfilled: true,
    cells: {},
    execRate: {},
    execScore: {},
    total: {},
    grade: {},
    profile: profile.name,
  };
}
