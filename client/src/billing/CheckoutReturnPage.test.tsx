// @vitest-environment jsdom
import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import { cleanup, render, screen } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { MemoryRouter, Route, Routes } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import CheckoutReturnPage, { CheckoutReturnPage_Confirm as Confirm, CheckoutReturnPage_Usage as Usage } from './CheckoutReturnPage';
import { checkoutRedirectUrl, checkoutResultFrom } from './checkout-url';

afterEach(cleanup);

const RETURNED = {
  razorpay_payment_id: 'pay_29QQoUBi66xm2f',
  razorpay_subscription_id: 'sub_00000000000001',
  razorpay_signature: '9ef4dffbfd84f1318f6739a3ce19f9d85851857ae648f114332d8401e0949a3d',
};
const INPUT = { razorpayPaymentId: RETURNED.razorpay_payment_id, razorpaySubscriptionId: RETURNED.razorpay_subscription_id, razorpaySignature: RETURNED.razorpay_signature };

const money = (paise: number) => ({ __typename: 'Money' as const, paise, currency: 'INR' });
const confirmed = {
  __typename: 'BillingSubscription' as const,
  id: 'bsub_1',
  tier: 'PRO' as const,
  status: 'ACTIVE' as const,
  currentPeriodEnd: '2026-04-01T10:00:00.000Z',
  nextChargeAt: '2026-04-01T10:00:00.000Z',
  nextCharge: { __typename: 'TaxedPrice' as const, total: money(117_882) },
  solution: { __typename: 'Solution' as const, id: 'sol_1', slug: 'summarizer', name: 'Summarizer' },
};
const usage = { __typename: 'SolutionUsage' as const, tier: 'PRO' as const, limit: 10_000, used: 0 };

function renderAt(search: string, mocks: MockLink.MockedResponse[]) {
  return render(
    <MockedProvider mocks={mocks}>
      <MemoryRouter initialEntries={[`/billing/checkout/return${search}`]}>
        <Routes>
          <Route path="/billing/checkout/return" element={<CheckoutReturnPage />} />
        </Routes>
      </MemoryRouter>
    </MockedProvider>,
  );
}

describe('checkout URLs', () => {
  it('sends the payment page back to the return route by GET, with the payer prefilled', () => {
    const url = new URL(checkoutRedirectUrl('http://localhost:4020/checkout/sub_1?key=rzp_test_simulator', 'http://localhost:5173', { name: 'Meera Iyer', email: 'meera@example.com' }));
    expect(url.origin + url.pathname).toBe('http://localhost:4020/checkout/sub_1');
    expect(url.searchParams.get('key')).toBe('rzp_test_simulator');
    expect(url.searchParams.get('callback_url')).toBe('http://localhost:5173/billing/checkout/return');
    expect(url.searchParams.get('callback_method')).toBe('get');
    expect(url.searchParams.get('prefill[name]')).toBe('Meera Iyer');
    expect(url.searchParams.get('prefill[email]')).toBe('meera@example.com');
  });
  it('reads the result only when all three values came back', () => {
    expect(checkoutResultFrom(new URLSearchParams(RETURNED))).toEqual(RETURNED);
    expect(checkoutResultFrom(new URLSearchParams({ ...RETURNED, razorpay_signature: '' }))).toBeUndefined();
    const { razorpay_payment_id: _missing, ...rest } = RETURNED;
    expect(checkoutResultFrom(new URLSearchParams(rest))).toBeUndefined();
  });
});

describe('CheckoutReturnPage', { timeout: 20_000 }, () => {
  it('confirms the three values once and shows the plan: Pro active, the new allowance, the next charge with GST', async () => {
    const confirm = vi.fn(() => ({ data: { confirmCheckout: confirmed } }));
    renderAt(`?${new URLSearchParams(RETURNED)}`, [
      { request: { query: Confirm, variables: { input: INPUT } }, result: confirm },
      { request: { query: Usage, variables: { solutionId: 'sol_1' } }, result: { data: { myUsage: usage } } },
    ]);
    expect(screen.getByRole('heading', { level: 1, name: 'Confirming your payment' })).toBeTruthy();

    await screen.findByRole('heading', { level: 1, name: 'Pro is active' });
    expect(screen.getByText(/Summarizer is on/).textContent).toContain('Pro');
    expect(await screen.findByText('10,000 calls')).toBeTruthy();
    expect(screen.getByText('1 Apr 2026 · ₹1,178.82 incl. GST')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Go to your dashboard' }).getAttribute('href')).toBe('/dashboard/summarizer');
    expect(confirm).toHaveBeenCalledTimes(1);
  });

  it("asks again while the quota service still answers the tier from before the payment, never showing that allowance as the new one", async () => {
    renderAt(`?${new URLSearchParams(RETURNED)}`, [
      { request: { query: Confirm, variables: { input: INPUT } }, result: { data: { confirmCheckout: confirmed } } },
      // Read moments before the payment (the solution page asks for the tier) and still cached: Registered, 100 calls.
      { request: { query: Usage, variables: { solutionId: 'sol_1' } }, result: { data: { myUsage: { ...usage, tier: 'REGISTERED', limit: 100 } } } },
      { request: { query: Usage, variables: { solutionId: 'sol_1' } }, result: { data: { myUsage: usage } } },
    ]);
    await screen.findByRole('heading', { level: 1, name: 'Pro is active' });
    expect(await screen.findByText('10,000 calls', undefined, { timeout: 8000 })).toBeTruthy();
    expect(screen.queryByText('100 calls')).toBeNull();
  });

  it('shows the server refusing the payment, and that the plan has not changed', async () => {
    renderAt(`?${new URLSearchParams(RETURNED)}`, [
      {
        request: { query: Confirm, variables: { input: INPUT } },
        result: { errors: [new GraphQLError('The payment signature does not match.', { extensions: { code: 'BAD_USER_INPUT', field: 'input.razorpaySignature' } })] },
      },
    ]);
    await screen.findByRole('heading', { level: 1, name: 'Payment not confirmed' });
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('The payment signature does not match.');
    expect(alert.textContent).toContain('Your plan has not changed.');
    expect(screen.queryByText(/is active/)).toBeNull();
  });

  it('without the three values (a cancelled or failed payment) sends nothing and says nothing changed', async () => {
    const confirm = vi.fn(() => ({ data: { confirmCheckout: confirmed } }));
    renderAt('?razorpay_payment_id=pay_1', [{ request: { query: Confirm, variables: () => true }, result: confirm }]);
    expect(screen.getByRole('heading', { level: 1, name: 'Payment not completed' })).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toContain('nothing has changed');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(confirm).not.toHaveBeenCalled();
  });

  it('shows the reason Checkout gave for a failed payment', () => {
    renderAt(`?${new URLSearchParams({ 'error[description]': 'Your payment could not be completed due to insufficient funds.' })}`, []);
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('Payment failed: Your payment could not be completed due to insufficient funds.');
    expect(alert.textContent).toContain('nothing has changed');
  });
});
