import { describe, expect, it } from 'vitest';
import { summaryOf, toDraft, toInput } from './tier-settings-form';

const bounds = [
  { tier: 'ANONYMOUS' as const, defaultCallAllowance: 10, minCallAllowance: 1, maxCallAllowance: 100, defaultTrialDays: 15, minTrialDays: 1, maxTrialDays: 30, defaultRatePerSecond: 1, maxRatePerSecond: 5 },
  { tier: 'PRO' as const, defaultCallAllowance: 10_000, minCallAllowance: 100, maxCallAllowance: 1_000_000, defaultRatePerSecond: 10, maxRatePerSecond: 100, defaultMonthlyPricePaise: 99_900, minMonthlyPricePaise: 10_000, maxMonthlyPricePaise: 10_000_000 },
];

describe('platform tier settings form', () => {
  it('reports every problem at once: not a number, min above max, a default outside its bounds', () => {
    const drafts = bounds.map(toDraft);
    drafts[0] = { ...drafts[0]!, minCallAllowance: '500', maxTrialDays: 'many', defaultRatePerSecond: '9' };
    drafts[1] = { ...drafts[1]!, minMonthlyPricePaise: '200000', maxMonthlyPricePaise: '1000' };
    const result = toInput(drafts);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(summaryOf(result.errors, ['ANONYMOUS', 'PRO'])).toEqual([
      { tier: 'ANONYMOUS', field: 'defaultCallAllowance', message: 'The default call allowance must be between the minimum and the maximum.' },
      { tier: 'ANONYMOUS', field: 'minCallAllowance', message: 'The minimum call allowance is above the maximum.' },
      { tier: 'ANONYMOUS', field: 'maxTrialDays', message: 'Enter a whole number.' },
      { tier: 'ANONYMOUS', field: 'defaultRatePerSecond', message: 'The default calls per second must be between the minimum and the maximum.' },
      { tier: 'PRO', field: 'defaultMonthlyPricePaise', message: 'The default monthly price must be between the minimum and the maximum.' },
      { tier: 'PRO', field: 'minMonthlyPricePaise', message: 'The minimum monthly price is above the maximum.' },
    ]);
  });

  it('sends ordered bounds as they are', () => {
    const result = toInput(bounds.map(toDraft));
    expect(result.ok && result.tiers.map((t) => t.maxCallAllowance)).toEqual([100, 1_000_000]);
  });
});
