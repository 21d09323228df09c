// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { TierCards_TierConfigFragment as TierData } from '../gql/graphql';
import { TierCards } from './TierCards';

afterEach(cleanup);

const tier = (overrides: Partial<TierData>): TierData => ({
  tier: 'PRO',
  callAllowance: 2_000_000,
  trialDays: null,
  billingPeriod: 'MONTHLY',
  ratePerSecond: 1,
  monthlyPricePaise: 149_900,
  currency: 'INR',
  limitMode: 'HARD',
  overagePricePaise: null,
  features: [{ key: 'maxInputChars', type: 'NUMBER', booleanValue: null, numberValue: 200_000, stringValue: null }],
  highlights: [],
  ...overrides,
}) as TierData;

describe('TierCards', () => {
  it('writes every count one way (Indian grouping) and each unit in the right number', () => {
    render(<TierCards tiers={[tier({}), tier({ tier: 'ENTERPRISE', callAllowance: 1, ratePerSecond: 500 })]} />);
    const [pro, enterprise] = screen.getAllByRole('listitem').filter((item) => item.classList.contains('tier-card'));
    expect(within(pro!).getByText('20,00,000 calls / month')).toBeTruthy();
    expect(within(pro!).getByText('1 call / second')).toBeTruthy();
    expect(within(pro!).getByText((_, el) => el?.tagName === 'LI' && el.textContent === 'Max input chars: 2,00,000')).toBeTruthy();
    expect(within(enterprise!).getByText('1 call / month')).toBeTruthy();
    expect(within(enterprise!).getByText('500 calls / second')).toBeTruthy();
  });

  it('heads the highlights "Features" when a tier has highlights but no feature flags (SMS Notify\'s anonymous tier)', () => {
    render(<TierCards tiers={[tier({ tier: 'ANONYMOUS', features: [], highlights: ['5 test messages to your own number'] }), tier({ features: [], highlights: [] })]} />);
    const [anonymous, bare] = screen.getAllByRole('listitem').filter((item) => item.classList.contains('tier-card'));
    expect(within(anonymous!).getByRole('heading', { level: 4, name: 'Features' })).toBeTruthy();
    expect(within(anonymous!).getByText('5 test messages to your own number')).toBeTruthy();
    expect(within(bare!).queryByRole('heading', { name: 'Features' })).toBeNull();
  });

  it('names each feature in words, with Yes/No for switches, never by its raw key', () => {
    const features = [
      { key: 'refreshSeconds', type: 'NUMBER', booleanValue: null, numberValue: 3600, stringValue: null },
      { key: 'priority_support', type: 'BOOLEAN', booleanValue: true, numberValue: null, stringValue: null },
      { key: 'exportPDF', type: 'BOOLEAN', booleanValue: false, numberValue: null, stringValue: null },
      { key: 'model.name', type: 'STRING', booleanValue: null, numberValue: null, stringValue: 'large-v2' },
    ] as TierData['features'];
    render(<TierCards tiers={[tier({ features })]} />);
    const items = [...document.querySelectorAll('.tier-features li')].map((li) => li.textContent);
    expect(items).toEqual(['Refresh seconds: 3,600', 'Priority support: Yes', 'Export PDF: No', 'Model name: large-v2']);
  });
});
