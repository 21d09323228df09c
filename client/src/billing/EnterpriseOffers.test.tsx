// @vitest-environment jsdom
import { MockedProvider } from '@apollo/client/testing/react';
import { cleanup, render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { AuthProvider } from '../auth/AuthContext';
import type { EnterpriseOffers_OfferFragment as Offer } from '../gql/graphql';
import { EnterpriseOffers } from './EnterpriseOffers';

afterEach(cleanup);

const offer = (id: string, solution: { id: string; name: string; slug: string; publisherName: string }) =>
  ({
    id,
    status: 'OPEN',
    price: { paise: 4_999_900, currency: 'INR' },
    callAllowance: 1_000_000,
    ratePerSecond: 50,
    expiresAt: '2026-12-31T23:59:59.999Z',
    solution,
  }) as Offer;

describe("a customer's Enterprise offers", () => {
  it('tell apart two partners’ solutions of the same name, and name a solution alone where it is the only one', () => {
    const offers = [
      offer('eof_1', { id: 'sol_a', name: 'Summarizer', slug: 'acme-summarizer', publisherName: 'Acme' }),
      offer('eof_2', { id: 'sol_z', name: 'Summarizer', slug: 'zen-summarizer', publisherName: 'Zen Labs' }),
      offer('eof_3', { id: 'sol_t', name: 'Translator', slug: 'translator', publisherName: 'Acme' }),
    ];
    render(
      <MockedProvider mocks={[]}>
        <MemoryRouter>
          <AuthProvider>
            <EnterpriseOffers offers={offers} />
          </AuthProvider>
        </MemoryRouter>
      </MockedProvider>,
    );
    expect(screen.getAllByRole('heading', { level: 3 }).map((heading) => heading.textContent)).toEqual(['Summarizer (Acme)', 'Summarizer (Zen Labs)', 'Translator']);
  });
});
