// @vitest-environment jsdom
import { ApolloClient, ApolloLink, InMemoryCache } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { cleanup, render, screen, within } from '@testing-library/react';
import { of } from 'rxjs';
import { afterEach, describe, expect, it } from 'vitest';
import { SolutionCustomersPanel } from './SolutionCustomersPanel';

afterEach(cleanup);

const customer = (userId: string, name: string, email: string | null, tier: string, used: number, limit: number) => ({
  __typename: 'SolutionCustomer',
  userId,
  user: { __typename: 'User', id: userId, name },
  email,
  activeKeys: 1,
  firstKeyAt: '2026-03-02T10:00:00.000Z',
  usage: { __typename: 'SolutionUsage', tier, used, limit, windowKind: tier === 'REGISTERED' ? 'TRIAL' : 'MONTHLY' },
});

function gateway() {
  const requests: { name: string; variables: Record<string, any> }[] = [];
  const link = new ApolloLink((operation) => {
    requests.push({ name: operation.operationName ?? '', variables: operation.variables as Record<string, any> });
    if (operation.operationName === 'SolutionCustomersPanel_Endpoints') {
      return of({
        data: {
          analytics: {
            __typename: 'AnalyticsResult',
            truncated: false,
            rows: [
              { __typename: 'AnalyticsRow', dimensions: ['GET /v1/rates'], metrics: [1200, 1200] },
              { __typename: 'AnalyticsRow', dimensions: ['POST /v1/convert'], metrics: [2500000, 5000000] },
              { __typename: 'AnalyticsRow', dimensions: ['-'], metrics: [7, 7] },
            ],
          },
        },
      });
    }
    return of({
      data: {
        solutionCustomers: {
          __typename: 'SolutionCustomerConnection',
          nodes: [customer('usr_a', 'Asha Rao', null, 'PRO', 2500000, 10000000), customer('usr_b', 'Bilal Khan', 'bilal@example.com', 'REGISTERED', 1, 100)],
          pageInfo: { __typename: 'PageInfo', endCursor: 'c', hasNextPage: false },
        },
      },
    });
  });
  return { client: new ApolloClient({ link, cache: new InMemoryCache() }), requests };
}

describe("the partner's customers panel", () => {
  it('lists name, tier and usage this period, an email only where the server gives one (consent), and calls by endpoint', async () => {
    const g = gateway();
    render(
      <ApolloProvider client={g.client}>
        <SolutionCustomersPanel solutionId="sol_1" />
      </ApolloProvider>,
    );
    const table = await screen.findByRole('table', { name: 'Customers of this solution' });
    const rows = within(table).getAllByRole('row').slice(1).map((row) => row.textContent);
    expect(rows[0]).toContain('Asha Rao');
    expect(rows[0]).toContain('Pro');
    expect(rows[0]).toContain('25,00,000 of 1,00,00,000');
    expect(rows[0]).not.toContain('@');
    expect(rows[1]).toContain('bilal@example.com');
    expect(rows[1]).toContain('1 of 100 (trial)');
    const endpoints = await screen.findByRole('table', { name: 'Calls by endpoint this month' });
    // Busiest endpoint first.
    expect(within(endpoints).getAllByRole('row')[1]!.textContent).toContain('POST /v1/convert');
    // Calls without an endpoint, in the words the customer's dashboard uses too.
    expect(within(endpoints).getByText('Not named by the solution')).toBeTruthy();
    const analytics = g.requests.find((r) => r.name === 'SolutionCustomersPanel_Endpoints')!;
    expect(analytics.variables.input).toMatchObject({ dataset: 'CALLS', scope: 'PARTNER', filter: { field: 'solution', op: 'eq', value: 'sol_1' }, dimensions: ['endpoint'] });
    expect(g.requests.find((r) => r.name === 'SolutionCustomersPanel_Query')!.variables).toMatchObject({ solutionId: 'sol_1' });
  });
});
