import { describe, expect, it } from 'vitest';
import { endDayRange, endOfDayUtc, latestFutureEnd, latestOfferEnd } from './end-dates.ts';

const nextDay = (day: string) => new Date(Date.parse(`${day}T00:00:00.000Z`) + 86_400_000).toISOString().slice(0, 10);
const previousDay = (day: string) => new Date(Date.parse(`${day}T00:00:00.000Z`) - 86_400_000).toISOString().slice(0, 10);

describe('the days a date picker offers for an end (a key expiry, a tier grant end)', () => {
  it.each([
    // The last day ends hours after "two years from now" would be crossed: the day before it is the last one.
    ['mid-day', '2026-12-02T14:00:00.000Z', '2026-12-02', '2028-12-01'],
    // Today has ended (its last millisecond is now): from tomorrow; two years on ends exactly at a day's end.
    ['the last millisecond of a day', '2026-12-02T23:59:59.999Z', '2026-12-03', '2028-12-02'],
    ['midnight', '2026-12-03T00:00:00.000Z', '2026-12-03', '2028-12-02'],
    // 29 February two years on is 1 March (setUTCFullYear), so 28 February is the last whole day.
    ['a leap day', '2028-02-29T10:00:00.000Z', '2028-02-29', '2030-02-28'],
  ])('%s: from the first day that ends after now to the last whose end is within the bound', (_, at, min, max) => {
    const now = new Date(at);
    const latest = latestFutureEnd(now);
    expect(endDayRange(now, latest)).toEqual({ min, max });
    // Every day offered is accepted, and no accepted day is left out.
    expect(Date.parse(endOfDayUtc(min))).toBeGreaterThan(now.getTime());
    expect(Date.parse(endOfDayUtc(previousDay(min)))).toBeLessThanOrEqual(now.getTime());
    expect(Date.parse(endOfDayUtc(max))).toBeLessThanOrEqual(latest.getTime());
    expect(Date.parse(endOfDayUtc(nextDay(max)))).toBeGreaterThan(latest.getTime());
  });

  it('ends a picked day at its last millisecond in UTC', () => {
    expect(endOfDayUtc('2030-05-04')).toBe('2030-05-04T23:59:59.999Z');
  });

  it('offers an Enterprise offer 366 days ahead, its last day ending within the bound billing checks', () => {
    const now = new Date('2026-12-02T14:00:00.000Z');
    const latest = latestOfferEnd(now);
    expect(latest.toISOString()).toBe('2027-12-03T14:00:00.000Z');
    const { max } = endDayRange(now, latest);
    expect(max).toBe('2027-12-02');
    expect(Date.parse(endOfDayUtc(max))).toBeLessThanOrEqual(latest.getTime());
    expect(Date.parse(endOfDayUtc(nextDay(max)))).toBeGreaterThan(latest.getTime());
  });
});
