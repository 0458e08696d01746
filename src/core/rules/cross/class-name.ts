import { economicItem, economicNameMatches, functionalName, functionalNameInfo, nameKey } from '../../classification';
import { type Finding, findingKey } from '../../findings/finding';
import { a1 } from '../../model/address';
import type { Rule } from '../types';
import { bareName } from './labels';
import { namedRows, renameFix, schemeOf, type NamedRow } from './names';
import type { CheckContext } from '../context';

/** Names do not enter any sum: a wrong one is a warning to correct (as GovBudgetChecker's V33-227), not a broken identity. */
function finding(ctx: CheckContext, n: NamedRow, severity: Finding['severity'], official: string, message: string): Finding {
  const cell = a1(n.at.row, n.at.col);
  return {
    rule: CLASS_NAME.id,
    severity,
    sheet: n.at.sheet,
    cell,
    related: [],
    expected: official,
    actual: bareName(n.row.name),
    message,
    table: n.table.id,
    fix: renameFix(ctx, n.at, bareName(n.row.name), official),
    key: findingKey(CLASS_NAME.id, n.at.sheet, cell, official),
  };
}

function checkFunctional(ctx: CheckContext, n: NamedRow): Finding | null {
  if (n.code.length !== 3) return null; // 款/项 names: CODE-NAME compares them across tables
  const official = functionalName(n.code);
  if (!official || nameKey(official) === nameKey(n.row.name)) return null;
  const printed = bareName(n.row.name);
  const where = `${n.table.label} 科目编码 ${n.code}`;
  const info = functionalNameInfo(n.row.name);
  if (info.status === 'former' && info.cls.code === n.code) {
    if (n.table.year !== undefined && n.table.year < info.until) return null; // the name of its year
    return finding(ctx, n, 'warning', official, `${where} 印为旧科目名称“${printed}”，${info.until}年起应为“${official}”。`);
  }
  const other = info.status !== 'unknown' && info.cls.code !== n.code ? `（“${printed}”是 ${info.cls.code} 类的名称）` : '';
  return finding(ctx, n, 'warning', official, `${where} 的功能分类类级名称应为“${official}”，表中为“${printed}”${other}。`);
}

function checkEconomic(ctx: CheckContext, n: NamedRow): Finding | null {
  if (n.code.length !== 3 && n.code.length !== 5) return null;
  const item = economicItem(n.code);
  if (!item || economicNameMatches(n.code, n.row.name)) return null;
  const printed = bareName(n.row.name);
  return finding(ctx, n, 'warning', item.name, `${n.table.label} 经济分类科目 ${n.code} 的名称应为“${item.name}”，表中为“${printed}”。`);
}

export const CLASS_NAME: Rule = {
  id: 'CLASS-NAME',
  title: '科目名称与政府收支分类科目一致',
  description:
    '功能分类“类”和经济分类“类/款”的科目名称应与政府收支分类科目的规范名称一致；印的是旧名称或其他名称时报警告（名称不影响金额勾稽，需人工核对改正）。',
  scope: 'cross',
  tables: ['T01', 'T02', 'T03', 'T04', 'T05', 'T06', 'T07', 'T08', 'T08B', 'T09'],
  source: 'SEED-4, SEED-3; REFERENCE §1.3; CODE C1 V33-227',
  check(ctx) {
    const out: Finding[] = [];
    for (const n of namedRows(ctx.tables, ctx)) {
      const f = schemeOf(n.table) === 'economic' ? checkEconomic(ctx, n) : checkFunctional(ctx, n);
      if (f) out.push(f);
    }
    return out;
  },
};
