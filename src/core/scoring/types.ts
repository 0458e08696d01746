import type Decimal from 'decimal.js';
import type { CellRef } from '../model/workbook';

/** A number printed in a form cell: its value, printed decimals and where it is. */
export interface Num {
  value: Decimal;
  decimals: number;
  /** Printed with % (value in percent points: 99.06 for 99.06%). */
  percent: boolean;
  ref: CellRef;
  text: string;
}

/** A cell that may hold a number, text or nothing. */
export interface FormCell {
  ref: CellRef;
  text: string;
  num?: Num;
}

export type FundKind = 'total' | 'current' | 'carryover' | 'special' | 'unit' | 'other';

export interface FundRow {
  label: string;
  kind: FundKind;
  row: number;
  initial?: FormCell;
  budget?: FormCell;
  adjusted?: FormCell;
  executed?: FormCell;
  weight?: FormCell;
  rate?: FormCell;
  score?: FormCell;
}

export interface Indicator {
  row: number;
  level1: string;
  level2: string;
  level3: string;
  /** Indicator text column of forms that name it apart from 三级 (Liaoning 指标内容). */
  content: string;
  nature?: FormCell;
  target?: FormCell;
  unit?: FormCell;
  actual?: FormCell;
  /** Stated completion (Liaoning 完成程度). */
  degree?: FormCell;
  weight?: FormCell;
  score?: FormCell;
  reason?: FormCell;
  /** The other indicators one 得分 cell merged over them scores together with this one. */
  scoreShared?: Indicator[];
  /** Row of the indicator whose merged 得分 cell also scores this one (its own score is then undefined). */
  scoredWith?: number;
}

/** Score columns of an indicator table that the recogniser could not find by their header. */
export interface MissingColumns {
  /** The indicator table's header row. */
  header: CellRef;
  missing: ('分值' | '得分')[];
}

/** Which denominator the form's 执行率 uses, in its own words. */
export type Denominator = 'budget' | 'adjusted' | 'initial';

export interface ProjectForm {
  kind: 'project';
  /** Layout family the recogniser saw: national/Yunnan, Beijing, Sichuan (权重). */
  layout: 'national' | 'beijing' | 'sichuan';
  sheet: string;
  title: string;
  name: string;
  nameRef?: CellRef;
  /** First and last row of the form (0-based). */
  top: number;
  bottom: number;
  funds: FundRow[];
  /** Header words of the fund block, for the denominator actually present. */
  hasAdjusted: boolean;
  indicators: Indicator[];
  hasLevel3: boolean;
  totalWeight?: FormCell;
  totalScore?: FormCell;
  grade?: FormCell;
  /** Printed notes that name a province's template (Yunnan 全年预算数=年初预算数+调整预算). */
  notes: string[];
  /** 分值 or 得分 column not found: nothing is added up from the rest (S-COLUMNS says so). */
  missingColumns?: MissingColumns;
}

export interface BudgetLine {
  label: string;
  row: number;
  initial?: FormCell;
  budget?: FormCell;
  executed?: FormCell;
  rate?: FormCell;
  /** Block the line belongs to: 整体收支, 年度主要任务 / 重点工作任务. */
  block: string;
}

export interface DeptForm {
  kind: 'dept';
  layout: 'liaoning' | 'yunnan';
  sheet: string;
  title: string;
  name: string;
  top: number;
  bottom: number;
  budget: BudgetLine[];
  indicators: Indicator[];
  totalScore?: FormCell;
  grade?: FormCell;
  /** The 部门职责 the form states (Yunnan's 部门总体目标 block): the 说明's 主要职能 when none is given. */
  duties?: string;
  missingColumns?: MissingColumns;
}

export type ScoreForm = ProjectForm | DeptForm;

export interface ReportedRecomputed<T> {
  reported?: T;
  recomputed?: T;
}

/** One line of the score report per project or department form. */
export interface ScoreReport {
  sheet: string;
  project: string;
  kind: 'project' | 'dept';
  /** The form names its project or 部门 but nothing else is filled in yet: nothing to recompute. */
  unfilled?: true;
  /** First and last row of the form (0-based), to tell which findings are about it. */
  span: { top: number; bottom: number };
  /** A1 addresses of the cells the recomputed values belong in. */
  cells: { execRate?: string; execScore?: string; total?: string; grade?: string };
  execRate: ReportedRecomputed<number>;
  execScore: ReportedRecomputed<number>;
  total: ReportedRecomputed<number>;
  grade: ReportedRecomputed<string>;
  /** 一级指标 subtotals: 分值 and 得分 (Liaoning 履职效能 40 …; 产出/效益/满意度). */
  levels?: { name: string; weight: number; score: number }[];
  /** 分值 convention found: 10 for 执行率 + 90 for indicators, or indicators alone = 100. */
  convention?: 'separate' | 'folded';
  /** Which budget figure 执行率 divides by, in the form's words. */
  denominator?: string;
  profile: string;
}
