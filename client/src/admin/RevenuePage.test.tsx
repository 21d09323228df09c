// @vitest-environment jsdom
import { MockedProvider } from '@apollo/client/testing/react';
import { cleanup, render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import RevenuePage, { RevenuePage_Query as Query } from './RevenuePage';

afterEach(cleanup);

const money = (paise: number) => ({ paise, currency: 'INR' });
const row = (month: string, partnerId: string, solution: { id: string; name: string; slug: string; publisherName: string }, grossPaise: number) => ({
  month,
  partnerId,
  solution,
  gross: money(grossPaise),
  gst: money(0),
  platformFee: money(grossPaise / 10),
  partnerNet: money(grossPaise - grossPaise / 10),
  payments: 1,
  subscribers: 1,
});
const ACME = { id: 'sol_a', name: 'Summarizer', slug: 'acme-summarizer', publisherName: 'Acme' };
const ZEN = { id: 'sol_z', name: 'Summarizer', slug: 'zen-summarizer', publisherName: 'Zen Labs' };

describe("the admin's revenue by solution", { timeout: 20_000 }, () => {
  it('tells apart two partners\' solutions of the same name', async () => {
    const rows = [row('2026-10', 'usr_acme', ACME, 10_000), row('2026-11', 'usr_acme', ACME, 10_000), row('2026-11', 'usr_zen', ZEN, 50_000)];
    render(
      <MockedProvider mocks={[{ request: { query: Query, variables: { from: '2026-10', to: '2026-11' } }, result: { data: { platformRevenue: rows } } }]}>
        <MemoryRouter initialEntries={['/admin/revenue?by=solution&from=2026-10&to=2026-11']}>
          <RevenuePage />
        </MemoryRouter>
      </MockedProvider>,
    );
    const table = await screen.findByRole('table', { name: 'Revenue by solution' }, { timeout: 8000 });
    const cells = within(table).getAllByRole('row').slice(1).map((each) => [each.children[0]!.textContent, each.children[1]!.textContent]);
    expect(cells).toEqual([
      ['Summarizer (Acme)', '₹200'],
      ['Summarizer (Zen Labs)', '₹500'],
    ]);
  });
});
