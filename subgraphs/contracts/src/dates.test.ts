import { describe, expect, it } from 'vitest';
import { formatCalendarDay, formatCalendarMonth, formatCalendarRange, formatDayAndMonth, formatTimeOfDay } from './dates.ts';

describe('the one way a calendar date is written', () => {
  it('has no leading zero and three-letter months, September included', () => {
    expect(formatCalendarDay({ year: 2026, month: 12, day: 2 })).toBe('2 Dec 2026');
    expect(formatCalendarDay({ year: 2026, month: 9, day: 30 })).toBe('30 Sep 2026');
    expect(formatCalendarMonth({ year: 2027, month: 1 })).toBe('Jan 2027');
  });

  it('writes a day in a known year, a time of day and a span of days by the same rule', () => {
    expect(formatDayAndMonth({ month: 9, day: 3 })).toBe('3 Sep');
    expect(formatTimeOfDay({ hour: 8, minute: 5 })).toBe('08:05');
    expect(formatTimeOfDay({ hour: 23, minute: 59 })).toBe('23:59');
    expect(formatCalendarRange({ year: 2026, month: 9, day: 4 }, { year: 2026, month: 10, day: 1 })).toBe('4 Sep – 1 Oct 2026');
    expect(formatCalendarRange({ year: 2025, month: 12, day: 30 }, { year: 2026, month: 1, day: 2 })).toBe('30 Dec 2025 – 2 Jan 2026');
    expect(formatCalendarRange({ year: 2026, month: 9, day: 2 }, { year: 2026, month: 9, day: 2 })).toBe('2 Sep 2026');
  });
});
