import type { Finding } from '../../findings/finding';
import { hasColumn, totalRow } from '../rows';
import type { RecognizedTable, TableRow } from '../../tables/types';
import type { Rule } from '../types';
import { absent, crossCheck, place, type Absent, type Place } from './identity';

const INCOME_COLUMN = { T05: 'income.total', T08: 'income.total', T09: 'income' } as const;

export const X10: Rule = {
  id: 'X10',
  title: '收入决算表财政拨款收入与分资金来源表本年收入一致（按功能科目）',
  description:
    '公开02表 每个功能分类科目（及合计行）的 财政拨款收入 = 公开05表 + 公开08表 + 公开09表 同一科目的 本年收入合计。',
  scope: 'cross',
  tables: ['T02', 'T05'],
  inferred: true,
  source: 'inferred',
  check(ctx) {
    const t02 = ctx.table('T02');
    if (!t02 || !hasColumn(t02, 'fiscal')) return [];
    const details: [RecognizedTable, string][] = [];
    for (const id of ['T05', 'T08', 'T09'] as const) {
      const t = ctx.table(id);
      if (!t) continue;
      if (!hasColumn(t, INCOME_COLUMN[id])) return []; // a family whose table carries no 本年收入
      details.push([t, INCOME_COLUMN[id]]);
    }
    if (details.length === 0) return [];
    const out: (Finding | null)[] = [];
    const totalParts = details.map(([t, col]) => place(t, totalRow(t), col));
    out.push(crossCheck(ctx, { rule: X10, target: place(t02, totalRow(t02), 'fiscal'), parts: totalParts }));
    // Codes in first-seen order, and each table's first row per code (what rowByCode finds), in one pass each.
    const codes = new Set<string>();
    const byCode = new Map<RecognizedTable, Map<string, TableRow>>();
    for (const t of [t02, ...details.map(([d]) => d)]) {
      const rows = new Map<string, TableRow>();
      for (const r of t.rows) {
        if (!r.code) continue;
        codes.add(r.code);
        if (!rows.has(r.code)) rows.set(r.code, r);
      }
      byCode.set(t, rows);
    }
    for (const code of codes) {
      const parts: (Place | Absent)[] = details.map(([t, col]) => place(t, byCode.get(t)!.get(code), col) ?? absent(t, `${code} 行`));
      const target = place(t02, byCode.get(t02)!.get(code), 'fiscal');
      if (target) {
        out.push(crossCheck(ctx, { rule: X10, target, parts }));
        continue;
      }
      // The 收入决算表 lacks the line: point at the first detail table that prints it.
      const printed = parts.find((p): p is Place => 'ref' in p && ctx.hasNumber(p.ref));
      if (printed) out.push(crossCheck(ctx, { rule: X10, target: printed, parts: [absent(t02, `${code} 行`)] }));
    }
    return out.filter((f): f is Finding => !!f);
  },
};
