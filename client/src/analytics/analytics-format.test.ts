import { describe, expect, it } from 'vitest';
import { csvSections } from '../format/csv';
import { daysOf, formatRate, formatSeconds, lastDays, outcomeLabel, pivotDaily, rangeFromParams, rangeLabel, rangeVariables } from './analytics-format';

describe('the date range', () => {
  it('is the last 28 days (UTC) unless the URL names two days; "to" is included, so the API gets the day after', () => {
    const now = new Date('2026-12-01T18:00:00Z');
    expect(rangeFromParams(new URLSearchParams(''), now)).toEqual({ from: '2026-11-04', to: '2026-12-01' });
    expect(rangeFromParams(new URLSearchParams('from=2026-11-30&to=junk'), now)).toEqual(lastDays(28, now));
    expect(rangeVariables({ from: '2026-11-01', to: '2026-11-30' })).toEqual({ from: '2026-11-01T00:00:00.000Z', to: '2026-12-01T00:00:00.000Z' });
    expect(daysOf({ from: '2026-02-27', to: '2026-03-01' })).toEqual(['2026-02-27', '2026-02-28', '2026-03-01']);
    expect(daysOf({ from: '2026-03-02', to: '2026-03-01' })).toEqual([]);
    expect(rangeLabel({ from: '2026-11-04', to: '2026-12-01' })).toBe('4 Nov – 1 Dec 2026');
    expect(rangeLabel({ from: '2025-12-30', to: '2026-01-02' })).toBe('30 Dec 2025 – 2 Jan 2026');
    // The one date rule (contracts): "Sep", not Intl's "Sept".
    expect(rangeLabel({ from: '2026-09-04', to: '2026-09-30' })).toBe('4 Sep – 30 Sep 2026');
    expect(rangeLabel({ from: '2026-09-30', to: '2026-09-30' })).toBe('30 Sep 2026');
  });

  it('puts every day of the range in the daily rows, zeros where no calls, outcomes allowed first', () => {
    const { outcomes, days } = pivotDaily({ from: '2026-03-01', to: '2026-03-03' }, [
      { day: '2026-03-02T00:00:00.000Z', outcome: 'QUOTA_EXCEEDED', calls: 2 },
      { day: '2026-03-02T00:00:00.000Z', outcome: 'VALID', calls: 5 },
      { day: '2026-03-03T00:00:00.000Z', outcome: 'KEY_REVOKED', calls: 1 },
    ]);
    expect(outcomes).toEqual(['VALID', 'QUOTA_EXCEEDED', 'KEY_REVOKED']);
    expect(days).toEqual([
      { day: '2026-03-01', VALID: 0, QUOTA_EXCEEDED: 0, KEY_REVOKED: 0 },
      { day: '2026-03-02', VALID: 5, QUOTA_EXCEEDED: 2, KEY_REVOKED: 0 },
      { day: '2026-03-03', VALID: 0, QUOTA_EXCEEDED: 0, KEY_REVOKED: 1 },
    ]);
    expect(outcomes.map(outcomeLabel)).toEqual(['Allowed', 'Quota exceeded', 'Key revoked']);
  });
});

describe('numbers in words', () => {
  it('rates with at most one decimal, durations in their largest unit with correct plurals', () => {
    expect([formatRate(0.6), formatRate(2 / 3), formatRate(0), formatRate(null)]).toEqual(['60%', '66.7%', '0%', '—']);
    expect([formatSeconds(86_400), formatSeconds(1.5 * 86_400), formatSeconds(3_600), formatSeconds(7_200), formatSeconds(60), formatSeconds(1), formatSeconds(null)]).toEqual([
      '1 day', '1.5 days', '1 hour', '2 hours', '1 minute', '1 second', '—',
    ]);
  });
});

describe('CSV of what is shown', () => {
  it('writes tables one after another, numbers as numbers, text that a spreadsheet would run defused', () => {
    const csv = csvSections([
      { title: 'Calls by endpoint', header: ['endpoint', 'calls'], rows: [['POST /v1/x', 3], ['=HYPERLINK("x")', -1]] },
      { title: 'Tier history', header: ['tier'], rows: [[null]] },
    ]);
    expect(csv.split('\r\n')).toEqual([
      'Calls by endpoint', 'endpoint,calls', 'POST /v1/x,3', `"'=HYPERLINK(""x"")",-1`, '', 'Tier history', 'tier', '', '',
    ]);
  });
});
