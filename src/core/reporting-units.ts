import type { RecognizedTable } from './tables/types';

/**
 * One unit's set of tables (一个单位的一套报表). A finance bureau's workbook can hold the sets
 * of many units; cross-table rules must compare tables of the same unit only.
 */
export interface ReportingUnit {
  /** 部门 name printed on the tables, or a positional name. */
  name: string;
  tables: RecognizedTable[];
}

function readingOrder(sheetIndex: Map<string, number>) {
  return (a: RecognizedTable, b: RecognizedTable) =>
    (sheetIndex.get(a.sheet) ?? 0) - (sheetIndex.get(b.sheet) ?? 0) || a.top - b.top || a.left - b.left;
}

/**
 * Groups by the printed 部门 when the tables name more than one; otherwise in reading order,
 * starting a new unit whenever a table id repeats (twelve stacked tables per unit).
 */
export function groupReportingUnits(tables: RecognizedTable[], sheetOrder: string[]): ReportingUnit[] {
  if (tables.length === 0) return [];
  const sheetIndex = new Map(sheetOrder.map((s, i) => [s, i]));
  const ordered = [...tables].sort(readingOrder(sheetIndex));
  const departments = new Set(ordered.map((t) => t.department).filter(Boolean));
  if (departments.size > 1) {
    const byDept = new Map<string, RecognizedTable[]>();
    let last = '';
    for (const t of ordered) {
      // A table without a 部门 line belongs with the table before it.
      const key = t.department ?? last;
      last = key;
      if (!byDept.has(key)) byDept.set(key, []);
      byDept.get(key)!.push(t);
    }
    return [...byDept].flatMap(([name, group]) => splitOnRepeat(group, name));
  }
  return splitOnRepeat(ordered, [...departments][0] ?? '');
}

function splitOnRepeat(ordered: RecognizedTable[], name: string): ReportingUnit[] {
  const units: ReportingUnit[] = [];
  let current: RecognizedTable[] = [];
  const seen = new Set<string>();
  for (const t of ordered) {
    if (seen.has(t.id)) {
      units.push({ name, tables: current });
      current = [];
      seen.clear();
    }
    seen.add(t.id);
    current.push(t);
  }
  units.push({ name, tables: current });
  if (units.length > 1) units.forEach((u, i) => (u.name = `${name || '单位'}（第${i + 1}套报表）`));
  return units;
}
