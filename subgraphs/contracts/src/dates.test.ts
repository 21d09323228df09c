import { describe, expect, it } from 'vitest';
import { formatCalendarDay, formatCalendarMonth } from './dates.ts';

describe('the one way a calendar date is written', () => {
  it('has no leading zero and three-letter months, September included', () => {
    expect(formatCalendarDay({ year: 2026, month: 12, day: 2 })).toBe('2 Dec 2026');
    expect(formatCalendarDay({ year: 2026, month: 9, day: 30 })).toBe('30 Sep 2026');
    expect(formatCalendarMonth({ year: 2027, month: 1 })).toBe('Jan 2027');
  });
});
