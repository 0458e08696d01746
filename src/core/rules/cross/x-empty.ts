import { type Finding, findingKey } from '../../findings/finding';
import { a1 } from '../../model/address';
import { cellText, type CellRef } from '../../model/workbook';
import { rowByKey, totalRow } from '../rows';
import type { RecognizedTable } from '../../tables/types';
import type { CheckContext } from '../context';
import type { Rule } from '../types';
import { isUnreadableAt } from '../table-amounts';

interface Fund {
  table: 'T08' | 'T09';
  name: string;
  /** 公开04表 expenditure column and income / 年初 / 年末 rows of this 资金. */
  t04Col: string;
  t04Rows: string[];
  t01Row: string;
}

const FUNDS: Fund[] = [
  { table: 'T08', name: '政府性基金预算财政拨款', t04Col: 'fund', t04Rows: ['inc.fund', 'inc.opening.fund', 'exp.closing.fund'], t01Row: 'inc.fund' },
  { table: 'T09', name: '国有资本经营预算财政拨款', t04Col: 'soe', t04Rows: ['inc.soe', 'inc.opening.soe', 'exp.closing.soe'], t01Row: 'inc.soe' },
];

/** “说明：我部门2023年度无政府性基金预算财政拨款收入支出，故此表为空表。” and its usual variants. */
const EMPTY_STATEMENT = /空表|本表无数据|(无|没有|未发生|不涉及).{0,24}(收入|支出|收支|资金|数据|预算)/;

export function hasEmptyStatement(ctx: CheckContext, t: RecognizedTable): boolean {
  if (t.notes.some((n) => EMPTY_STATEMENT.test(n))) return true;
  // Recognition may stop the notes at a blank line: look a few rows further down the sheet too.
  const sheet = ctx.sheet(t.sheet);
  if (!sheet) return false;
  // …but not into the next table of a stacked sheet (its own statement would answer for this one).
  const next = Math.min(...ctx.tables.filter((o) => o.sheet === t.sheet && o.top > t.top).map((o) => o.top - 1), t.bottom + 6);
  for (let r = t.top; r <= Math.min(next, sheet.rows.length - 1); r++) {
    for (const c of sheet.rows[r] ?? []) if (EMPTY_STATEMENT.test(cellText(c))) return true;
  }
  return false;
}

/** Every non-zero cell showing money of this 资金 in 公开04表 (else 公开01表). */
function moneyCells(ctx: CheckContext, f: Fund): CellRef[] {
  const t04 = ctx.table('T04');
  const refs: CellRef[] = [];
  if (t04) {
    for (const r of t04.rows) if (r.cells[f.t04Col]) refs.push(r.cells[f.t04Col]);
    for (const k of f.t04Rows) {
      const row = rowByKey(t04, k);
      const ref = row?.cells.amount ?? row?.cells.total;
      if (ref) refs.push(ref);
    }
  } else {
    const ref = rowByKey(ctx.table('T01'), f.t01Row)?.cells.amount;
    if (ref) refs.push(ref);
  }
  return refs.filter((ref) => !isUnreadableAt(ctx, ref) && !ctx.amount(ref).value.isZero());
}

function firstAmountCell(ctx: CheckContext, t: RecognizedTable): CellRef | undefined {
  for (const r of t.rows) for (const ref of Object.values(r.cells)) if (ctx.hasNumber(ref) && !ctx.amount(ref).value.isZero()) return ref;
  return undefined;
}

/** Where a finding about the whole table sits: its 合计 label, else its top-left corner. */
function anchor(t: RecognizedTable): CellRef {
  return totalRow(t)?.nameCell ?? { sheet: t.sheet, row: t.top, col: t.left };
}

function finding(severity: Finding['severity'], at: CellRef, table: string | undefined, message: string, related: CellRef[] = []): Finding {
  const cell = a1(at.row, at.col);
  return {
    rule: XEMPTY.id,
    severity,
    sheet: at.sheet,
    cell,
    related: related.map((r) => ({ sheet: r.sheet, cell: a1(r.row, r.col) })),
    message,
    table,
    key: findingKey(XEMPTY.id, at.sheet, cell, message.slice(0, 12)),
  };
}

function checkFund(ctx: CheckContext, f: Fund): Finding[] {
  const source = ctx.table('T04') ?? ctx.table('T01');
  const detail = ctx.table(f.table);
  const money = moneyCells(ctx, f);
  const sourceLabel = source?.label ?? '';
  if (money.length > 0) {
    const at = money[0];
    if (!detail) return [finding('warning', at, source?.id, `${sourceLabel} 有${f.name}资金，但未找到${f.name}收入支出决算表。`, money)];
    if (detail.empty) {
      return [finding('error', anchor(detail), detail.id, `${sourceLabel} 有${f.name}资金，但${detail.label}为空表：应填列其收支。`, money)];
    }
    return [];
  }
  if (!detail) {
    if (!source || source.family !== 'yunnan') return [];
    const at = rowByKey(source, 'exp.total')?.cells[f.t04Col] ?? anchor(source);
    return [finding('warning', at, source.id, `未找到${f.name}收入支出决算表：没有数据的表也应列出空表并说明。`)];
  }
  if (!detail.empty) {
    const at = firstAmountCell(ctx, detail) ?? anchor(detail);
    return [finding('error', at, detail.id, `${sourceLabel || '收支总表'} 没有${f.name}资金，但${detail.label}填有数字：请核对。`)];
  }
  if (!hasEmptyStatement(ctx, detail)) {
    return [
      finding(
        'error',
        anchor(detail),
        detail.id,
        `${detail.label}为空表，但表下没有空表说明（如“说明：我部门本年度无${f.name}收入支出，故此表为空表。”）。`,
      ),
    ];
  }
  return [];
}

export const XEMPTY: Rule = {
  id: 'X-EMPTY',
  title: '政府性基金、国有资本经营预算空表及说明',
  description:
    '公开04表 政府性基金（国有资本经营）预算财政拨款全为 0 时，公开08表（公开09表）应为空表并附空表说明；不为 0 时该表不能为空。',
  scope: 'cross',
  tables: ['T04', 'T08', 'T09'],
  source: 'CODE C1 R33122/R33109/R33114; GOV-PAGE P3',
  check(ctx) {
    if (!ctx.table('T04') && !ctx.table('T01')) return [];
    return FUNDS.flatMap((f) => checkFund(ctx, f));
  },
};
