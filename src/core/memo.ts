/**
 * Remembers a pure function of a string. A batch workbook prints the same labels for every unit,
 * so label work is done once per distinct text; the cache empties itself at `limit` entries so a
 * long-lived task pane's memory stays bounded.
 */
export function memoByText<T>(compute: (text: string) => T, limit = 50_000): (text: string) => T {
  const cache = new Map<string, T>();
  return (text) => {
    const hit = cache.get(text);
    // One lookup on the usual path; `has` only for a remembered undefined.
    if (hit !== undefined || cache.has(text)) return hit as T;
    const value = compute(text);
    if (cache.size >= limit) cache.clear();
    cache.set(text, value);
    return value;
  };
}
