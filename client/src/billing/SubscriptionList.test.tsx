// @vitest-environment jsdom
import { MockedProvider } from '@apollo/client/testing/react';
import { cleanup, render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import type { SubscriptionList_SubscriptionFragment as Subscription } from '../gql/graphql';
import { SubscriptionList } from './SubscriptionList';

afterEach(cleanup);

const sub: Subscription = {
  __typename: 'BillingSubscription',
  id: 'sbs_1',
  tier: 'PRO',
  status: 'ACTIVE',
  currentPeriodStart: '2026-12-01T00:00:00.000Z',
  currentPeriodEnd: '2026-12-31T00:00:00.000Z',
  nextChargeAt: '2026-12-31T00:00:00.000Z',
  nextCharge: { __typename: 'TaxedPrice', total: { __typename: 'Money', paise: 117_882, currency: 'INR' } },
  cancelAtPeriodEnd: false,
  scheduledTier: null,
  graceEndsAt: null,
  paymentUrl: null,
  upcomingPrice: { __typename: 'UpcomingPrice', newPrice: { __typename: 'Money', paise: 149_900, currency: 'INR' }, effectiveAt: '2027-01-15T10:00:00.000Z' },
  solution: { __typename: 'Solution', id: 'sol_1', slug: 'rates', name: 'Rates API', prices: [] },
} as Subscription;

function renderList(subscriptions: Subscription[]) {
  render(
    <MockedProvider mocks={[]}>
      <MemoryRouter>
        <SubscriptionList subscriptions={subscriptions} onDone={() => undefined} />
      </MemoryRouter>
    </MockedProvider>,
  );
}

describe('a price change the customer was emailed about', () => {
  it('is shown as information, with the new price and from when, until it applies', () => {
    renderList([sub]);
    const news = screen.getByText(/the price changes to/);
    expect(news.textContent).toMatch(/Rates API Pro: the price changes to ₹1,499 a month plus GST from .*2027; renewals before then stay at your current price/);
    expect(news.className).toContain('notice-info');
    expect(screen.getByRole('table', { name: 'Your subscriptions' }).textContent).toMatch(/₹1,499 a month plus GST from/);
  });

  it('is not shown without one, nor on a subscription that ends first', () => {
    renderList([{ ...sub, upcomingPrice: null }, { ...sub, id: 'sbs_2', cancelAtPeriodEnd: true }]);
    expect(screen.queryByText(/the price changes to/)).toBeNull();
  });
});

describe('two subscriptions to solutions of the same name', () => {
  it('are told apart by their partners, in the table and in the buttons', () => {
    const of = (id: string, slug: string, publisherName: string) =>
      ({ ...sub, id, upcomingPrice: null, solution: { ...sub.solution, id, slug, publisherName } }) as Subscription;
    renderList([of('sol_a', 'acme-rates', 'Acme'), of('sol_z', 'zen-rates', 'Zen Labs')]);
    const table = screen.getByRole('table', { name: 'Your subscriptions' });
    expect(within(table).getAllByRole('link').map((link) => link.textContent)).toEqual(['Rates API (Acme)', 'Rates API (Zen Labs)']);
    expect(screen.getByRole('button', { name: /^Cancel ?Rates API \(Zen Labs\)$/ })).toBeTruthy();
  });
});
