import { describe, expect, it } from 'vitest';
import { formatCount, formatMonthlyPrice, formatPaise, plural } from './format';

describe('formatPaise', () => {
  it('turns whole rupees into ₹ without decimals', () => {
    expect(formatPaise(99_900)).toBe('₹999');
    expect(formatPaise(0)).toBe('₹0');
  });
  it('keeps paise when there are any', () => {
    expect(formatPaise(5)).toBe('₹0.05');
    expect(formatPaise(12_345)).toBe('₹123.45');
  });
  it('groups digits the Indian way', () => {
    expect(formatPaise(10_000_000)).toBe('₹1,00,000');
  });
});

describe('formatMonthlyPrice', () => {
  it('says Free without a price', () => {
    expect(formatMonthlyPrice(null)).toBe('Free');
    expect(formatMonthlyPrice(0)).toBe('Free');
  });
  it('adds the period', () => {
    expect(formatMonthlyPrice(249_900)).toBe('₹2,499 / month');
  });
});

describe('counts', () => {
  it('groups and pluralises', () => {
    expect(formatCount(1_000_000)).toBe('10,00,000');
    expect(plural(1, 'day')).toBe('1 day');
    expect(plural(3, 'day')).toBe('3 days');
  });
});
