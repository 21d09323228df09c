import { describe, expect, it } from 'vitest';
import { isIsolated } from './LatencyChart';

describe('the latency chart marks hours a line cannot reach', () => {
  it('dots an hour with data between hours without, so a freshly checked solution shows its latency', () => {
    // 47 hours without checks, then the first hour with them: a line of one point draws nothing.
    const values = [...Array<number | null>(47).fill(null), 114];
    expect(isIsolated(values, 47)).toBe(true);
    expect(isIsolated([null, 40, null, 50, 60], 1)).toBe(true);
  });

  it('leaves hours on a line, and hours without data, undotted', () => {
    const values = [null, 40, null, 50, 60];
    expect(isIsolated(values, 0)).toBe(false);
    expect(isIsolated(values, 2)).toBe(false);
    expect(isIsolated(values, 3)).toBe(false);
    expect(isIsolated(values, 4)).toBe(false);
    expect(isIsolated([25], 0)).toBe(true);
  });
});
