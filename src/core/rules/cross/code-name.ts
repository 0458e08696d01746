import { economicItem, functionalName, nameKey } from '../../classification';
import { type Finding, findingKey } from '../../findings/finding';
import { a1 } from '../../model/address';
import type { Rule } from '../types';
import { bareName } from './labels';
import { namedRows, renameFix, schemeOf, type NamedRow } from './names';

/** Codes the official list names: CLASS-NAME judges those against the list instead. */
function inDictionary(n: NamedRow): boolean {
  return schemeOf(n.table) === 'economic' ? !!economicItem(n.code) : n.code.length === 3 && !!functionalName(n.code);
}

/** Ids are 'T01'…'T12': code-unit order is their order, without an ICU collation per comparison. */
function byTableId(a: { id: string }, b: { id: string }): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

function allNamed(rows: NamedRow[], key: string): boolean {
  return rows.every((r) => nameKey(r.row.name) === key);
}

/** The name most rows print (ties: the one of the lowest-numbered table) is taken as the right one. */
function referenceName(rows: NamedRow[]): string {
  const count = new Map<string, number>();
  for (const r of rows) count.set(nameKey(r.row.name), (count.get(nameKey(r.row.name)) ?? 0) + 1);
  let best = nameKey(rows[0].row.name);
  for (const [k, c] of count) if (c > (count.get(best) ?? 0)) best = k;
  return best;
}

export const CODE_NAME: Rule = {
  id: 'CODE-NAME',
  title: '同一科目编码在各表名称一致',
  description: '同一科目编码在公开02、03、05、08、09表（经济分类：公开06、07表及北京的政府性基金基本支出表）中应印同一个科目名称；与多数表不同的单元格逐一报告（警告：名称不影响金额勾稽）。',
  scope: 'cross',
  tables: ['T02', 'T03', 'T05', 'T06', 'T07', 'T08', 'T08B', 'T09'],
  source: 'CODE C1 V33-227 (name alignment)',
  check(ctx) {
    // Rows by scheme and code; groups in the order their code first appears.
    const groups: NamedRow[][] = [];
    const byCode = { functional: new Map<string, NamedRow[]>(), economic: new Map<string, NamedRow[]>() };
    const order = [...ctx.tables].sort(byTableId);
    for (const n of namedRows(order, ctx)) {
      if (inDictionary(n)) continue;
      const codes = byCode[schemeOf(n.table)!];
      const group = codes.get(n.code);
      if (group) group.push(n);
      else {
        const fresh = [n];
        codes.set(n.code, fresh);
        groups.push(fresh);
      }
    }
    const out: Finding[] = [];
    for (const rows of groups) {
      if (allNamed(rows, nameKey(rows[0].row.name))) continue;
      const ref = referenceName(rows);
      const holders = rows.filter((r) => nameKey(r.row.name) === ref);
      const refText = bareName(holders[0].row.name);
      const refTables = [...new Set(holders.map((h) => h.table.label))].join('、');
      for (const r of rows) {
        if (nameKey(r.row.name) === ref) continue;
        const cell = a1(r.at.row, r.at.col);
        out.push({
          rule: CODE_NAME.id,
          severity: 'warning',
          sheet: r.at.sheet,
          cell,
          related: holders.map((h) => ({ sheet: h.at.sheet, cell: a1(h.at.row, h.at.col), role: `${h.table.label} 科目名称` })),
          expected: refText,
          actual: bareName(r.row.name),
          message: `${r.table.label} 科目编码 ${r.code} 名称为“${bareName(r.row.name)}”，而${refTables}为“${refText}”：同一科目应同名。`,
          table: r.table.id,
          fix: renameFix(ctx, r.at, bareName(r.row.name), refText),
          key: findingKey(CODE_NAME.id, r.at.sheet, cell, refText),
        });
      }
    }
    return out;
  },
};
