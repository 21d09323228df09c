import { describe, expect, it } from 'vitest';
import { financialYearOf, formatIstDate, istDateString } from './financial-year.ts';
import { formatInr, groupIndian, mulDivHalfUp } from './paise.ts';

describe('Indian financial year and dates', () => {
  it('runs April to March, by the date in India', () => {
    expect(financialYearOf(new Date('2026-04-01T00:00:00+05:30'))).toEqual({ startYear: 2026, label: '2026-27', shortLabel: '26-27' });
    expect(financialYearOf(new Date('2027-03-31T23:59:59+05:30')).label).toBe('2026-27');
    expect(financialYearOf(new Date('2027-03-31T18:30:00Z')).label).toBe('2027-28'); // midnight in India
    expect(financialYearOf(new Date('2027-03-31T18:29:59Z')).label).toBe('2026-27');
    expect(financialYearOf(new Date('2099-06-01T00:00:00Z')).shortLabel).toBe('99-00');
  });

  it('prints dates in IST', () => {
    expect(istDateString(new Date('2026-04-14T20:00:00Z'))).toBe('2026-04-15');
    expect(formatIstDate(new Date('2026-04-14T20:00:00Z'))).toBe('15 Apr 2026');
    // As the web app writes a date (one rule, in contracts): no leading zero, "Sep" not "Sept".
    expect(formatIstDate(new Date('2026-12-01T20:00:00Z'))).toBe('2 Dec 2026');
    expect(formatIstDate(new Date('2026-09-02T06:00:00Z'))).toBe('2 Sep 2026');
  });
});

describe('paise arithmetic and formatting', () => {
  it('groups digits the Indian way', () => {
    expect(['1', '123', '1234', '123456', '1234567', '123456789'].map(groupIndian)).toEqual(['1', '123', '1,234', '1,23,456', '12,34,567', '12,34,56,789']);
    expect(formatInr(12_345_678)).toBe('₹1,23,456.78');
    expect(formatInr(5)).toBe('₹0.05');
    expect(formatInr(-49_950)).toBe('−₹499.50');
    expect(formatInr(100, { symbol: false })).toBe('1.00');
  });

  it('multiplies and divides exactly, halves up', () => {
    expect(mulDivHalfUp(50, 900, 10_000)).toBe(5);
    expect(mulDivHalfUp(49, 900, 10_000)).toBe(4);
    expect(mulDivHalfUp(100_000_000_000_000, 1_800, 10_000)).toBe(18_000_000_000_000);
    expect(() => mulDivHalfUp(1.5, 1, 1)).toThrow(RangeError);
  });
});
