// @vitest-environment jsdom
import { MockedProvider } from '@apollo/client/testing/react';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { MemoryRouter, Route, Routes } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import SolutionAnalyticsPage, { SolutionAnalyticsPage_Health as Health, SolutionAnalyticsPage_Query as Figures, SolutionAnalyticsPage_Solution as Solution } from './SolutionAnalyticsPage';

const saved = vi.hoisted(() => [] as { text: string; name: string }[]);
vi.mock('../format/csv', async (original) => ({
  ...(await original<typeof import('../format/csv')>()),
  saveCsv: (text: string, name: string) => saved.push({ text, name }),
}));

afterEach(() => {
  cleanup();
  saved.length = 0;
});

const SOLUTION = { id: 'sol_1', slug: 'fx-rates', name: 'FX Rates' };
const FIGURES = {
  calls: 1234,
  daily: [
    { day: '2026-11-02T00:00:00.000Z', outcome: 'VALID', calls: 1200 },
    { day: '2026-11-03T00:00:00.000Z', outcome: 'QUOTA_EXCEEDED', calls: 34 },
  ],
  tiers: [
    { tier: 'REGISTERED', callers: 4, calls: 1000 },
    { tier: 'ANONYMOUS', callers: 5, calls: 230 },
    { tier: null, callers: 1, calls: 4 },
  ],
  revenuePaise: 235_764,
  commissionPaise: 39_960,
  uniqueConsumers: 4,
  uniqueAnonymous: 5,
  funnel: { anonymous: 5, registered: 3, paid: 2, registeredRate: 0.6, paidRate: 2 / 3, medianSecondsToRegister: 86_400, medianSecondsToPay: 1.5 * 86_400 },
  topConsumers: [{ consumer: 'cons_0123456789abcdefghij', calls: 700 }],
  leads: { at80: 2, at100: 1, consumers: [{ consumer: 'cons_zzz', tier: 'REGISTERED', reached: 100 }, { consumer: 'cons_yyy', tier: 'PRO', reached: 80 }] },
  freshAt: '2026-11-30T10:00:00.000Z',
};
const RANGE = { from: '2026-11-01T00:00:00.000Z', to: '2026-12-01T00:00:00.000Z' };
/** Two days of checks: all 1,440 passed on 2 Nov, 1,368 of 1,440 on 3 Nov (95 %); the p95 of passing checks each day. */
const HEALTH = {
  uptime: { rows: [{ dimensions: ['2026-11-02T00:00:00.000Z'], metrics: [1440, 1440] }, { dimensions: ['2026-11-03T00:00:00.000Z'], metrics: [1440, 1368] }] },
  latency: { rows: [{ dimensions: ['2026-11-02T00:00:00.000Z'], metrics: [180.4] }, { dimensions: ['2026-11-03T00:00:00.000Z'], metrics: [1250] }] },
};

function renderPage(result: object, health: object = { data: { uptime: { rows: [] }, latency: { rows: [] } } }) {
  render(
    <MockedProvider
      mocks={[
        { request: { query: Solution, variables: { id: 'sol_1' } }, result: { data: { solutionById: SOLUTION } } },
        { request: { query: Figures, variables: { solutionId: 'sol_1', ...RANGE } }, result },
        { request: { query: Health, variables: { solution: 'sol_1', ...RANGE } }, result: health },
      ]}
    >
      <MemoryRouter initialEntries={[`/partner/solutions/sol_1/analytics?from=2026-11-01&to=2026-11-30`]}>
        <Routes>
          <Route path="/partner/solutions/:id/analytics" element={<SolutionAnalyticsPage />} />
        </Routes>
      </MemoryRouter>
    </MockedProvider>,
  );
}

describe("a partner's Analytics page", { timeout: 20_000 }, () => {
  it('shows the figures in one number format, the funnel with rates and times, leads, freshness, and a named chart with its table', async () => {
    renderPage({ data: { solutionAnalytics: FIGURES } });
    await screen.findByRole('heading', { level: 1, name: 'Analytics of FX Rates' }, { timeout: 8000 });
    await screen.findByText('1,234', undefined, { timeout: 8000 });
    expect(screen.getByText(/^Data as of/).textContent).toMatch(/30 Nov.*10:00/);
    expect(screen.getByText('₹2,357.64')).toBeTruthy();
    // The funnel: each step's people, share of the step before and median time, in words.
    const funnel = screen.getByRole('list');
    expect(within(funnel).getByText(/60% of the step before · median 1 day to get here/)).toBeTruthy();
    expect(within(funnel).getByText(/66.7% of the step before · median 1.5 days to get here/)).toBeTruthy();
    // The chart is named (what it shows, with totals) and its numbers are a table behind a named control.
    expect(screen.getByRole('img', { name: /Calls per day by outcome\. 1,234 calls over 30 days, 97\.2% allowed\./ })).toBeTruthy();
    const table = screen.getByRole('table', { name: 'Calls per day by outcome', hidden: true });
    expect(within(table).getAllByRole('row', { hidden: true })).toHaveLength(31);
    expect(screen.getByText('Table of calls per day by outcome').tagName).toBe('SUMMARY');
    // Tier adoption with shares, pseudonymous consumers shortened, leads at 80 and 100 %.
    const tiers = screen.getByRole('table', { name: 'Tier adoption' });
    expect(within(tiers).getByText('81%')).toBeTruthy();
    // GraphQL's Tier enum in words, and a null tier for calls refused before one applied.
    expect(within(tiers).getByText('Registered')).toBeTruthy();
    expect(within(tiers).getByText('None (refused before a tier applied)')).toBeTruthy();
    expect(screen.getByTitle('cons_0123456789abcdefghij').textContent).toBe('cons_01234567…');
    expect(screen.getByText('100 %: refused by the quota')).toBeTruthy();
    // Leads' tiers are the Tier enum too, shown in words.
    const leads = screen.getByRole('table', { name: /^Leads/ });
    expect(within(leads).getAllByRole('row').slice(1).map((row) => row.children[1]!.textContent)).toEqual(['Registered', 'Pro']);
  });

  it('exports what is shown as CSV, every section with its numbers', async () => {
    renderPage({ data: { solutionAnalytics: FIGURES } });
    await screen.findByText('1,234', undefined, { timeout: 8000 });
    fireEvent.click(screen.getByRole('button', { name: 'Export as CSV' }));
    expect(saved).toHaveLength(1);
    expect(saved[0]!.name).toBe('analytics-fx-rates-2026-11-01-to-2026-11-30.csv');
    const lines = saved[0]!.text.split('\r\n');
    expect(lines).toContain('1234,4,5,235764,39960,2,1');
    expect(lines).toContain('day,VALID,QUOTA_EXCEEDED');
    expect(lines).toContain('2026-11-03,0,34');
    expect(lines).toContain('"Registered (same client, with a key)",3,0.6,86400');
    expect(lines).toContain('cons_zzz,REGISTERED,100');
    expect(lines).toContain('REGISTERED,4,1000');
    expect(lines).toContain(',1,4'); // no tier: refused before one applied
  });

  it('shows uptime and p95 latency per day from the health checks, as named charts with tables, and exports them', async () => {
    renderPage({ data: { solutionAnalytics: FIGURES } }, { data: HEALTH });
    const uptime = await screen.findByRole('img', { name: /^Uptime per day\. 2,880 checks, 97\.5% passed\.$/ }, { timeout: 8000 });
    expect(uptime).toBeTruthy();
    expect(screen.getByRole('img', { name: /^p95 latency per day\. Of passing checks; the slowest day's p95 was 1,250 ms \(3 Nov\)\.$/ })).toBeTruthy();
    const table = screen.getByRole('table', { name: 'Uptime per day', hidden: true });
    const rows = within(table).getAllByRole('row', { hidden: true });
    expect(rows).toHaveLength(31);
    expect(rows.find((r) => r.textContent?.startsWith('2026-11-03'))!.textContent).toBe('2026-11-031,4401,36895.00 %');
    // A day without checks has no uptime (not 0 %).
    expect(rows.find((r) => r.textContent?.startsWith('2026-11-04'))!.textContent).toBe('2026-11-0400—');
    fireEvent.click(screen.getByRole('button', { name: 'Export as CSV' }));
    const lines = saved[0]!.text.split('\r\n');
    expect(lines).toContain('day,checks,checks_up,uptime_percent,p95_latency_ms');
    expect(lines).toContain('2026-11-02,1440,1440,100.00,180');
    expect(lines).toContain('2026-11-03,1440,1368,95.00,1250');
    expect(lines).toContain('2026-11-05,0,0,,');
  });

  it('says so when the solution had no health checks in the range', async () => {
    renderPage({ data: { solutionAnalytics: FIGURES } });
    expect(await screen.findByText('No health checks in this range.', undefined, { timeout: 8000 })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'health URL' }).getAttribute('href')).toBe('/partner/solutions/sol_1/health');
  });

  it("shows the server's own message for a range it refuses, and keeps the range form to fix it", async () => {
    renderPage({ errors: [new GraphQLError('The range is longer than 400 days: narrow it.', { extensions: { code: 'BAD_USER_INPUT', field: 'to' } })] });
    const alert = await screen.findByRole('alert', undefined, { timeout: 8000 });
    expect(alert.textContent).toContain('The range is longer than 400 days: narrow it.');
    expect(screen.getByRole('form', { name: 'Analytics date range' })).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Export as CSV' }) as HTMLButtonElement).disabled).toBe(true);
  });
});
