// @vitest-environment jsdom
import { MockedProvider } from '@apollo/client/testing/react';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { endDayRange, latestOfferEnd } from '@marketplace/contracts';
import { afterEach, describe, expect, it } from 'vitest';
import { EnterpriseOffersAdmin, EnterpriseOffersAdmin_Query } from './EnterpriseOffersAdmin';

afterEach(cleanup);

const ENTERPRISE = { tier: 'ENTERPRISE', minCallAllowance: 100_000, maxCallAllowance: 1_000_000_000, maxRatePerSecond: null };

/** The admin's offers page with no offers yet and the platform's Enterprise bounds, once it has loaded. */
async function renderEmptyForm() {
  render(
    <MockedProvider mocks={[{ request: { query: EnterpriseOffersAdmin_Query }, result: { data: { enterpriseOffers: [], adminSolutions: { nodes: [] }, platformTierSettings: { tiers: [ENTERPRISE] } } } }]}>
      <MemoryRouter>
        <EnterpriseOffersAdmin />
      </MemoryRouter>
    </MockedProvider>,
  );
  await screen.findByText('No offers yet.', undefined, { timeout: 8000 });
}

describe("the admin's Enterprise offer form", { timeout: 20_000 }, () => {
  it('refuses calls a month or a second outside the platform bounds by naming them, as the server does', async () => {
    await renderEmptyForm();
    const form = screen.getByRole('form', { name: 'New Enterprise offer' });
    fireEvent.change(within(form).getByLabelText('Calls per month'), { target: { value: '999999999999' } });
    fireEvent.change(within(form).getByLabelText('Calls per second'), { target: { value: '100001' } });
    fireEvent.submit(form);
    expect(await within(form).findByText("The calls a month are a whole number from 1,00,000 to 1,00,00,00,000 (the platform's Enterprise bounds).")).toBeTruthy();
    expect(within(form).getByText("The calls a second are a whole number from 1 to 1,00,000 (the platform's Enterprise bounds).")).toBeTruthy();
  });

  it('offers "Open until" days from today to the last one billing accepts (366 days ahead), not beyond', async () => {
    await renderEmptyForm();
    const field = within(screen.getByRole('form', { name: 'New Enterprise offer' })).getByLabelText('Open until (optional)');
    const now = new Date();
    const days = endDayRange(now, latestOfferEnd(now));
    expect(field.getAttribute('min')).toBe(days.min);
    expect(field.getAttribute('max')).toBe(days.max);
    expect(Date.parse(field.getAttribute('max')!)).toBeGreaterThan(now.getTime() + 364 * 86_400_000);
  });
});
