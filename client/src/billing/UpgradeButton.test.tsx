// @vitest-environment jsdom
import { MockedProvider } from '@apollo/client/testing/react';
import { cleanup, render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { UpgradeButton, UpgradeButton_Query as Subscriptions, UpgradeButton_Tier as MyTier } from './UpgradeButton';

vi.mock('../auth/AuthContext', () => ({ useAuth: () => ({ signedIn: true, loading: false, me: { id: 'usr_1', name: 'C', email: 'c@example.com', roles: ['CUSTOMER'] }, hasRole: () => false }) }));

afterEach(cleanup);

function renderFor(myTier: string) {
  render(
    <MockedProvider
      mocks={[
        { request: { query: Subscriptions }, result: { data: { mySubscriptions: [] } } },
        { request: { query: MyTier, variables: { solutionId: 'sol_1' } }, result: { data: { myTier } } },
      ]}
    >
      <MemoryRouter>
        <UpgradeButton solutionId="sol_1" tier="PRO" returnTo="/solutions/fx" />
      </MemoryRouter>
    </MockedProvider>,
  );
}

describe('the Pro card of a solution page, for a signed-in customer without a subscription', { timeout: 20_000 }, () => {
  it('says "You have Pro" when an admin granted Pro, instead of offering to pay for it', async () => {
    renderFor('PRO');
    expect(await screen.findByText('You have Pro', undefined, { timeout: 8000 })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Upgrade to Pro' })).toBeNull();
  });

  it('says "You have Enterprise" above it, and still offers Pro to a registered customer', async () => {
    renderFor('ENTERPRISE');
    expect(await screen.findByText('You have Enterprise', undefined, { timeout: 8000 })).toBeTruthy();
    cleanup();
    renderFor('REGISTERED');
    expect(await screen.findByRole('button', { name: 'Upgrade to Pro' }, { timeout: 8000 })).toBeTruthy();
  });
});
