import { describe, expect, it } from 'vitest';
import { ManualClock } from './clock.ts';
import { createReadCache } from './read-cache.ts';

describe('createReadCache', () => {
  it('serves a cached answer (also a negative one) until the TTL passes', async () => {
    const clock = new ManualClock();
    const cache = createReadCache<string | null>({ clock, ttlMs: 5000 });
    let loads = 0;
    const load = async () => (++loads === 1 ? null : 'found');
    expect(await cache.get('k', load)).toBeNull();
    clock.advance(4999);
    expect(await cache.get('k', load)).toBeNull();
    clock.advance(1);
    expect(await cache.get('k', load)).toBe('found');
    expect(loads).toBe(2);
  });

  it('shares one load among concurrent callers and forgets failures', async () => {
    const clock = new ManualClock();
    const cache = createReadCache<number>({ clock, ttlMs: 1000 });
    let loads = 0;
    const results = await Promise.all([1, 2, 3].map(() => cache.get('k', async () => ++loads)));
    expect(results).toEqual([1, 1, 1]);
    cache.delete('k');
    await expect(cache.get('k', () => Promise.reject(new Error('store down')))).rejects.toThrow('store down');
    expect(await cache.get('k', async () => 42)).toBe(42);
  });

  it('keeps at most maxEntries, dropping the oldest', async () => {
    const clock = new ManualClock();
    const cache = createReadCache<string>({ clock, ttlMs: 60_000, maxEntries: 2 });
    for (const k of ['a', 'b', 'c']) await cache.get(k, async () => k);
    let reloaded = false;
    await cache.get('a', async () => ((reloaded = true), 'a2'));
    expect(reloaded).toBe(true);
  });
});
