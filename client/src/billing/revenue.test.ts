import { describe, expect, it } from 'vitest';
import { monthOf, sumRevenue, validMonth, type RevenueRowLike } from './revenue';

const row = (month: string, solution: string, grossPaise: number, feePaise: number): RevenueRowLike => ({
  month,
  partnerId: 'usr_partner',
  solution: { id: solution, name: solution },
  gross: { paise: grossPaise, currency: 'INR' },
  gst: { paise: 18_000 },
  platformFee: { paise: feePaise },
  partnerNet: { paise: grossPaise - 18_000 - feePaise },
  payments: 1,
  subscribers: 1,
});

describe('sumRevenue', () => {
  it('adds rows up per key in the order the keys first appear', () => {
    const rows = [row('2026-01', 'sol_a', 118_000, 20_000), row('2026-01', 'sol_b', 118_000, 10_000), row('2026-02', 'sol_a', 118_000, 20_000)];
    const months = sumRevenue(rows, (each) => ({ key: each.month, label: each.month }));
    expect(months.map((each) => [each.key, each.gross, each.platformFee, each.partnerNet, each.payments])).toEqual([
      ['2026-01', 236_000, 30_000, 170_000, 2],
      ['2026-02', 118_000, 20_000, 80_000, 1],
    ]);
    expect(sumRevenue([], () => ({ key: 'all', label: 'All' }))).toEqual([]);
  });
});

describe('months', () => {
  it('steps over year ends in UTC and refuses what is not YYYY-MM', () => {
    expect(monthOf(new Date('2026-01-15T00:00:00Z'), -1)).toBe('2025-12');
    expect(monthOf(new Date('2026-03-31T23:59:59Z'))).toBe('2026-03');
    expect(validMonth('2026-12')).toBe('2026-12');
    expect(validMonth('2026-13')).toBe('');
    expect(validMonth(null)).toBe('');
  });
});
