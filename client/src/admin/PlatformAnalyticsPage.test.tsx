// @vitest-environment jsdom
import { MockedProvider } from '@apollo/client/testing/react';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import PlatformAnalyticsPage, { PlatformAnalyticsPage_Query as Query } from './PlatformAnalyticsPage';

afterEach(cleanup);

const rank = (id: string, name: string | null, calls: number, customers: number, revenuePaise: number) => ({
  solutionId: id,
  solution: name ? { id, name } : null,
  calls,
  customers,
  revenuePaise,
});
const FIGURES = {
  calls: 2_000_000,
  daily: [{ day: '2026-11-10T00:00:00.000Z', outcome: 'VALID', calls: 2_000_000 }],
  signupsDaily: [{ day: '2026-11-10T00:00:00.000Z', count: 1 }],
  activeCustomers: 40,
  signups: 1,
  payingCustomers: 3,
  mrrPaise: 299_700,
  arrPaise: 3_596_400,
  churnRate: 0.25,
  revenuePaise: 353_646,
  commissionPaise: 59_940,
  popularSolutions: [rank('sol_a', 'Busy API', 1_500_000, 5, 0), rank('sol_b', 'Paid API', 400_000, 30, 299_700), rank('sol_gone', null, 100_000, 5, 0)],
  funnel: { anonymous: 10, registered: 4, paid: 1, registeredRate: 0.4, paidRate: 0.25, medianSecondsToRegister: 7200, medianSecondsToPay: null },
  cohorts: [{ week: '2026-11-09T00:00:00.000Z', size: 1, retention: [1, 0] }],
  freshAt: null,
};

function renderPage() {
  render(
    <MockedProvider mocks={[{ request: { query: Query, variables: { from: '2026-11-01T00:00:00.000Z', to: '2026-12-01T00:00:00.000Z' } }, result: { data: { platformAnalytics: FIGURES } } }]}>
      <MemoryRouter initialEntries={['/admin/analytics?from=2026-11-01&to=2026-11-30']}>
        <PlatformAnalyticsPage />
      </MemoryRouter>
    </MockedProvider>,
  );
}

describe("the admin's platform analytics", { timeout: 20_000 }, () => {
  it('shows MRR, ARR, churn and commission in one format, says no data has arrived yet, and ranks solutions by calls, customers or revenue', async () => {
    renderPage();
    await screen.findByRole('heading', { name: 'Popular solutions' }, { timeout: 8000 });
    const fact = (label: string) => screen.getByText(label, { selector: 'dt' }).nextElementSibling?.textContent;
    expect([fact('Calls, 1 Nov – 30 Nov 2026'), fact('MRR'), fact('ARR'), fact('Churn'), fact('Commission')]).toEqual(['20,00,000', '₹2,997', '₹35,964', '25%', '₹599.40']);
    expect(screen.getByText(/^No usage data has arrived yet/)).toBeTruthy();
    const names = () => within(screen.getByRole('table', { name: /^Popular solutions by/ })).getAllByRole('row').slice(1).map((row) => row.children[1]!.textContent);
    expect(names()).toEqual(['Busy API', 'Paid API', 'sol_gone']);
    expect(screen.getByRole('button', { name: 'By calls' }).getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(screen.getByRole('button', { name: 'By customers' }));
    expect(names()).toEqual(['Paid API', 'Busy API', 'sol_gone']);
    fireEvent.click(screen.getByRole('button', { name: 'By revenue' }));
    expect(names()[0]).toBe('Paid API');
    // Sign-ups: one, singular; the chart is named and its table has every day of the range.
    expect(screen.getByRole('img', { name: 'Sign-ups per day. 1 sign-up in 1 Nov – 30 Nov 2026.' })).toBeTruthy();
    expect(within(screen.getByRole('table', { name: 'Sign-ups per day', hidden: true })).getAllByRole('row', { hidden: true })).toHaveLength(31);
  });

  it('shows weekly cohorts as shares per week after sign-up', async () => {
    renderPage();
    const cohorts = await screen.findByRole('table', { name: 'Weekly sign-up cohort retention' }, { timeout: 8000 });
    const [header, row] = within(cohorts).getAllByRole('row');
    expect(within(header!).getAllByRole('columnheader').map((c) => c.textContent)).toEqual(['Week of', 'Sign-ups', 'Week 0', '+1']);
    expect(within(row!).getAllByRole('cell').map((c) => c.textContent)).toEqual(['1', '100%', '0%']);
    expect(within(row!).getByRole('rowheader').textContent).toBe('9 Nov 2026');
    // The funnel says when a median is unknown instead of showing a zero.
    expect(screen.getByText(/25% of the step before · median — to get here/)).toBeTruthy();
  });
});
