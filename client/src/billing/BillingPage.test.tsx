// @vitest-environment jsdom
import { MockedProvider } from '@apollo/client/testing/react';
import { cleanup, render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import BillingPage, { BillingPage_Query as Query } from './BillingPage';

vi.mock('../auth/AuthContext', () => ({ useAuth: () => ({ signedIn: true, loading: false, me: { id: 'usr_1', name: 'C', email: 'c@example.com', roles: ['CUSTOMER'] }, hasRole: () => false }) }));

afterEach(cleanup);

describe('the billing page when the marketplace cannot be reached', { timeout: 20_000 }, () => {
  it('says why the billing profile is empty instead of showing a heading over nothing', async () => {
    render(
      <MockedProvider mocks={[{ request: { query: Query }, error: new TypeError('Failed to fetch') }]}>
        <MemoryRouter>
          <BillingPage />
        </MemoryRouter>
      </MockedProvider>,
    );
    const profile = screen.getByRole('region', { name: 'Billing profile' });
    // (The invoices panel's own query fails first: wait for the page's.)
    expect(await within(profile).findByText('Your billing profile could not be loaded: use Try again above.', undefined, { timeout: 8000 })).toBeTruthy();
    expect(within(profile).queryByRole('status')).toBeNull();
  });
});
