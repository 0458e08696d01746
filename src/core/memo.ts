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

/**
 * A bounded cache keyed by text, for memos whose computation needs more than the key (a block of
 * cells whose texts make the key). Empties itself at `limit` entries, like `memoByText`.
 */
export class TextMemo<T> {
  private readonly cache = new Map<string, T>();

  constructor(private readonly limit = 10_000) {}

  get(key: string, compute: () => T): T {
    const hit = this.cache.get(key);
    if (hit !== undefined || this.cache.has(key)) return hit as T;
    const value = compute();
    if (this.cache.size >= this.limit) this.cache.clear();
    this.cache.set(key, value);
    return value;
  }
}
