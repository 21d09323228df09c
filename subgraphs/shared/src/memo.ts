/**
 * A pure function of a string, remembered for the last `maxEntries` distinct inputs (oldest first out), for hot
 * paths that see the same input on every call (a solution's secret, a caller's API key). Pure means never stale:
 * use `createReadCache` for anything that reads state.
 */
export function memoize<R>(compute: (input: string) => R, maxEntries: number): (input: string) => R {
  const results = new Map<string, R>();
  return (input) => {
    let result = results.get(input);
    if (result === undefined) {
      result = compute(input);
      if (results.size >= maxEntries) results.delete(results.keys().next().value!);
      results.set(input, result);
    }
    return result;
  };
}

/**
 * What a hot path read, reused for `ttlMs` after it was read and then forgotten: the answer of a read module for a
 * caller or a secret, which another process may change (so, unlike `memoize`, bounded in age). Times are the
 * caller's epoch milliseconds, so a request reads its clock once; set an entry with the time its read began, so it
 * is never served older than `ttlMs`. Beyond `maxEntries` the oldest set goes first; with `ttlMs` 0 nothing is kept.
 *
 * With `refresh`, an entry used past a quarter of its life is read again in the background (once), so a key in
 * use at least every quarter of `ttlMs` — bursts with pauses between them included — never makes a call wait for its
 * re-read; the refresh `set`s what it read, and one that fails leaves the entry to expire as it would have.
 */
export class ExpiringMap<V> {
  private readonly entries = new Map<string, { value: V; expiresAt: number; refreshAt: number }>();

  constructor(
    private readonly ttlMs: number,
    private readonly maxEntries: number,
    /** Starts a re-read of `key` (begun at `nowMs`) that `set`s its answer; must not throw. */
    private readonly refresh?: (key: string, value: V, nowMs: number) => void,
  ) {}

  /** The value set for `key` less than `ttlMs` before `nowMs`, else undefined. */
  get(key: string, nowMs: number): V | undefined {
    const entry = this.entries.get(key);
    if (entry === undefined || entry.expiresAt <= nowMs) return undefined;
    if (entry.refreshAt <= nowMs) {
      entry.refreshAt = Infinity;
      this.refresh!(key, entry.value, nowMs);
    }
    return entry.value;
  }

  /** Keeps `value` for `key` until `readAtMs + ttlMs`. */
  set(key: string, value: V, readAtMs: number): void {
    if (this.ttlMs <= 0) return;
    this.entries.delete(key);
    const refreshAt = this.refresh ? readAtMs + this.ttlMs / 4 : Infinity;
    this.entries.set(key, { value, expiresAt: readAtMs + this.ttlMs, refreshAt });
    if (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
  }

  get size(): number {
    return this.entries.size;
  }
}
