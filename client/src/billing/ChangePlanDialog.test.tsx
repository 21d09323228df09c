// @vitest-environment jsdom
import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AuthProvider } from '../auth/AuthContext';
import { formatDate } from '../format/format';
import { ChangePlanDialog, ChangePlanDialog_Change as Change, ChangePlanDialog_Preview as Preview, type ChangePlanTarget } from './ChangePlanDialog';
import { browser } from './CheckoutButton';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const money = (paise: number) => ({ __typename: 'Money' as const, paise, currency: 'INR' });
const TARGET: ChangePlanTarget = { subscriptionId: 'bsub_1', solutionName: 'Summarizer', currentTier: 'PRO', tiers: ['ENTERPRISE'] };
const VARIABLES = { subscriptionId: 'bsub_1', toTier: 'ENTERPRISE' };

/** Half a month left: ₹499.50 credit for Pro, ₹2,499.50 for Enterprise, GST on the difference. */
const preview = (total: number, extra: Partial<Record<'credit' | 'charge' | 'taxable' | 'gst', number>> = {}) => ({
  data: {
    planChangePreview: {
      __typename: 'PlanChangePreview' as const,
      subscriptionId: 'bsub_1',
      toTier: 'ENTERPRISE' as const,
      credit: money(extra.credit ?? 49_950),
      charge: money(extra.charge ?? 249_950),
      taxable: money(extra.taxable ?? 200_000),
      gst: money(extra.gst ?? 36_000),
      total: money(total),
      effectiveAt: new Date(Date.now() - 1000).toISOString(),
    },
  },
});

const changed = (checkoutUrl: string | null) => ({
  data: {
    changePlan: {
      __typename: 'PlanChange' as const,
      subscription: { __typename: 'BillingSubscription' as const, id: 'bsub_2', tier: 'ENTERPRISE' as const, status: 'CREATED' as const, scheduledTier: null, nextChargeAt: null },
      checkout: checkoutUrl ? { __typename: 'CheckoutSession' as const, checkoutUrl } : null,
    },
  },
});

function renderDialog(mocks: MockLink.MockedResponse[], onChanged = vi.fn(), onClose = vi.fn()) {
  render(
    <MockedProvider mocks={mocks}>
      <AuthProvider>
        <ChangePlanDialog target={TARGET} onClose={onClose} onChanged={onChanged} />
      </AuthProvider>
    </MockedProvider>,
  );
  return { onChanged, onClose, dialog: screen.getByRole('dialog', { name: 'Change plan: Summarizer' }) };
}

const amount = (dialog: HTMLElement, label: RegExp) => within(dialog).getByText(label).nextElementSibling?.textContent;

describe('ChangePlanDialog', { timeout: 20_000 }, () => {
  it('shows the server’s preview — credit, charge, GST, total — and confirms with the total it showed, then goes to pay', async () => {
    const assign = vi.spyOn(browser, 'assign').mockImplementation(() => {});
    const change = vi.fn(() => changed('http://localhost:4020/checkout/sub_2'));
    const { dialog } = renderDialog([
      { request: { query: Preview, variables: VARIABLES }, result: preview(236_000) },
      { request: { query: Change, variables: { ...VARIABLES, expectedTotalPaise: 236_000 } }, result: change },
    ]);

    await within(dialog).findByText('Total, charged now');
    expect(amount(dialog, /^Credit for the unused part of Pro/)).toBe('− ₹499.50');
    expect(amount(dialog, /^Enterprise for the rest of the period/)).toBe('₹2,499.50');
    expect(amount(dialog, /^Taxable amount/)).toBe('₹2,000');
    expect(amount(dialog, /^GST$/)).toBe('₹360');
    expect(amount(dialog, /^Total, charged now/)).toBe('₹2,360');

    fireEvent.click(within(dialog).getByRole('button', { name: 'Confirm: Enterprise for ₹2,360' }));
    await waitFor(() => expect(assign).toHaveBeenCalledTimes(1));
    expect(change).toHaveBeenCalledTimes(1);
    const url = new URL(assign.mock.calls[0]![0]);
    expect(url.pathname).toBe('/checkout/sub_2');
    expect(url.searchParams.get('callback_url')).toBe(`${window.location.origin}/billing/checkout/return`);
    expect(within(dialog).getByRole('button', { name: 'Opening checkout…' }).hasAttribute('disabled')).toBe(true);
  });

  it('when the price moved since the preview, says so and shows the new amounts to confirm', async () => {
    const change = vi.fn(() => ({ errors: [new GraphQLError('The price of this change has changed.', { extensions: { code: 'CONFLICT' } })] }));
    const onChanged = vi.fn();
    const { dialog } = renderDialog(
      [
        { request: { query: Preview, variables: VARIABLES }, result: preview(236_000) },
        { request: { query: Change, variables: { ...VARIABLES, expectedTotalPaise: 236_000 } }, result: change },
        { request: { query: Preview, variables: VARIABLES }, result: preview(224_200, { credit: 59_950, taxable: 190_000, gst: 34_200 }) },
        { request: { query: Change, variables: { ...VARIABLES, expectedTotalPaise: 224_200 } }, result: changed(null) },
      ],
      onChanged,
    );
    fireEvent.click(await within(dialog).findByRole('button', { name: 'Confirm: Enterprise for ₹2,360' }));

    const alert = await within(dialog).findByRole('alert');
    expect(alert.textContent).toContain('The price of this change has changed.');
    expect(alert.textContent).toContain('The amounts below are the new ones');
    await within(dialog).findByRole('button', { name: 'Confirm: Enterprise for ₹2,242' });
    expect(amount(dialog, /^Credit for the unused part of Pro/)).toBe('− ₹599.50');
    expect(onChanged).not.toHaveBeenCalled();

    fireEvent.click(within(dialog).getByRole('button', { name: 'Confirm: Enterprise for ₹2,242' }));
    await waitFor(() => expect(onChanged).toHaveBeenCalledWith('Summarizer is now on Enterprise.'));
  });

  it('a downgrade waits for the period end: nothing charged now, said in words', async () => {
    const periodEnd = new Date(Date.now() + 10 * 86_400_000);
    const downgrade = { subscriptionId: 'bsub_1', toTier: 'PRO' };
    render(
      <MockedProvider
        mocks={[
          {
            request: { query: Preview, variables: downgrade },
            result: {
              data: {
                planChangePreview: {
                  __typename: 'PlanChangePreview' as const,
                  ...downgrade,
                  toTier: 'PRO' as const,
                  credit: money(0),
                  charge: money(0),
                  taxable: money(0),
                  gst: money(0),
                  total: money(0),
                  effectiveAt: periodEnd.toISOString(),
                },
              },
            },
          },
        ]}
      >
        <AuthProvider>
          <ChangePlanDialog target={{ ...TARGET, currentTier: 'ENTERPRISE', tiers: ['PRO'] }} onClose={vi.fn()} onChanged={vi.fn()} />
        </AuthProvider>
      </MockedProvider>,
    );
    const dialog = screen.getByRole('dialog', { name: 'Change plan: Summarizer' });
    const when = formatDate(periodEnd.toISOString());
    expect((await within(dialog).findByText(/^Nothing is charged now\./)).textContent).toBe(
      `Nothing is charged now. You keep Enterprise until ${when}; from then on Pro is charged monthly.`,
    );
    expect(within(dialog).getByRole('button', { name: `Confirm: Pro from ${when}` })).toBeTruthy();
  });

  it('shows why the server cannot price the change, and offers no confirmation', async () => {
    const { dialog } = renderDialog([
      {
        request: { query: Preview, variables: VARIABLES },
        result: { errors: [new GraphQLError('Enterprise needs an offer from our sales team.', { extensions: { code: 'BAD_USER_INPUT', field: 'toTier' } })] },
      },
    ]);
    expect((await within(dialog).findByRole('alert')).textContent).toContain('Enterprise needs an offer from our sales team.');
    expect(within(dialog).getByRole('button', { name: /^Confirm/ }).hasAttribute('disabled')).toBe(true);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Keep Pro' }));
  });
});
