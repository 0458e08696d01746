import type { Finding } from '../../core/findings/finding';
import type { TableSummary } from '../../core/check';

export interface FindingGroup {
  /** Logical table id ('T03'), another scope ('绩效自评'), or '' for findings without one. */
  id: string;
  /** Heading shown to the officer: '公开03表 一般公共预算财政拨款支出决算表'. */
  heading: string;
  findings: Finding[];
}

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

function headingOf(id: string, tables: TableSummary[]): string {
  if (!id) return '其他';
  const t = tables.find((x) => x.id === id);
  if (!t) return id;
  return t.title && t.title !== t.label ? `${t.label} ${t.title}` : t.label;
}

/**
 * Groups findings by their table in the order the tables appear in the workbook; findings of
 * scopes that are not recognised tables (score forms, narrative, internal) follow, '其他' last.
 */
export function groupFindings(findings: Finding[], tables: TableSummary[]): FindingGroup[] {
  const byId = new Map<string, Finding[]>();
  for (const f of findings) {
    const id = f.table ?? '';
    const list = byId.get(id) ?? [];
    list.push(f);
    byId.set(id, list);
  }
  const order = (id: string): number => {
    const i = tables.findIndex((t) => t.id === id);
    if (i >= 0) return i;
    return id ? tables.length : tables.length + 1;
  };
  return [...byId.entries()]
    .sort((a, b) => order(a[0]) - order(b[0]) || a[0].localeCompare(b[0]))
    .map(([id, list]) => ({
      id,
      heading: headingOf(id, tables),
      findings: [...list].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]),
    }));
}
