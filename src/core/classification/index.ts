/**
 * Classification dictionary (政府收支分类科目) for recognition and the "names must match the
 * official classification" rules.
 *
 * 支出功能分类 (functional), 类 level:
 * - `functionalClassByName('卫生健康支出')` → { code '210', … }; also finds former names
 *   ('医疗卫生与计划生育支出' → 210) and tolerates numbering/spaces/full-width ('九、卫生健康支出').
 * - `functionalName('210')` → '卫生健康支出' (current name), undefined for an unknown code.
 * - `functionalNameInfo(name)` → how a printed name relates to the list: 'current' | 'former'
 *   (with the current name and the year it changed) | 'unknown'.
 * 支出经济分类 (economic), 类 and 款:
 * - `economicName('30217')` → '公务接待费'; `economicItem(code)` with aliases;
 *   `economicNameMatches('30399', printed)` accepts the official name and known aliases.
 * Codes of the functional list that no seed shows are flagged `verified: false` (REFERENCE §1.3).
 */
import { FUNCTIONAL_CLASSES, type FunctionalClass } from './functional';
import { ECONOMIC_ITEMS, type EconomicItem, PERSONNEL_CLASSES, PUBLIC_CLASSES } from './economic';
import { nameKey } from './name-key';

export { FUNCTIONAL_CLASSES, ECONOMIC_ITEMS, PERSONNEL_CLASSES, PUBLIC_CLASSES, nameKey };
export type { FunctionalClass, EconomicItem };
export { stripNumbering } from './name-key';

const byCode = new Map(FUNCTIONAL_CLASSES.map((c) => [c.code, c]));
const byName = new Map<string, FunctionalClass>();
const formerByName = new Map<string, { cls: FunctionalClass; until: number }>();
for (const c of FUNCTIONAL_CLASSES) {
  byName.set(nameKey(c.name), c);
  for (const f of c.formerNames ?? []) formerByName.set(nameKey(f.name), { cls: c, until: f.until });
}

/** The 功能分类 类 a printed name stands for (current or former name), or undefined. */
export function functionalClassByName(name: string): FunctionalClass | undefined {
  const key = nameKey(name);
  return byName.get(key) ?? formerByName.get(key)?.cls;
}

/** Current name of a 功能分类 类 code (3 digits), or undefined. */
export function functionalName(code: string): string | undefined {
  return byCode.get(code)?.name;
}

export function functionalClass(code: string): FunctionalClass | undefined {
  return byCode.get(code);
}

export type NameStatus =
  | { status: 'current'; cls: FunctionalClass }
  /** A name in use before `until`; `current` is what the table of year ≥ until should say. */
  | { status: 'former'; cls: FunctionalClass; current: string; until: number }
  | { status: 'unknown' };

/** How a printed 类 name relates to the official list (for the name-consistency rules). */
export function functionalNameInfo(name: string): NameStatus {
  const key = nameKey(name);
  const cur = byName.get(key);
  if (cur) return { status: 'current', cls: cur };
  const former = formerByName.get(key);
  if (former) return { status: 'former', cls: former.cls, current: former.cls.name, until: former.until };
  return { status: 'unknown' };
}

/** Two printed 类 names mean the same class (e.g. 文化体育与传媒支出 / 文化旅游体育与传媒支出). */
export function sameFunctionalClass(a: string, b: string): boolean {
  const ca = functionalClassByName(a);
  return !!ca && ca === functionalClassByName(b);
}

const econByCode = new Map(ECONOMIC_ITEMS.map((e) => [e.code, e]));

export function economicItem(code: string): EconomicItem | undefined {
  return econByCode.get(code);
}

/** Official name of an 经济分类 类 (3 digits) or 款 (5 digits) code printed in 公开06/07. */
export function economicName(code: string): string | undefined {
  return econByCode.get(code)?.name;
}

/** The printed name is the official one for the code, or one of its known aliases. */
export function economicNameMatches(code: string, printed: string): boolean {
  const item = econByCode.get(code);
  if (!item) return false;
  const key = nameKey(printed);
  return nameKey(item.name) === key || (item.aliases ?? []).some((a) => nameKey(a) === key);
}
