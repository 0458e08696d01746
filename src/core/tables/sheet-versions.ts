/**
 * Sheets named as versions of one another: Excel's and WPS's copies ('公开03表 (2)', '公开03表(2)') and
 * the words officers add ('公开03表-修改前', '旧公开03表' beside '公开03表'; '公开03表' beside '公开03表（修改后）').
 */

const COPY_SUFFIX = /\s*[（(]\d+[)）]$/;

/** Words in the name of a sheet kept as the older version. */
const OLDER_WORDS = '修改前|调整前|旧版?|备份|原表|草稿|底稿|副本|old|bak|backup|copy';
/** …and in the name of the version that replaced it. */
const NEWER_WORDS = '修改后|调整后|新版?|定稿|终稿|最终版?|final';
const SEPARATORS = '\\s\\-_—–·.、';

/** The marker word, maybe bracketed, after or before the name. */
function marker(words: string): RegExp[] {
  return [
    new RegExp(`^(.+?)[${SEPARATORS}]*[（(【\\[]?(?:${words})[)）】\\]]?$`, 'i'),
    new RegExp(`^[（(【\\[]?(?:${words})[)）】\\]]?[${SEPARATORS}]*(.+)$`, 'i'),
  ];
}
const MARKERS = [...marker(OLDER_WORDS).map((re) => ({ re, rank: -1 })), ...marker(NEWER_WORDS).map((re) => ({ re, rank: 1 }))];

/** A sheet name as a version: the name without its marker, and how new the marker says it is. */
function versionOf(sheet: string): { base: string; rank: number } {
  if (COPY_SUFFIX.test(sheet)) return { base: sheet.replace(COPY_SUFFIX, ''), rank: -1 };
  for (const { re, rank } of MARKERS) {
    const m = re.exec(sheet);
    if (m && m[1].trim()) return { base: m[1].trim(), rank };
  }
  return { base: sheet, rank: 0 };
}

function isCopyOf(copy: string, original: string): boolean {
  return COPY_SUFFIX.test(copy) && copy.replace(COPY_SUFFIX, '') === original;
}

/** Of two sheets named as versions of one, the older's name; undefined when the names say nothing. */
export function olderSheet(a: string, b: string): string | undefined {
  if (a === b) return undefined;
  // A copy of a sheet whose own name ends like a copy ('公开02表（2） (2)' of '公开02表（2）').
  if (isCopyOf(a, b)) return a;
  if (isCopyOf(b, a)) return b;
  const va = versionOf(a);
  const vb = versionOf(b);
  if (va.base !== vb.base || va.rank === vb.rank) return undefined;
  return va.rank < vb.rank ? a : b;
}
