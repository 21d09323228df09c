import type Razorpay from 'razorpay';
import { validatePaymentVerification } from 'razorpay/dist/utils/razorpay-utils.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RazorpaySimulator } from './simulator-server.ts';
import { FAILURE_CARD, SUCCESS_CARD } from './test-cards.ts';
import { startTestSimulator } from './test-support.ts';

/**
 * The Checkout stand-in: what the customer sees, the callback Razorpay's way (form POST, or a 303 with
 * callback_method=get) whose signature the server verifies with the SDK, and the API way to pay without a
 * browser. A failing card shows Razorpay's error and changes nothing.
 */
let simulator: RazorpaySimulator;
let rzp: Razorpay;
let planId: string;
const CALLBACK = 'http://localhost:5173/billing/razorpay/callback?attempt=7';

beforeAll(async () => {
  ({ simulator, rzp } = await startTestSimulator());
  planId = (await rzp.plans.create({ period: 'monthly', interval: 1, item: { name: 'Summarizer <Pro>', amount: 49_900, currency: 'INR', description: 'Pro tier' } })).id;
});
afterAll(() => simulator?.close());

const newSubscription = (extra: Record<string, unknown> = {}) => rzp.subscriptions.create({ plan_id: planId, total_count: 12, ...extra });

function checkoutUrl(id: string, params: Record<string, string> = {}) {
  const url = new URL(`/checkout/${id}`, simulator.url);
  for (const [k, v] of Object.entries(params)) url.searchParams.set(k, v);
  return url.toString();
}

async function submit(id: string, fields: Record<string, string>) {
  const res = await fetch(`${simulator.url}/checkout/${id}`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(fields).toString(),
    redirect: 'manual',
  });
  return { status: res.status, location: res.headers.get('location'), html: await res.text() };
}

const hiddenFields = (html: string) => Object.fromEntries([...html.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)">/g)].map((m) => [m[1]!, m[2]!]));

const verified = (fields: Record<string, string | null | undefined>, subscriptionId: string) =>
  validatePaymentVerification({ subscription_id: subscriptionId, payment_id: fields.razorpay_payment_id! }, fields.razorpay_signature!, simulator.keySecret);

async function nothingChanged(subscriptionId: string, paymentsBefore: number) {
  expect((await rzp.subscriptions.fetch(subscriptionId)).status).toBe('created');
  expect((await rzp.payments.all({ count: 100 })).count).toBe(paymentsBefore);
  expect((await rzp.invoices.all({ subscription_id: subscriptionId } as never)).count).toBe(0);
  expect(simulator.webhooks.events({ subscriptionId })).toHaveLength(0);
}

describe('the page', () => {
  it('is labelled as the simulator and shows the plan, the amount and Razorpay’s test cards, escaped', async () => {
    const sub = await newSubscription({ quantity: 2 });
    const res = await fetch(checkoutUrl(sub.id, { key: simulator.keyId, callback_url: CALLBACK }));
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('Razorpay test mode (simulator)');
    expect(html).toContain('Summarizer &lt;Pro&gt;');
    expect(html).not.toContain('<Pro>');
    expect(html).toContain('₹998.00'); // 2 × ₹499, due now for the first cycle
    expect(html).toContain('4718 6091 0820 4366');
    expect(html).toContain('4100 2800 0008 0001');
    expect(html).toContain(`action="/checkout/${sub.id}"`);
    expect(hiddenFields(html)).toMatchObject({ key: simulator.keyId, callback_url: CALLBACK.replace('&', '&amp;'), callback_method: 'post' });
  });

  it('shows the token amount for a subscription that starts later', async () => {
    const sub = await newSubscription({ start_at: Math.floor(simulator.clock.nowMs() / 1000) + 5 * 86_400 });
    const html = await (await fetch(checkoutUrl(sub.id))).text();
    expect(html).toContain('₹5.00');
    expect(html).toMatch(/token amount/);
  });

  it('refuses another key id and a callback that is not http(s)', async () => {
    const sub = await newSubscription();
    const wrongKey = await fetch(checkoutUrl(sub.id, { key: 'rzp_test_other' }));
    expect(wrongKey.status).toBe(400);
    expect(await wrongKey.text()).toContain('The api key provided is invalid');
    const badCallback = await fetch(checkoutUrl(sub.id, { callback_url: 'javascript:alert(1)' }));
    expect(badCallback.status).toBe(400);
    const unknown = await fetch(checkoutUrl('sub_ZZZZZZZZZZZZZZ'));
    expect(unknown.status).toBe(400);
    expect(await unknown.text()).toContain('The id provided does not exist');
  });
});

describe('paying', () => {
  it('returns to callback_url by form POST with a signature the SDK verifies; the subscription is active, first invoice paid', async () => {
    const sub = await newSubscription();
    const res = await submit(sub.id, { test_card: SUCCESS_CARD, callback_url: CALLBACK, callback_method: 'post', email: 'meera@example.com', contact: '+919800011122', name: 'Meera Iyer' });
    expect(res.status).toBe(200);
    expect(res.html).toContain(`action="${CALLBACK.replace('&', '&amp;')}"`);
    const fields = hiddenFields(res.html);
    expect(Object.keys(fields).sort()).toEqual(['razorpay_payment_id', 'razorpay_signature', 'razorpay_subscription_id']);
    expect(fields.razorpay_subscription_id).toBe(sub.id);
    expect(verified(fields, sub.id)).toBe(true);
    expect(verified({ ...fields, razorpay_signature: '0'.repeat(64) }, sub.id)).toBe(false);

    const after = await rzp.subscriptions.fetch(sub.id);
    expect(after).toMatchObject({ status: 'active', paid_count: 1, remaining_count: 11, payment_method: 'card' });
    const customer = await rzp.customers.fetch(after.customer_id!);
    expect(customer).toMatchObject({ email: 'meera@example.com', contact: '+919800011122', name: 'Meera Iyer' });
    const [invoice] = (await rzp.invoices.all({ subscription_id: sub.id } as never)).items as unknown as { status: string; payment_id: string }[];
    expect(invoice).toMatchObject({ status: 'paid', payment_id: fields.razorpay_payment_id });
    expect(simulator.webhooks.events({ subscriptionId: sub.id }).map((e) => e.event)).toEqual([
      'payment.captured',
      'invoice.paid',
      'subscription.authenticated',
      'subscription.activated',
      'subscription.charged',
    ]);

    const twice = await submit(sub.id, { test_card: SUCCESS_CARD });
    expect(twice.status).toBe(400);
    expect(twice.html).toContain('cannot be paid in active status');
  });

  it('redirects with the same query parameters when callback_method=get', async () => {
    const sub = await newSubscription();
    const res = await submit(sub.id, { card_number: '5104 0600 0000 0008', callback_url: CALLBACK, callback_method: 'get' });
    expect(res.status).toBe(303);
    const location = new URL(res.location!);
    expect(location.origin + location.pathname).toBe('http://localhost:5173/billing/razorpay/callback');
    expect(location.searchParams.get('attempt')).toBe('7');
    expect(location.searchParams.get('razorpay_subscription_id')).toBe(sub.id);
    expect(verified(Object.fromEntries(location.searchParams), sub.id)).toBe(true);
  });

  it('shows what Checkout hands back when there is no callback_url', async () => {
    const sub = await newSubscription();
    const res = await submit(sub.id, { test_card: SUCCESS_CARD });
    expect(res.status).toBe(200);
    expect(res.html).toContain('Payment successful');
    const signature = /data-razorpay-signature>([0-9a-f]{64})</.exec(res.html)![1]!;
    const paymentId = /data-razorpay-payment-id>(pay_[A-Za-z0-9]{14})</.exec(res.html)![1]!;
    expect(verified({ razorpay_payment_id: paymentId, razorpay_signature: signature }, sub.id)).toBe(true);
  });

  it('shows the error of a failing card and changes nothing', async () => {
    const sub = await newSubscription();
    const payments = (await rzp.payments.all({ count: 100 })).count;
    const declined = await submit(sub.id, { test_card: FAILURE_CARD, callback_url: CALLBACK });
    expect(declined.status).toBe(400);
    expect(declined.html).toContain('insufficient account balance');
    expect(declined.html).toContain('insufficient_funds');
    expect(declined.html).not.toContain('razorpay_signature');
    const invalid = await submit(sub.id, { card_number: '4111 1111 1111 1111' });
    expect(invalid.html).toContain('incorrect card number');
    await nothingChanged(sub.id, payments);
  });

  it('authorises a future-start subscription with a refunded token amount; it stays authenticated until start_at', async () => {
    const startAt = Math.floor(simulator.clock.nowMs() / 1000) + 10 * 86_400;
    const sub = await newSubscription({ start_at: startAt });
    const res = await submit(sub.id, { test_card: SUCCESS_CARD, callback_url: CALLBACK, callback_method: 'get' });
    const params = Object.fromEntries(new URL(res.location!).searchParams);
    expect(verified(params, sub.id)).toBe(true);
    expect(await rzp.subscriptions.fetch(sub.id)).toMatchObject({ status: 'authenticated', charge_at: startAt, paid_count: 0 });
    expect(await rzp.payments.fetch(params.razorpay_payment_id!)).toMatchObject({ amount: 500, status: 'refunded', refund_status: 'full', invoice_id: null });
    expect(simulator.webhooks.events({ subscriptionId: sub.id }).map((e) => e.event)).toEqual(['subscription.authenticated']);
  });
});

describe('paying without a browser', () => {
  const control = async (path: string, body: unknown) => {
    const res = await fetch(`${simulator.url}${path}`, {
      method: 'POST',
      headers: { authorization: `Basic ${Buffer.from(`${simulator.keyId}:${simulator.keySecret}`).toString('base64')}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    return { status: res.status, body: (await res.json()) as Record<string, any> };
  };

  it('POST /_simulator/subscriptions/:id/authenticate has the same effect and returns what Checkout returns', async () => {
    const sub = await newSubscription();
    const paid = await control(`/_simulator/subscriptions/${sub.id}/authenticate`, { email: 'dev@example.com', contact: '+919811111111' });
    expect(paid.status).toBe(200);
    expect(paid.body).toMatchObject({ razorpay_subscription_id: sub.id, subscription: { status: 'active' }, payment: { status: 'captured' } });
    expect(verified(paid.body, sub.id)).toBe(true);
  });

  it('answers a failing card with Razorpay’s error envelope and changes nothing', async () => {
    const sub = await newSubscription();
    const payments = (await rzp.payments.all({ count: 100 })).count;
    const failed = await control(`/_simulator/subscriptions/${sub.id}/authenticate`, { card_number: '4100 2800 0006 0003' });
    expect(failed.status).toBe(400);
    expect(failed.body.error).toMatchObject({ code: 'BAD_REQUEST_ERROR', reason: 'card_declined', source: 'bank', step: 'payment_authorization' });
    await nothingChanged(sub.id, payments);
  });
});
