import { type Clock, epochMs } from './clock.ts';

/** A bounded cache of reads with a freshness bound, for read modules that other processes call often. */
export interface ReadCache<V> {
  /** The cached answer for `key` if younger than the TTL, else `load()`'s (shared by concurrent callers). */
  get(key: string, load: () => Promise<V>): Promise<V>;
  /** Forgets one key, e.g. after this process changed it. */
  delete(key: string): void;
}

/**
 * Caches positive and negative answers alike for `ttlMs` of the injected clock, so a change made anywhere
 * is seen within `ttlMs` (plus clock skew between processes). A failed load is not an answer: it is
 * forgotten, and the next call asks again. Beyond `maxEntries` the oldest entries go first.
 */
export function createReadCache<V>(options: { clock: Clock; ttlMs: number; maxEntries?: number }): ReadCache<V> {
  const maxEntries = options.maxEntries ?? 10_000;
  const entries = new Map<string, { at: number; value: Promise<V> }>();
  return {
    get(key, load) {
      const now = epochMs(options.clock);
      const hit = entries.get(key);
      if (hit && now - hit.at < options.ttlMs) return hit.value;
      entries.delete(key);
      const value = load();
      value.catch(() => {
        if (entries.get(key)?.value === value) entries.delete(key);
      });
      if (options.ttlMs > 0) {
        entries.set(key, { at: now, value });
        if (entries.size > maxEntries) entries.delete(entries.keys().next().value!);
      }
      return value;
    },
    delete(key) {
      entries.delete(key);
    },
  };
}
