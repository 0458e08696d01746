import type { RecognizedTable, UnrecognizedTable } from '../types';

/**
 * A table on a hidden sheet that repeats one of the single visible set — a backup or an older
 * draft the officer hid ('公开03表 (2)', '公开03表（旧）') — is set aside: it does not print, and
 * counted in it would cut the set in two and pair the wrong tables across. Kept as they are: every
 * table of a workbook whose visible tables already repeat (several units' sets), last year's tables,
 * and a hidden table printing another year or another 部门 than its visible namesake.
 */
export function setAsideHiddenCopies(
  tables: RecognizedTable[],
  hiddenSheets: ReadonlySet<string>,
): { tables: RecognizedTable[]; setAside: UnrecognizedTable[] } {
  if (!hiddenSheets.size) return { tables, setAside: [] };
  const visible = new Map<string, RecognizedTable>();
  for (const t of tables) {
    if (hiddenSheets.has(t.sheet)) continue;
    if (visible.has(t.id)) return { tables, setAside: [] };
    visible.set(t.id, t);
  }
  const kept: RecognizedTable[] = [];
  const setAside: UnrecognizedTable[] = [];
  for (const t of tables) {
    const namesake = hiddenSheets.has(t.sheet) && !t.lastYear ? visible.get(t.id) : undefined;
    if (!namesake || !sameUnitAndYear(t, namesake)) {
      kept.push(t);
      continue;
    }
    setAside.push({
      sheet: t.sheet,
      range: t.range,
      title: t.title,
      reason: `工作表已隐藏，其中的${t.label}与可见工作表“${namesake.sheet}”中的重复，视为备份副本，未检查（公开、核对的是可见的那一张）`,
      setAside: true,
    });
  }
  return { tables: kept, setAside };
}

/** A hidden table that prints a year of its own, other than its namesake's, is that year's (kept for comparison). */
function sameUnitAndYear(hidden: RecognizedTable, visible: RecognizedTable): boolean {
  const sameYear = hidden.year === undefined || hidden.year === visible.year;
  const sameDepartment = !hidden.department || !visible.department || hidden.department === visible.department;
  return sameYear && sameDepartment;
}
