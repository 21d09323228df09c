import { describe, expect, it } from 'vitest';
import { memoize } from './memo.ts';

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
