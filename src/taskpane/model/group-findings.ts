import type { Finding } from '../../core/findings/finding';
import type { TableSummary } from '../../core/check';

export interface FindingGroup {
  /** Logical table id ('T03'), 'T03@sheet' for a table checked on its own, another scope ('绩效自评'), or ''. */
  id: string;
  /** Heading shown to the officer: '公开03表 一般公共预算财政拨款支出决算表'. */
  heading: string;
  /** The logical table id alone ('T03' for a stray's group too). */
  table: string;
  findings: Finding[];
}

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

function headingOf(id: string, tables: TableSummary[]): string {
  if (!id) return '其他';
  const stray = strayOf(id, tables);
  const t = stray ?? tables.find((x) => x.id === id);
  if (!t) return id;
  const name = t.title && t.title !== t.label ? `${t.label} ${t.title}` : t.label;
  return stray ? `${name}（“${stray.sheet}”：同编号表的副本、旧版本或空白模板，单独检查）` : name;
}

/** Group id of a finding: its table, or its table and sheet when that sheet holds a stray of the table (checked on its own). */
function groupId(f: Finding, tables: TableSummary[]): string {
  const id = f.table ?? '';
  return id && tables.some((t) => t.stray && t.id === id && t.sheet === f.sheet) ? `${id}@${f.sheet}` : id;
}

function strayOf(groupKey: string, tables: TableSummary[]): TableSummary | undefined {
  const at = groupKey.indexOf('@');
  if (at < 0) return undefined;
  const id = groupKey.slice(0, at);
  const sheet = groupKey.slice(at + 1);
  return tables.find((t) => t.stray && t.id === id && t.sheet === sheet);
}

/**
 * Groups findings by their table in the order the tables appear in the workbook; a table checked on its
 * own (a copy, older version or blank template) gets a group of its own, after its namesake's. Findings of
 * scopes that are not recognised tables (score forms, narrative, internal) follow, '其他' last.
 */
export function groupFindings(findings: Finding[], tables: TableSummary[]): FindingGroup[] {
  const byId = new Map<string, Finding[]>();
  for (const f of findings) {
    const id = groupId(f, tables);
    const list = byId.get(id) ?? [];
    list.push(f);
    byId.set(id, list);
  }
  const order = (key: string): number => {
    const stray = strayOf(key, tables);
    if (stray) return tables.findIndex((t) => t.id === stray.id) + 0.5;
    const i = tables.findIndex((t) => t.id === key);
    if (i >= 0) return i;
    return key ? tables.length : tables.length + 1;
  };
  return [...byId.entries()]
    .sort((a, b) => order(a[0]) - order(b[0]) || a[0].localeCompare(b[0]))
    .map(([id, list]) => ({
      id,
      heading: headingOf(id, tables),
      table: strayOf(id, tables)?.id ?? id,
      findings: [...list].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]),
    }));
}
