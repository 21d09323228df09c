import { describe, expect, it } from 'vitest';
import { ExpiringMap, memoize } from './memo.ts';

describe('memoize', () => {
  it('computes each input once and forgets the oldest beyond its bound', () => {
    const calls: string[] = [];
    const upper = memoize((text: string) => (calls.push(text), text.toUpperCase()), 2);
    expect([upper('a'), upper('a'), upper('b'), upper('a')]).toEqual(['A', 'A', 'B', 'A']);
    expect(calls).toEqual(['a', 'b']);
    upper('c'); // evicts 'a', the oldest
    upper('a');
    expect(calls).toEqual(['a', 'b', 'c', 'a']);
  });
});

describe('ExpiringMap', () => {
  it('serves a value for ttlMs after its read began, then forgets it', () => {
    const map = new ExpiringMap<string>(1000, 10);
    map.set('secret', 'sol_1', 5000);
    expect(map.get('secret', 5000)).toBe('sol_1');
    expect(map.get('secret', 5999)).toBe('sol_1');
    expect(map.get('secret', 6000)).toBeUndefined();
    expect(map.get('other', 5000)).toBeUndefined();
  });

  it('keeps a falsy value (a remembered "unknown") apart from a miss', () => {
    const map = new ExpiringMap<null>(1000, 10);
    map.set('unknown', null, 0);
    expect(map.get('unknown', 1)).toBeNull();
    expect(map.get('never-set', 1)).toBeUndefined();
  });

  it('forgets the oldest set beyond its bound, counting a re-set as new', () => {
    const map = new ExpiringMap<number>(1000, 2);
    map.set('a', 1, 0);
    map.set('b', 2, 0);
    map.set('a', 3, 0); // now the newest
    map.set('c', 4, 0); // evicts b
    expect([map.get('a', 1), map.get('b', 1), map.get('c', 1), map.size]).toEqual([3, undefined, 4, 2]);
  });

  it('with refresh: re-reads an entry used past a quarter of its ttl once, in the background, and serves it meanwhile', () => {
    const refreshes: [string, number, number][] = [];
    const map = new ExpiringMap<number>(1000, 10, (key, value, nowMs) => void refreshes.push([key, value, nowMs]));
    map.set('a', 1, 0);
    expect(map.get('a', 249)).toBe(1);
    expect(refreshes).toEqual([]);
    expect([map.get('a', 250), map.get('a', 900)]).toEqual([1, 1]);
    expect(refreshes).toEqual([['a', 1, 250]]); // once, however often it is used meanwhile
    // The re-read's answer, set with the time it began, lives its own ttl (past the first read's end).
    map.set('a', 2, 250);
    expect([map.get('a', 499), map.get('a', 1000), map.get('a', 1249), map.get('a', 1250)]).toEqual([2, 2, 2, undefined]);
    expect(refreshes).toEqual([['a', 1, 250], ['a', 2, 1000]]);
  });

  it('with refresh: an entry whose re-read never set it expires as it would have (the next get is a miss)', () => {
    let refreshes = 0;
    const map = new ExpiringMap<number>(1000, 10, () => void refreshes++);
    map.set('a', 1, 0);
    expect([map.get('a', 300), map.get('a', 999), map.get('a', 1000)]).toEqual([1, 1, undefined]);
    expect(refreshes).toBe(1);
  });

  it('keeps nothing with a ttl of 0', () => {
    const map = new ExpiringMap<number>(0, 10);
    map.set('a', 1, 0);
    expect([map.get('a', 0), map.size]).toEqual([undefined, 0]);
  });
});
