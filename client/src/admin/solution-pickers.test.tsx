// @vitest-environment jsdom
import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { cleanup, render, screen, within } from '@testing-library/react';
import type { ReactNode } from 'react';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CommissionSettings, CommissionSettings_Query } from './CommissionSettings';
import { EnterpriseOffersAdmin, EnterpriseOffersAdmin_Query } from './EnterpriseOffersAdmin';
import { GrantTierForm, GrantTierForm_Solutions } from './GrantTierForm';
import { UserSolutions, UserSolutions_Query, UserSolutions_Usage } from './UserSolutions';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

// Two partners sell a "Summarizer"; only one solution is called "Translator".
const ACME = { id: 'sol_a', name: 'Summarizer', slug: 'acme-summarizer', publisherName: 'Acme' };
const ZEN = { id: 'sol_z', name: 'Summarizer', slug: 'zen-summarizer', publisherName: 'Zen Labs' };
const TRANSLATOR = { id: 'sol_t', name: 'Translator', slug: 'translator', publisherName: 'Acme' };
const PUBLISHED = { nodes: [ACME, ZEN, TRANSLATOR] };

function renderWith(mocks: MockLink.MockedResponse[], ui: ReactNode) {
  render(
    <MockedProvider mocks={mocks}>
      <MemoryRouter>{ui}</MemoryRouter>
    </MockedProvider>,
  );
}

const optionsOf = (select: HTMLElement) => within(select).getAllByRole('option').map((option) => option.textContent);
const solutionCells = (table: HTMLElement) => within(table).getAllByRole('row').slice(1).map((row) => row.children[0]!.textContent);

describe("the admin's solution pickers tell same-named solutions apart", { timeout: 20_000 }, () => {
  it('commission settings: the picker and the per-solution fees name the partner', async () => {
    const settings = { defaultPercentBps: 2000, solutions: [{ percentBps: 1500, solution: ZEN }] };
    renderWith(
      [{ request: { query: CommissionSettings_Query }, result: { data: { commissionSettings: settings, adminSolutions: PUBLISHED } } }],
      <CommissionSettings />,
    );
    const form = await screen.findByRole('form', { name: 'Per-solution platform fee' }, { timeout: 8000 });
    expect(optionsOf(within(form).getByLabelText('Solution'))).toEqual(['Choose a solution…', 'Summarizer (Acme)', 'Summarizer (Zen Labs)', 'Translator']);
    expect(solutionCells(screen.getByRole('table', { name: 'Per-solution platform fees' }))).toEqual(['Summarizer (Zen Labs)']);
  });

  it('enterprise offers: the picker and the offers table name the partner', async () => {
    const offer = {
      id: 'eof_1',
      status: 'OPEN',
      price: { paise: 4_999_900, currency: 'INR' },
      callAllowance: 1_000_000,
      ratePerSecond: 50,
      expiresAt: '2026-12-31T23:59:59.999Z',
      createdAt: '2026-12-01T00:00:00.000Z',
      solution: ACME,
      user: { id: 'usr_1', name: 'Asha', email: 'asha@example.com' },
    };
    renderWith(
      [{ request: { query: EnterpriseOffersAdmin_Query }, result: { data: { enterpriseOffers: [offer], adminSolutions: PUBLISHED, platformTierSettings: { tiers: [] } } } }],
      <EnterpriseOffersAdmin />,
    );
    const table = await screen.findByRole('table', { name: 'Enterprise offers' }, { timeout: 8000 });
    expect(within(table).getAllByRole('row')[1]!.children[1]!.textContent).toBe('Summarizer (Acme)');
    const form = screen.getByRole('form', { name: 'New Enterprise offer' });
    expect(optionsOf(within(form).getByLabelText('Solution'))).toEqual(['Choose a solution…', 'Summarizer (Acme)', 'Summarizer (Zen Labs)', 'Translator']);
  });

  it('granting a tier: the search results name the partner only where names repeat', async () => {
    renderWith(
      [{ request: { query: GrantTierForm_Solutions, variables: { search: null } }, result: { data: { solutions: PUBLISHED } } }],
      <GrantTierForm userId="usr_1" />,
    );
    const select = await screen.findByRole('combobox', { name: 'Solution' }, { timeout: 8000 });
    expect(optionsOf(select)).toEqual(['Choose a solution…', 'Summarizer (Acme)', 'Summarizer (Zen Labs)', 'Translator']);
  });

  it('granting a tier: the end date picker offers only the days grantTier accepts', async () => {
    // 14:00 UTC: two years on is 2028-12-02 14:00, so 2028-12-02 (ending at 23:59:59.999) would be refused.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-12-02T14:00:00.000Z'));
    renderWith(
      [{ request: { query: GrantTierForm_Solutions, variables: { search: null } }, result: { data: { solutions: PUBLISHED } } }],
      <GrantTierForm userId="usr_1" />,
    );
    const picker = (await screen.findByLabelText('Ends on (optional)', undefined, { timeout: 8000 })) as HTMLInputElement;
    expect([picker.min, picker.max]).toEqual(['2026-12-02', '2028-12-01']);
  });

  it("a user's solutions: the headings and key tables name the partner where names repeat", async () => {
    const key = (id: string, solution: typeof ACME) => ({
      id,
      name: 'Main',
      prefix: 'mk_live_ab',
      status: 'ACTIVE',
      createdAt: '2026-11-01T00:00:00.000Z',
      lastUsedAt: null,
      expiresAt: null,
      revokedAt: null,
      solution,
    });
    const user = { id: 'usr_1', keys: [key('key_1', ACME), key('key_2', ZEN), key('key_3', TRANSLATOR)], subscriptions: [] };
    const usage = (solutionId: string): MockLink.MockedResponse => ({
      request: { query: UserSolutions_Usage, variables: { id: 'usr_1', solutionId } },
      result: { data: { user: { id: 'usr_1', usage: { solutionId, tier: 'REGISTERED', used: 3, limit: 100, windowKind: 'TRIAL', windowEnd: null, trialEnded: false } }, tierGrants: [] } },
    });
    renderWith(
      [{ request: { query: UserSolutions_Query, variables: { id: 'usr_1' } }, result: { data: { user } } }, ...[ACME, ZEN, TRANSLATOR].map((each) => usage(each.id))],
      <UserSolutions userId="usr_1" />,
    );
    await screen.findByRole('heading', { name: 'Summarizer (Acme)' }, { timeout: 8000 });
    expect(screen.getAllByRole('heading', { level: 3 }).map((heading) => heading.textContent)).toEqual(['Summarizer (Acme)', 'Summarizer (Zen Labs)', 'Translator']);
    expect(screen.getByRole('table', { name: 'Keys for Summarizer (Zen Labs)' })).toBeTruthy();
  });
});
