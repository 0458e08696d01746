import { a1 } from '../model/address';
import type { CellRef } from '../model/workbook';
import { type Finding, type RelatedCell, type Severity, findingKey } from '../findings/finding';
import type { Indicator, ScoreForm } from './types';

export const SCORE_TABLE = '绩效自评表';

/** How a form is named in messages: 项目“信访工作经费”. */
export function formLabel(form: ScoreForm): string {
  return form.kind === 'project' ? `项目“${form.name}”` : `${form.title || '部门整体绩效自评表'}`;
}

/** Liaoning's 三级指标 column only numbers the rows (“指标 1”): the 指标内容 beside it says what is measured. */
const NUMBERED = /^指标\s*\d+$/;

/** How an indicator is named in messages: its 三级指标, or its 指标内容 where the 三级 only numbers it. */
export function indicatorName(i: Pick<Indicator, 'level2' | 'level3' | 'content'>): string {
  const level3 = NUMBERED.test(i.level3) ? '' : i.level3;
  return level3 || i.content || i.level3 || i.level2;
}

export function related(ref: CellRef | undefined, role: string): RelatedCell[] {
  return ref ? [{ sheet: ref.sheet, cell: a1(ref.row, ref.col), role }] : [];
}

export interface FindingSpec {
  rule: string;
  severity: Severity;
  at: CellRef;
  message: string;
  expected?: string;
  actual?: string;
  difference?: string;
  related?: RelatedCell[];
  fix?: { value: number | string; formula?: string; numFmt?: string };
  detail?: string;
}

export function scoreFinding(s: FindingSpec): Finding {
  const cell = a1(s.at.row, s.at.col);
  const f: Finding = {
    rule: s.rule,
    severity: s.severity,
    sheet: s.at.sheet,
    cell,
    related: s.related ?? [],
    expected: s.expected,
    actual: s.actual,
    difference: s.difference,
    message: s.message,
    table: SCORE_TABLE,
    key: findingKey(s.rule, s.at.sheet, cell, s.detail ?? s.expected ?? ''),
  };
  if (s.fix) f.fix = { sheet: s.at.sheet, cell, ...s.fix };
  return f;
}
