import { describe, expect, it } from 'vitest';
import { dayTick, formatAxisRupees, formatCount, formatDate, formatDateTime, formatDayRange, formatUtcTime, formatMoney, formatMonth, formatMonthlyPrice, formatPaise, formatPercentBps, keyToWords, percentToBps, plural, solutionLabels, tierLabel } from './format';

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

describe('billing amounts', () => {
  it('formats Money from the API like paise', () => {
    expect(formatMoney({ paise: 117_882, currency: 'INR' })).toBe('₹1,178.82');
    expect(formatMoney({ paise: 1_00_00_000, currency: 'INR' })).toBe('₹1,00,000');
  });
  it('names billing months', () => {
    expect(formatMonth('2026-03')).toBe('Mar 2026');
    expect(formatMonth('2026-13x')).toBe('2026-13x');
  });
  it('reads and shows commission percentages as basis points, from the digits', () => {
    expect(percentToBps('20')).toBe(2000);
    expect(percentToBps('12.5')).toBe(1250);
    expect(percentToBps(' 0.29 % ')).toBe(29);
    expect(percentToBps('100')).toBe(10_000);
    expect(percentToBps('100.01')).toBeUndefined();
    expect(percentToBps('-1')).toBeUndefined();
    expect(percentToBps('1.234')).toBeUndefined();
    expect(percentToBps('')).toBeUndefined();
    expect(formatPercentBps(2000)).toBe('20%');
    expect(formatPercentBps(1234)).toBe('12.34%');
  });
});

describe('tierLabel', () => {
  it('names a tier however analytics spells it, and says when there was none', () => {
    expect(['pro', 'REGISTERED', 'Enterprise', 'anonymous'].map(tierLabel)).toEqual(['Pro', 'Registered', 'Enterprise', 'Anonymous']);
    expect(tierLabel('-')).toBe('None (refused before a tier applied)');
    expect(tierLabel(null)).toBe('—');
    expect(tierLabel(undefined)).toBe('—');
  });
});

describe('keyToWords', () => {
  it('turns a configuration key into words a person reads', () => {
    expect(keyToWords('refreshSeconds')).toBe('Refresh seconds');
    expect(keyToWords('max_input-chars')).toBe('Max input chars');
    expect(keyToWords('maxPDFPages')).toBe('Max PDF pages');
  });

  it('writes known abbreviations in capitals however the key spells them', () => {
    expect(keyToWords('sla')).toBe('SLA');
    expect(keyToWords('prioritySla')).toBe('Priority SLA');
    expect(keyToWords('max_api_calls')).toBe('Max API calls');
    expect(keyToWords('webhookUrls')).toBe('Webhook URLs');
    expect(keyToWords('smsAlerts')).toBe('SMS alerts');
    expect(keyToWords('csv-export')).toBe('CSV export');
    expect(keyToWords('gstInvoices')).toBe('GST invoices');
    expect(keyToWords('slack')).toBe('Slack');
    expect(keyToWords('model.v2Name')).toBe('Model v2 name');
  });
});

describe('solutionLabels', () => {
  it('names a solution by its name alone unless another in the list has the same name', () => {
    const labels = solutionLabels([
      { id: 'sol_1', name: 'Summarizer', slug: 'acme-summarizer', publisherName: 'Acme' },
      { id: 'sol_2', name: 'SUMMARIZER', slug: 'zen-summarizer', publisherName: 'Zen Labs' },
      { id: 'sol_3', name: 'Translator', slug: 'translator', publisherName: 'Acme' },
    ]);
    expect(Object.fromEntries(labels)).toEqual({ sol_1: 'Summarizer (Acme)', sol_2: 'SUMMARIZER (Zen Labs)', sol_3: 'Translator' });
  });
  it('falls back to the slug where the partner does not tell them apart (one partner, or none named)', () => {
    const labels = solutionLabels([
      { id: 'sol_1', name: 'Search', slug: 'search', publisherName: 'Acme' },
      { id: 'sol_2', name: 'Search', slug: 'search-v2', publisherName: 'Acme' },
      { id: 'sol_3', name: 'Search', slug: 'other-search', publisherName: null },
      { id: 'sol_3', name: 'Search', slug: 'other-search', publisherName: null },
    ]);
    expect(Object.fromEntries(labels)).toEqual({ sol_1: 'Search (search)', sol_2: 'Search (search-v2)', sol_3: 'Search (other-search)' });
  });
});

describe('formatAxisRupees', () => {
  it('prints ticks a quarter apart differently (₹0 – ₹3K by ₹750)', () => {
    expect([0, 750, 1500, 2250, 3000].map(formatAxisRupees)).toEqual(['₹0', '₹750', '₹1.5K', '₹2.25K', '₹3K']);
  });

  it('uses lakh and crore, without trailing zeros', () => {
    expect(formatAxisRupees(1_00_000)).toBe('₹1L');
    expect(formatAxisRupees(2_50_000)).toBe('₹2.5L');
    expect(formatAxisRupees(3_00_00_000)).toBe('₹3Cr');
    expect(formatAxisRupees(187.5)).toBe('₹187.5');
  });
});

describe('formatDate', () => {
  it('writes a day as invoices and billing mail do (one rule in contracts): no leading zero, "Sep" not Intl\'s "Sept"', () => {
    expect(formatDate('2026-12-02T12:00:00Z')).toBe('2 Dec 2026');
    expect(formatDate('2026-09-02T12:00:00Z')).toBe('2 Sep 2026');
    expect(formatDate(null)).toBe('—');
    expect(formatDateTime('2026-09-02T08:05:00Z')).toBe('2 Sep 2026, 08:05 UTC');
    expect(formatMonth('2026-09')).toBe('Sep 2026');
    expect(dayTick('2026-09-03')).toBe('3 Sep');
    expect(formatDayRange('2026-08-30', '2026-09-03')).toBe('30 Aug – 3 Sep 2026');
    expect(formatUtcTime('2026-09-02T08:05:59Z')).toBe('08:05');
  });
});

describe('formatDateTime', () => {
  it('writes a moment as the tier history does, "2 Dec 2026, 14:44 UTC", never "2026-12-02 14:44 UTC"', () => {
    expect(formatDateTime('2026-12-02T14:44:09.123Z')).toBe('2 Dec 2026, 14:44 UTC');
    expect(formatDateTime('2026-12-02T23:59:00Z')).toBe('2 Dec 2026, 23:59 UTC');
    expect(formatDateTime(null)).toBe('—');
  });
});
