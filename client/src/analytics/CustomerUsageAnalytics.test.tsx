// @vitest-environment jsdom
import { MockedProvider } from '@apollo/client/testing/react';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CustomerUsageAnalytics, CustomerUsageAnalytics_Query as Query } from './CustomerUsageAnalytics';

const saved = vi.hoisted(() => [] as { text: string; name: string }[]);
vi.mock('../format/csv', async (original) => ({
  ...(await original<typeof import('../format/csv')>()),
  saveCsv: (text: string, name: string) => saved.push({ text, name }),
}));

afterEach(() => {
  cleanup();
  saved.length = 0;
});

const hourOfDay = Array.from({ length: 24 }, (_, h) => (h === 9 ? 1 : h === 14 ? 40 : 0));
const FIGURES = {
  calls: 41,
  daily: [
    { day: '2026-11-28T00:00:00.000Z', outcome: 'VALID', calls: 38 },
    { day: '2026-11-29T00:00:00.000Z', outcome: 'RATE_LIMITED', calls: 3 },
  ],
  byKey: [{ keyId: 'key_1', calls: 40, refused: 3 }, { keyId: 'key_old', calls: 1, refused: 0 }],
  byEndpoint: [{ endpoint: 'GET /v1/rates', calls: 40, refused: 3 }, { endpoint: '-', calls: 1, refused: 0 }],
  hourOfDay,
  tierHistory: [
    { time: '2026-11-20T10:00:00.000Z', change: 'subscription.changed', tier: 'ENTERPRISE', previousTier: 'PRO' },
    { time: '2026-11-02T10:00:00.000Z', change: 'subscription.started', tier: 'PRO', previousTier: null },
  ],
  freshAt: '2026-11-30T09:59:00.000Z',
};
const variables = (from: string, to: string) => ({ solutionId: 'sol_1', from: `${from}T00:00:00.000Z`, to });

function renderPanel(mocks: object[]) {
  render(
    <MockedProvider mocks={mocks as never}>
      <MemoryRouter initialEntries={['/dashboard/fx-rates?from=2026-11-28&to=2026-11-29']}>
        <CustomerUsageAnalytics solutionId="sol_1" solutionSlug="fx-rates" keys={[{ id: 'key_1', name: 'Production', prefix: 'mk_live_ab12' }]} />
      </MemoryRouter>
    </MockedProvider>,
  );
}

describe("a customer's usage over time", { timeout: 20_000 }, () => {
  it('names keys, endpoints, the busiest hour and the tier history, and exports it all as CSV', async () => {
    renderPanel([{ request: { query: Query, variables: variables('2026-11-28', '2026-11-30T00:00:00.000Z') }, result: { data: { myAnalytics: FIGURES } } }]);
    const keys = await screen.findByRole('table', { name: 'Calls by key' }, { timeout: 8000 });
    expect(within(keys).getAllByRole('row').slice(1).map((row) => row.children[0]!.textContent)).toEqual(['Production (mk_live_ab12…)', 'Deleted key key_old']);
    expect(within(screen.getByRole('table', { name: 'Calls by endpoint' })).getByText('Not named by the solution')).toBeTruthy();
    expect(screen.getByRole('img', { name: 'Calls by hour of day (UTC). Busiest hour: 14:00 UTC (40 calls).' })).toBeTruthy();
    expect(screen.getByRole('img', { name: /2 days, 92\.7% allowed/ })).toBeTruthy();
    const history = screen.getByRole('table', { name: 'Tier history' });
    expect(within(history).getByText('Pro → Enterprise')).toBeTruthy();
    expect(within(history).getByText('Subscribed')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Export as CSV' }));
    expect(saved[0]!.name).toBe('usage-fx-rates-2026-11-28-to-2026-11-29.csv');
    const lines = saved[0]!.text.split('\r\n');
    expect(lines).toEqual(expect.arrayContaining(['day,VALID,RATE_LIMITED', '2026-11-29,0,3', 'key_1,Production (mk_live_ab12…),40,3', 'GET /v1/rates,40,3', '14:00,40']));
    expect(lines).toContain('2026-11-20T10:00:00.000Z,subscription.changed,ENTERPRISE,PRO');
  });

  it('says in words that the range had no calls ("No calls in …", not "between 28 Nov – 29 Nov")', async () => {
    const none = { ...FIGURES, calls: 0, daily: [], byKey: [], byEndpoint: [], hourOfDay: Array(24).fill(0), tierHistory: [] };
    renderPanel([{ request: { query: Query, variables: variables('2026-11-28', '2026-11-30T00:00:00.000Z') }, result: { data: { myAnalytics: none } } }]);
    expect(await screen.findByText(/^No calls in /, undefined, { timeout: 8000 })).toBeTruthy();
    expect(screen.queryByText(/^No calls between/)).toBeNull();
  });

  it("sends a range typed in the picker and shows the server's message when it refuses it", async () => {
    renderPanel([
      { request: { query: Query, variables: variables('2026-11-28', '2026-11-30T00:00:00.000Z') }, result: { data: { myAnalytics: FIGURES } } },
      {
        request: { query: Query, variables: variables('2024-01-01', '2026-11-30T00:00:00.000Z') },
        result: { errors: [new GraphQLError('The range is longer than 400 days: narrow it.', { extensions: { code: 'BAD_USER_INPUT', field: 'to' } })] },
      },
    ]);
    await screen.findByRole('table', { name: 'Calls by key' }, { timeout: 8000 });
    fireEvent.change(screen.getByLabelText('From (UTC)'), { target: { value: '2024-01-01' } });
    fireEvent.click(screen.getByRole('button', { name: 'Show' }));
    const alert = await screen.findByRole('alert', undefined, { timeout: 8000 });
    expect(alert.textContent).toContain('The range is longer than 400 days: narrow it.');
    expect((screen.getByLabelText('From (UTC)') as HTMLInputElement).value).toBe('2024-01-01');
    expect(screen.queryByRole('table', { name: 'Calls by key' })).toBeNull(); // nothing partial stays on screen as if it were the answer
  });
});
