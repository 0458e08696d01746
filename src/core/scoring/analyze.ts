/**
 * Per-form recomputation shared by the rules and the report: which fund row, which denominator,
 * the 执行率 range, the 执行率得分 under the profile, the 分值 convention and the total.
 */
import Decimal from 'decimal.js';
import { execScore, gradeOf } from './compute';
import { type Judgement, hasNum, judge, percentPoints, ratioRange } from './num';
import type { Profile } from './profiles';
import type { FormCell, FundRow, Indicator, Num, ProjectForm } from './types';
import { scoreWeight } from './shared';

export const DENOMINATOR_WORDS = { budget: '全年预算数', adjusted: '调整后预算数', initial: '年初预算数' } as const;

export interface ProjectAnalysis {
  form: ProjectForm;
  fund?: FundRow;
  denominator?: keyof typeof DENOMINATOR_WORDS;
  denominatorCell?: FormCell;
  /** 执行率 in percent points over the rounding intervals, and its point value. */
  rateRange?: [Decimal, Decimal];
  rate?: Decimal;
  rateJudgement?: Judgement;
  execWeight: Decimal;
  /** 执行率得分 range and point value under the profile. */
  scoreRange?: [Decimal, Decimal];
  scorePoint?: Decimal;
  scoreJudgement?: Judgement;
  /** Value the add-in writes: the printed score when it stands, else the recomputed one. */
  execScoreFinal?: Decimal;
  scored: Indicator[];
  convention: 'separate' | 'folded';
  /** Indicator row carrying the 执行 score in the folded convention (seed 000 成本/完成进度). */
  embedded?: Indicator;
  weightTotal: Decimal;
  /** Σ of the parts as printed, each capped at its 分值. */
  cappedSum: Decimal;
  totalFinal: Decimal;
  gradeFinal: string;
}

export function rateOf(cell: FormCell | undefined): Num | undefined {
  return cell?.num ? percentPoints(cell.num) : undefined;
}

export function pickDenominator(fund: FundRow, wanted: 'budget' | 'adjusted' | 'initial'): { key: keyof typeof DENOMINATOR_WORDS; cell?: FormCell } {
  const order: (keyof typeof DENOMINATOR_WORDS)[] = [wanted, 'adjusted', 'budget', 'initial'];
  for (const key of order) {
    const c = fund[key];
    if (hasNum(c) && !c.num.value.isZero()) return { key, cell: c };
  }
  return { key: wanted, cell: fund[wanted] };
}

const round2 = (d: Decimal) => d.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);

export function atLeast2(n: Num): Num {
  return n.decimals >= 2 ? n : { ...n, decimals: 2 };
}

export function analyzeProject(form: ProjectForm, profile: Profile): ProjectAnalysis {
  const fund = form.funds.find((f) => f.kind === 'total') ?? form.funds[0];
  const scored = form.indicators.filter((i) => hasNum(i.weight) || hasNum(i.score));
  const execWeight = fund?.weight?.num?.value ?? new Decimal(profile.execWeight.value);
  const a: ProjectAnalysis = {
    form,
    fund,
    execWeight,
    scored,
    convention: 'separate',
    weightTotal: new Decimal(0),
    cappedSum: new Decimal(0),
    totalFinal: new Decimal(0),
    gradeFinal: '',
  };
  if (fund) {
    const wanted = form.hasAdjusted && profile.execDenominator.value === 'adjusted' ? 'adjusted' : 'budget';
    const d = pickDenominator(fund, wanted);
    a.denominator = d.key;
    a.denominatorCell = d.cell;
    const r = ratioRange(fund.executed?.num, d.cell?.num);
    if (r && hasNum(fund.executed)) {
      a.rateRange = r;
      a.rate = fund.executed.num.value.div(d.cell!.num!.value).times(100);
      const printed = rateOf(fund.rate);
      if (printed) a.rateJudgement = judge(printed, r[0], r[1]);
      a.scoreRange = [execScore(r[0], execWeight, profile), execScore(r[1], execWeight, profile)];
      a.scorePoint = execScore(a.rate, execWeight, profile);
      if (profile.execScore.value === 'proportional') a.scorePoint = round2(a.scorePoint);
      // A score is what was assigned, not a rounded display: judge it at the rule's 2 decimals at least.
      if (hasNum(fund.score)) a.scoreJudgement = judge(atLeast2(fund.score.num), a.scoreRange[0], a.scoreRange[1]);
    }
    const printedScore = fund.score?.num?.value;
    const stands = a.scoreJudgement === 'exact' || a.scoreJudgement === 'rounding' || (printedScore !== undefined && a.scorePoint === undefined);
    a.execScoreFinal = stands ? printedScore : a.scorePoint;
  }
  // 分值 convention: indicators alone = 100 with the 执行 score folded into one of them, or 10 + 90.
  const sumInd = scored.reduce((s, i) => s.plus(i.weight?.num?.value ?? 0), new Decimal(0));
  const fundScore = fund?.score?.num?.value;
  const embedded = scored.find(
    (i) => i.weight?.num?.value.equals(execWeight) && fundScore !== undefined && i.score?.num?.value.equals(fundScore) && /(成本|进度|预算|支出|资金)/.test(i.level2 + i.level3 + i.content),
  );
  const folded = !!embedded && sumInd.minus(100).abs().lessThan(sumInd.plus(execWeight).minus(100).abs());
  a.convention = folded ? 'folded' : 'separate';
  a.embedded = folded ? embedded : undefined;
  a.weightTotal = folded ? sumInd : sumInd.plus(fund?.weight?.num ? execWeight : 0);
  const capped = (i: Indicator) => {
    const s = i.score?.num?.value ?? new Decimal(0);
    const w = scoreWeight(i)?.num?.value;
    return w !== undefined && s.greaterThan(w) ? w : s;
  };
  const fundCapped = fundScore === undefined ? new Decimal(0) : Decimal.min(fundScore, execWeight);
  a.cappedSum = scored.reduce((s, i) => s.plus(capped(i)), folded ? new Decimal(0) : fundCapped);
  const execFinal = a.execScoreFinal ?? fundCapped;
  a.totalFinal = scored.reduce((s, i) => s.plus(i === a.embedded ? execFinal : capped(i)), folded ? new Decimal(0) : execFinal);
  a.gradeFinal = gradeOf(a.totalFinal, profile.grades.value);
  return a;
}
