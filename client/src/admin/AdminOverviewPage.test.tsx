// @vitest-environment jsdom
import { MockedProvider } from '@apollo/client/testing/react';
import { cleanup, render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import AdminOverviewPage, { AdminOverviewPage_Queues as Queues, AdminOverviewPage_Suspended as Suspended } from './AdminOverviewPage';

afterEach(cleanup);

const page = (n: number, hasNextPage = false) => ({ nodes: Array.from({ length: n }, (_, i) => ({ id: `id_${i}` })), pageInfo: { hasNextPage } });

describe("the admin console's overview", { timeout: 20_000 }, () => {
  it('counts in words that agree with the figure: "1 partner application pending", "0 users suspended", "100+ …"', async () => {
    render(
      <MockedProvider
        mocks={[
          { request: { query: Queues }, result: { data: { partnerApplications: page(1), reviewQueue: page(100, true) } } },
          { request: { query: Suspended }, result: { data: { suspendedSolutions: page(1), suspendedUsers: page(0) } } },
        ]}
      >
        <MemoryRouter>
          <AdminOverviewPage />
        </MemoryRouter>
      </MockedProvider>,
    );
    await screen.findByText('partner application pending', undefined, { timeout: 8000 });
    const stats = [...document.querySelectorAll('.admin-stat')].map((stat) => `${stat.children[0]!.textContent} ${stat.children[1]!.textContent}`);
    expect(stats).toEqual(['1 partner application pending', '100+ solutions waiting for review', '1 solution suspended', '0 users suspended']);
  });
});
