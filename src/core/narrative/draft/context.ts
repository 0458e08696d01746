import Decimal from 'decimal.js';
import type { NarrativeFacts, Value } from '../facts';
import { pct, share, wan } from '../format';
import { placeholder } from '../model';
import type { Supplement } from '../supplement';

/** Summary of the 绩效自评 results the draft can cite (from the scoring module or the 补充信息 sheet). */
export interface SelfEvaluationSummary {
  department?: { name?: string; score?: Decimal; grade?: string };
  /** 部门职责 as the 部门整体支出绩效自评表 states it. */
  duties?: string;
  /** The 综合评价结论 of the 部门整体支出绩效自评情况, in its words. */
  conclusion?: string;
  projects: { name: string; score?: Decimal; grade?: string; amount?: Decimal }[];
}

export interface DraftInput {
  facts: NarrativeFacts;
  /** Prior-year values by key (priorValues keys); from a prior workbook and/or the 补充信息 sheet. */
  prior?: Record<string, Decimal>;
  supplement?: Supplement;
  selfEvaluation?: SelfEvaluationSummary;
}

/** Shared wording helpers: every number goes through here, formatted by §4.3. */
export class Writer {
  readonly year: string;
  readonly prevYear: string;
  readonly dept: string;

  constructor(readonly input: DraftInput) {
    const s = input.supplement;
    const y = input.facts.year ?? (s?.numbers.year ? s.numbers.year.toNumber() : undefined);
    this.year = y ? String(y) : placeholder('决算年度');
    this.prevYear = y ? String(y - 1) : placeholder('上年度');
    this.dept = s?.texts['unit.name'] ?? input.facts.department ?? placeholder('部门名称');
  }

  get facts(): NarrativeFacts {
    return this.input.facts;
  }

  prior(key: string): Decimal | undefined {
    return this.input.prior?.[key];
  }

  hasPrior(key: string): boolean {
    return this.prior(key) !== undefined;
  }

  text(key: string): string | undefined {
    return this.input.supplement?.texts[key];
  }

  number(key: string): Decimal | undefined {
    return this.input.supplement?.numbers[key];
  }

  reason(key: string, what = '变动原因'): string {
    return this.text(key) ?? placeholder(what);
  }

  /** “占p%” over a denominator; nothing when the denominator is zero. */
  share(part: Decimal, whole: Decimal | undefined, prefix = '占'): string {
    if (!whole) return '';
    const s = share(part, whole);
    return s ? `${prefix}${pct(s)}` : '';
  }

  /**
   * The change against last year: 增加/减少 Δ万元，增长/下降 p%; 持平; a new item when last
   * year was zero (never a growth rate on a zero base); a placeholder when last year is unknown.
   */
  change(cur: Decimal, key: string, subject: string): { text: string; changed: boolean | undefined } {
    const prior = this.prior(key);
    if (prior === undefined) return { text: `与${this.prevYear}年度相比，${subject}${placeholder('上年数及增减额、增减幅度')}。`, changed: undefined };
    if (prior.isZero()) {
      if (cur.isZero()) return { text: `与${this.prevYear}年度持平（上年及本年均无此项）。`, changed: false };
      return { text: `${this.prevYear}年度无此项，本年为新增（上年为0，不计算增长率）。`, changed: true };
    }
    const delta = cur.minus(prior);
    if (delta.toDecimalPlaces(2, Decimal.ROUND_HALF_UP).isZero()) return { text: `与${this.prevYear}年度持平。`, changed: false };
    const up = delta.isPositive();
    const rate = delta.abs().div(prior).times(100);
    return {
      text: `与${this.prevYear}年度相比，${subject}${up ? '增加' : '减少'}${wan(delta.abs())}万元，${up ? '增长' : '下降'}${pct(rate)}。`,
      changed: true,
    };
  }

  /** Change sentence plus the reason when there is a change (or it is unknown). */
  changeWithReason(cur: Decimal, key: string, subject: string, reasonKey: string): string {
    const c = this.change(cur, key, subject);
    return c.changed === false ? c.text : `${c.text}主要变动原因是${this.reason(reasonKey)}。`;
  }
}

export function v(x: Value | undefined): Decimal {
  return x?.value ?? new Decimal(0);
}

export { wan, pct };
