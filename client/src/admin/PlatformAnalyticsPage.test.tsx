// @vitest-environment jsdom
import { MockedProvider } from '@apollo/client/testing/react';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import PlatformAnalyticsPage, { PlatformAnalyticsPage_Query as Query } from './PlatformAnalyticsPage';

const saved = vi.hoisted(() => [] as { text: string; name: string }[]);
vi.mock('../format/csv', async (original) => ({
  ...(await original<typeof import('../format/csv')>()),
  saveCsv: (text: string, name: string) => saved.push({ text, name }),
}));

afterEach(() => {
  cleanup();
  saved.length = 0;
});

const rank = (id: string, name: string | null, calls: number, customers: number, revenuePaise: number, publisherName: string | null = 'Acme') => ({
  solutionId: id,
  solution: name ? { id, name, slug: `${id.replace('sol_', '')}-slug`, publisherName } : null,
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

function renderPage(figures = FIGURES, path = '/admin/analytics') {
  render(
    <MockedProvider mocks={[{ request: { query: Query, variables: { from: '2026-11-01T00:00:00.000Z', to: '2026-12-01T00:00:00.000Z' } }, result: { data: { platformAnalytics: figures } } }]}>
      <MemoryRouter initialEntries={[`${path}?from=2026-11-01&to=2026-11-30`]}>
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

  it('tells apart two partners\' solutions of the same name, in the table and the CSV', async () => {
    renderPage({
      ...FIGURES,
      popularSolutions: [
        rank('sol_a', 'Summarizer', 300, 3, 0, 'Acme'),
        rank('sol_b', 'Summarizer', 200, 2, 0, 'Zen Labs'),
        rank('sol_c', 'Summarizer', 100, 1, 0, 'Zen Labs'),
        rank('sol_d', 'Translator', 50, 1, 0, 'Zen Labs'),
      ],
    });
    const table = await screen.findByRole('table', { name: /^Popular solutions by/ }, { timeout: 8000 });
    const names = within(table).getAllByRole('row').slice(1).map((row) => row.children[1]!.textContent);
    expect(names).toEqual(['Summarizer (Acme)', 'Summarizer (b-slug)', 'Summarizer (c-slug)', 'Translator']);

    fireEvent.click(screen.getByRole('button', { name: 'Export as CSV' }));
    const lines = saved[0]!.text.split('\r\n');
    const popular = lines.slice(lines.indexOf('rank,solution_id,solution_slug,solution,calls,customers,revenue_paise') + 1).slice(0, 4);
    expect(popular).toEqual([
      '1,sol_a,a-slug,Summarizer (Acme),300,3,0',
      '2,sol_b,b-slug,Summarizer (b-slug),200,2,0',
      '3,sol_c,c-slug,Summarizer (c-slug),100,1,0',
      '4,sol_d,d-slug,Translator,50,1,0',
    ]);
  });

  it('is titled for the admin console under /admin, and without "Admin" at /analytics, where analysts read it', async () => {
    renderPage(FIGURES, '/admin/analytics');
    await screen.findByRole('heading', { name: 'Popular solutions' }, { timeout: 8000 });
    expect(document.title).toBe('Platform analytics · Admin · Marketplace');
    cleanup();
    renderPage(FIGURES, '/analytics');
    await screen.findByRole('heading', { name: 'Popular solutions' }, { timeout: 8000 });
    expect(document.title).toBe('Platform analytics · Marketplace');
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
