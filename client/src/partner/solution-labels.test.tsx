// @vitest-environment jsdom
import { MockedProvider } from '@apollo/client/testing/react';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import PartnerRevenuePage, { PartnerRevenuePage_Query, PartnerRevenuePage_Solutions } from './PartnerRevenuePage';
import { PartnerSolutions, PartnerSolutions_Query } from './PartnerSolutions';

afterEach(cleanup);

const money = (paise: number) => ({ paise, currency: 'INR' });
// One partner, two solutions it named alike: only the slug tells them apart.
const SEARCH = { id: 'sol_1', name: 'Search', slug: 'search' };
const SEARCH_V2 = { id: 'sol_2', name: 'Search', slug: 'search-v2' };
const row = (solution: typeof SEARCH) => ({
  month: '2026-11',
  solution,
  gross: money(11_800),
  gst: money(1_800),
  platformFee: money(2_000),
  partnerNet: money(8_000),
  payments: 1,
  subscribers: 1,
});

describe("the partner's revenue", { timeout: 20_000 }, () => {
  it('tells apart two of its solutions of the same name, in the filter and in the table', async () => {
    render(
      <MockedProvider
        mocks={[
          { request: { query: PartnerRevenuePage_Solutions }, result: { data: { mySolutions: [SEARCH, SEARCH_V2] } } },
          {
            request: { query: PartnerRevenuePage_Query, variables: { solutionId: null, from: '2026-10', to: '2026-11' } },
            result: { data: { partnerRevenue: [row(SEARCH), row(SEARCH_V2)] } },
          },
          {
            request: { query: PartnerRevenuePage_Query, variables: { solutionId: 'sol_2', from: '2026-10', to: '2026-11' } },
            result: { data: { partnerRevenue: [row(SEARCH_V2)] } },
          },
        ]}
      >
        <MemoryRouter initialEntries={['/partner/revenue?from=2026-10&to=2026-11']}>
          <PartnerRevenuePage />
        </MemoryRouter>
      </MockedProvider>,
    );
    const table = await screen.findByRole('table', { name: 'Revenue by solution and month' }, { timeout: 8000 });
    expect(within(table).getAllByRole('row').slice(1).map((each) => each.children[1]!.textContent)).toEqual(['Search (search)', 'Search (search-v2)']);
    const filter = screen.getByRole('combobox', { name: 'Solution' });
    expect(within(filter).getAllByRole('option').map((option) => option.textContent)).toEqual(['All solutions', 'Search (search)', 'Search (search-v2)']);

    // Choosing one in the filter puts it in the URL, and the table shows its revenue alone, still named apart.
    fireEvent.change(filter, { target: { value: 'sol_2' } });
    await waitFor(() => expect(within(screen.getByRole('table', { name: 'Revenue by solution and month' })).getAllByRole('row')).toHaveLength(2));
    expect(within(screen.getByRole('table', { name: 'Revenue by solution and month' })).getAllByRole('row')[1]!.children[1]!.textContent).toBe('Search (search-v2)');
  });
});

describe("the partner's solutions", { timeout: 20_000 }, () => {
  it('tells apart two of its solutions of the same name by slug', async () => {
    const solution = (each: typeof SEARCH) => ({
      ...each,
      summary: 'Search the web.',
      category: 'Search',
      status: 'PUBLISHED',
      reviewReason: null,
      updatedAt: '2026-11-01T00:00:00.000Z',
      healthStatus: 'UP',
    });
    render(
      <MockedProvider mocks={[{ request: { query: PartnerSolutions_Query }, result: { data: { mySolutions: [solution(SEARCH), solution(SEARCH_V2)] } } }]}>
        <MemoryRouter>
          <PartnerSolutions />
        </MemoryRouter>
      </MockedProvider>,
    );
    const table = await screen.findByRole('table', { name: 'Your solutions' }, { timeout: 8000 });
    expect(within(table).getAllByRole('strong').map((name) => name.textContent)).toEqual(['Search (search)', 'Search (search-v2)']);
    expect(screen.getByRole('link', { name: 'Analytics of Search (search-v2)' })).toBeTruthy();
  });
});
