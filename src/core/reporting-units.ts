import type { RecognizedTable } from './tables/types';
import { olderSheet } from './tables/sheet-versions';

/**
 * One unit's set of tables (一个单位的一套报表). A finance bureau's workbook can hold the sets
 * of many units; cross-table rules must compare tables of the same unit only.
 */
export interface ReportingUnit {
  /** 部门 name printed on the tables, or a positional name. */
  name: string;
  tables: RecognizedTable[];
  /** A copy or blank template of a table of the set, checked on its own (see strayOf). */
  stray?: true;
}

function readingOrder(sheetIndex: Map<string, number>) {
  return (a: RecognizedTable, b: RecognizedTable) =>
    (sheetIndex.get(a.sheet) ?? 0) - (sheetIndex.get(b.sheet) ?? 0) || a.top - b.top || a.left - b.left;
}

/** The year of a set of tables marked as last year's by their sheets' names ('上年公开01表') when no table tells the year. */
const LAST_YEAR = '上年';
type SetYear = number | undefined | typeof LAST_YEAR;

/**
 * Groups by the printed 部门 when the tables name more than one; otherwise in reading order,
 * starting a new unit whenever a table id repeats (twelve stacked tables per unit).
 */
export function groupReportingUnits(tables: RecognizedTable[], sheetOrder: string[]): ReportingUnit[] {
  if (tables.length === 0) return [];
  const years = yearSets(tables);
  if (years) return years.flatMap(([year, set]) => groupOneYear(set, sheetOrder).map((u) => ({ ...u, name: `${u.name}（${year ?? '未注明年度'}）` })));
  return groupOneYear(tables, sheetOrder);
}

/** The latest fiscal year the tables print, if any prints one. */
export function latestYear(tables: RecognizedTable[]): number | undefined {
  let latest: number | undefined;
  for (const t of tables) if (t.year !== undefined && (latest === undefined || t.year > latest)) latest = t.year;
  return latest;
}

/**
 * The year each table is counted in. A table on a sheet marked 上年 that prints no year of its own
 * takes the year its marked fellows print, else the year before the one the other tables print,
 * else LAST_YEAR (the year before the unmarked tables, which print none either).
 */
function yearKeys(tables: RecognizedTable[]): SetYear[] {
  const marked = tables.filter((t) => t.lastYear);
  if (!marked.length) return tables.map((t) => t.year);
  const otherYear = latestYear(tables.filter((t) => !t.lastYear));
  const markedYear = latestYear(marked) ?? (otherYear !== undefined ? otherYear - 1 : LAST_YEAR);
  return tables.map((t) => t.year ?? (t.lastYear ? markedYear : undefined));
}

/**
 * This year's tables beside last year's (kept for comparison, perhaps sheet by sheet in turn): one
 * set per year, when the tables repeat and each year's tables are one set without repeats. A single
 * set whose titles only sometimes print the year stays one set (no table repeats).
 */
function yearSets(tables: RecognizedTable[]): [SetYear, RecognizedTable[]][] | undefined {
  const byYear = new Map<SetYear, RecognizedTable[]>();
  const keys = yearKeys(tables);
  tables.forEach((t, i) => {
    const set = byYear.get(keys[i]);
    if (set) set.push(t);
    else byYear.set(keys[i], [t]);
  });
  if (byYear.size < 2 || new Set(tables.map((t) => t.id)).size === tables.length) return undefined;
  for (const set of byYear.values()) if (new Set(set.map((t) => t.id)).size !== set.length) return undefined;
  // Tables that print no year join the one year whose tables they complete (公开08表 names 2023 in
  // its note, the other eleven no year): a set is rarely dated on every table.
  const undated = byYear.get(undefined);
  if (undated) {
    const ids = new Set(undated.map((t) => t.id));
    const partners = [...byYear].filter(([year, set]) => typeof year === 'number' && set.every((t) => !ids.has(t.id)));
    if (partners.length === 1) {
      partners[0][1].push(...undated);
      byYear.delete(undefined);
    }
  }
  // In the order the sets begin in the workbook.
  const first = (set: RecognizedTable[]) => Math.min(...set.map((t) => tables.indexOf(t)));
  return [...byYear].sort((a, b) => first(a[1]) - first(b[1]));
}

function groupOneYear(tables: RecognizedTable[], sheetOrder: string[]): ReportingUnit[] {
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

/**
 * Which of two tables of one id is a stray, not the start of a new set, if either is: the empty one
 * beside a filled one (a blank template left in the workbook, before or after the filled table),
 * unless the table after the repeat repeats an id too — then a new set is starting (公开08/09表 are
 * empty in many units of a batch); else the older of two sheets named as versions of one
 * ('公开03表 (2)' or '公开03表-修改前' beside '公开03表'; '公开03表' beside '公开03表（修改后）').
 */
function strayOf(repeat: RecognizedTable, earlier: RecognizedTable, newSetFollows: boolean): RecognizedTable | undefined {
  if (repeat.empty !== earlier.empty) return newSetFollows ? undefined : repeat.empty ? repeat : earlier;
  const older = olderSheet(repeat.sheet, earlier.sheet);
  return older === undefined ? undefined : older === repeat.sheet ? repeat : earlier;
}

/**
 * A new unit starts where a table id repeats. A stray (strayOf) is checked on its own, and the set
 * around it stays whole (cut there, 公开04–12表 lost 公开01/02表 and were paired with a blank table).
 */
function splitOnRepeat(ordered: RecognizedTable[], name: string): ReportingUnit[] {
  const units: ReportingUnit[] = [];
  const strays: ReportingUnit[] = [];
  let current: RecognizedTable[] = [];
  const seen = new Map<string, RecognizedTable>();
  const alone = (t: RecognizedTable) => strays.push({ name: `${name || '单位'}（另存 ${t.sheet}）`, tables: [t], stray: true });
  ordered.forEach((t, i) => {
    const earlier = seen.get(t.id);
    if (earlier) {
      const next = ordered[i + 1];
      const stray = strayOf(t, earlier, !!next && next.id !== t.id && seen.has(next.id));
      if (stray === t) {
        alone(t);
        return;
      }
      if (stray === earlier) {
        alone(earlier);
        current.splice(current.indexOf(earlier), 1);
      } else {
        units.push({ name, tables: current });
        current = [];
        seen.clear();
      }
    }
    seen.set(t.id, t);
    current.push(t);
  });
  units.push({ name, tables: current });
  if (units.length > 1) units.forEach((u, i) => (u.name = `${name || '单位'}（第${i + 1}套报表）`));
  return [...units, ...strays];
}

/** The tables without the strays (copies, blank templates beside a table of the set). */
function withoutStrays(tables: RecognizedTable[], sheetOrder: string[]): RecognizedTable[] {
  const strays = new Set(groupReportingUnits(tables, sheetOrder).flatMap((u) => (u.stray ? u.tables : [])));
  return strays.size ? tables.filter((t) => !strays.has(t)) : tables;
}

/**
 * What a 说明 speaks of: this year's tables and last year's (latestYearTables), each without the
 * strays — a blank template placed before 公开03表 would otherwise be the 公开03表 it reads.
 */
export function reportedTables(tables: RecognizedTable[], sheetOrder: string[]): { current: RecognizedTable[]; earlier?: RecognizedTable[] } {
  const years = latestYearTables(tables);
  return {
    current: withoutStrays(years.current, sheetOrder),
    ...(years.earlier ? { earlier: withoutStrays(years.earlier, sheetOrder) } : {}),
  };
}

/**
 * The latest year's tables of a workbook holding several years' (last year's kept beside this
 * year's), and the year before's when it is there. Officers mark the old copy ('公开01表（2022）')
 * and leave this year's as it is: a set without a year beside dated ones is this year's, the
 * newest dated one last year's. All tables are current when there is one set.
 */
export function latestYearTables(tables: RecognizedTable[]): { current: RecognizedTable[]; earlier?: RecognizedTable[] } {
  const found = yearSets(tables);
  if (!found) return { current: tables };
  const undated = found.find(([year]) => year === undefined);
  const marked = found.find(([year]) => year === LAST_YEAR);
  const dated = (found.filter(([year]) => typeof year === 'number') as [number, RecognizedTable[]][]).sort((a, b) => b[0] - a[0]);
  if (undated) return { current: undated[1], earlier: marked?.[1] ?? dated[0]?.[1] };
  const [[latest, current], [year, before]] = dated;
  return { current, earlier: latest - year === 1 ? before : undefined };
}
