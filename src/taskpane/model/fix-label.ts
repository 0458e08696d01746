import type { Fix } from '../../core/findings/finding';

/** What 修正 writes, for screen readers: the value, or for a 说明 paragraph that the paragraph is rewritten. */
export function fixLabel(fix: Fix): string {
  return typeof fix.value === 'string' && fix.value.length > 20
    ? `修正 ${fix.sheet}!${fix.cell} 这一段文字（改正其中的错误）`
    : `修正 ${fix.sheet}!${fix.cell} 为 ${fix.value}`;
}
