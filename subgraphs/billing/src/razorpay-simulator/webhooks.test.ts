import Razorpay from 'razorpay';
import { afterEach, describe, expect, it } from 'vitest';
import type { RazorpaySimulator } from './simulator-server.ts';
import { fixture, shapeProblems, startTestSimulator, startWebhookReceiver } from './test-support.ts';

/**
 * Webhooks as Razorpay sends them: signed over the raw body (checked with the SDK's validateWebhookSignature),
 * a unique X-Razorpay-Event-Id, documented payloads, retried with bounded backoff on non-2xx or timeout, and
 * the test helpers billing needs for replay and reordering.
 */
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function setup(respond?: Parameters<typeof startWebhookReceiver>[0], options: Parameters<typeof startTestSimulator>[0] = {}) {
  const receiver = await startWebhookReceiver(respond);
  const { simulator, rzp } = await startTestSimulator({ webhookUrl: receiver.url, ...options });
  cleanups.push(receiver.close, () => simulator.close());
  const plan = await rzp.plans.create({ period: 'monthly', interval: 1, item: { name: 'Pro', amount: 49_900, currency: 'INR' } });
  const newSubscription = () => rzp.subscriptions.create({ plan_id: plan.id, total_count: 12, notes: { userId: 'usr_1' } });
  return { receiver, simulator, rzp, newSubscription };
}

const sample = (name: string) => fixture<{ payload: Record<string, { entity: unknown }> }>(name);

function pay(simulator: RazorpaySimulator, subscriptionId: string) {
  const result = simulator.checkout(subscriptionId);
  if (!result.ok) throw new Error(result.error.description);
  return result;
}

describe('signed, documented webhooks', () => {
  it('posts each event of a checkout signed with the webhook secret, with a unique event id, in the documented shape', async () => {
    const { receiver, simulator, newSubscription } = await setup();
    const sub = await newSubscription();
    pay(simulator, sub.id);
    await simulator.webhooks.settled();

    expect(receiver.events()).toEqual(['payment.captured', 'invoice.paid', 'subscription.authenticated', 'subscription.activated', 'subscription.charged']);
    const ids = new Set<string>();
    for (const hook of receiver.received) {
      const signature = hook.headers['x-razorpay-signature'] as string;
      expect(Razorpay.validateWebhookSignature(hook.raw, signature, simulator.webhookSecret)).toBe(true);
      expect(Razorpay.validateWebhookSignature(hook.raw, signature, 'some-other-secret')).toBe(false);
      expect(hook.headers['content-type']).toBe('application/json');
      const eventId = hook.headers['x-razorpay-event-id'] as string;
      expect(eventId).toMatch(/^[A-Za-z0-9]{14}$/);
      ids.add(eventId);
      expect(hook.json).toMatchObject({ entity: 'event', account_id: expect.stringMatching(/^acc_/), created_at: expect.any(Number) });
    }
    expect(ids.size).toBe(receiver.received.length);

    const [captured, invoicePaid, authenticated, activated, charged] = receiver.received.map((r) => r.json);
    expect(shapeProblems(captured, [sample('event-payment-captured')])).toEqual([]);
    expect(shapeProblems(invoicePaid, [sample('event-invoice-paid')])).toEqual([]);
    expect(shapeProblems(charged, [sample('event-subscription-charged')])).toEqual([]);
    expect(charged!.contains).toEqual(['subscription', 'payment']);
    expect(authenticated!.payload.subscription!.entity).toMatchObject({ id: sub.id, status: 'authenticated', current_start: null });
    expect(activated!.payload.subscription!.entity).toMatchObject({ id: sub.id, status: 'active', paid_count: 1, notes: { userId: 'usr_1' } });
    expect(invoicePaid!.payload.invoice!.entity).toMatchObject({ subscription_id: sub.id, status: 'paid' });
    expect(charged!.payload.payment!.entity).toMatchObject({ status: 'captured', amount: 49_900, card: { last4: '4366' } });
  });

  it('sends payment.failed and subscription.pending in the documented shapes when a renewal fails', async () => {
    const { receiver, simulator, newSubscription } = await setup();
    const sub = await newSubscription();
    pay(simulator, sub.id);
    simulator.chargeNextCycle(sub.id, 'failure');
    await simulator.webhooks.settled();
    const [failed, pending] = receiver.received.slice(-2).map((r) => r.json);
    expect(failed!.event).toBe('payment.failed');
    expect(shapeProblems(failed, [sample('event-payment-failed')])).toEqual([]);
    expect(failed!.payload.payment!.entity).toMatchObject({ status: 'failed', captured: false, error_code: 'BAD_REQUEST_ERROR', error_reason: 'insufficient_funds' });
    expect(pending!.event).toBe('subscription.pending');
    expect(shapeProblems(pending, [sample('event-subscription-pending')])).toEqual([]);
  });

  it('sends refund.created with the refund and the payment', async () => {
    const { receiver, simulator, rzp, newSubscription } = await setup();
    const sub = await newSubscription();
    const paid = pay(simulator, sub.id);
    await rzp.payments.refund(paid.response.razorpay_payment_id, { amount: 10_000 });
    await simulator.webhooks.settled();
    const refund = receiver.received.at(-1)!.json;
    expect(refund.event).toBe('refund.created');
    expect(shapeProblems(refund, [sample('event-refund-created')])).toEqual([]);
    expect(refund.payload.payment!.entity).toMatchObject({ amount_refunded: 10_000, refund_status: 'partial' });
  });
});

describe('at-least-once delivery', () => {
  it('retries a 500 until the receiver answers 2xx, with the same id, body and signature', async () => {
    const { receiver, simulator, rzp } = await setup((n) => ({ status: n <= 2 ? 500 : 204 }));
    await rzp.customers.create({ name: 'No Events', email: 'quiet@example.com' }); // customers emit nothing
    const sub = await rzp.subscriptions.create({ plan_id: (await rzp.plans.all()).items[0]!.id, total_count: 2 });
    simulator.webhooks.hold();
    pay(simulator, sub.id);
    const [first] = simulator.webhooks.events({ subscriptionId: sub.id });
    expect(first!.event).toBe('payment.captured');
    await simulator.webhooks.deliver([first!.id]);
    await simulator.webhooks.settled();

    expect(receiver.received).toHaveLength(3);
    expect(new Set(receiver.received.map((r) => r.headers['x-razorpay-event-id']))).toEqual(new Set([first!.id]));
    expect(new Set(receiver.received.map((r) => r.raw)).size).toBe(1);
    expect(new Set(receiver.received.map((r) => r.headers['x-razorpay-signature'])).size).toBe(1);
    const stored = simulator.webhooks.event(first!.id)!;
    expect(stored.state).toBe('delivered');
    expect(stored.attempts.map((a) => a.status)).toEqual([500, 500, 204]);
  });

  it('treats a receiver slower than the timeout as a failure and retries', async () => {
    const { receiver, simulator, newSubscription } = await setup((n) => ({ delayMs: n === 1 ? 2500 : 0 }), {
      webhookRetry: { attempts: 3, baseDelayMs: 20, maxDelayMs: 80, timeoutMs: 500 },
    });
    const sub = await newSubscription();
    simulator.webhooks.hold();
    pay(simulator, sub.id);
    const [first] = simulator.webhooks.events({ subscriptionId: sub.id });
    const [result] = await simulator.webhooks.deliver([first!.id]);
    expect(result).toMatchObject({ ok: false, status: null, error: expect.stringMatching(/no answer within 500 ms/) });
    await simulator.webhooks.settled();
    expect(simulator.webhooks.event(first!.id)!.state).toBe('delivered');
    expect(receiver.received.filter((r) => r.headers['x-razorpay-event-id'] === first!.id)).toHaveLength(2);
  });

  it('gives up after the configured attempts with growing delays, and marks the event failed', async () => {
    const { receiver, simulator, newSubscription } = await setup(() => ({ status: 503 }), { webhookRetry: { attempts: 3, baseDelayMs: 40, maxDelayMs: 1000, timeoutMs: 3000 } });
    const sub = await newSubscription();
    simulator.webhooks.hold();
    pay(simulator, sub.id);
    const [first] = simulator.webhooks.events({ subscriptionId: sub.id });
    const started = performance.now();
    await simulator.webhooks.deliver([first!.id]);
    await simulator.webhooks.settled();
    expect(performance.now() - started).toBeGreaterThanOrEqual(40 + 80 - 5);
    expect(receiver.received).toHaveLength(3);
    expect(simulator.webhooks.event(first!.id)).toMatchObject({ state: 'failed' });
    await new Promise((r) => setTimeout(r, 200));
    expect(receiver.received).toHaveLength(3);
  });
});

describe('replay and reordering for billing’s tests', () => {
  it('holds events and releases them in reverse (or any) order', async () => {
    const { receiver, simulator, newSubscription } = await setup();
    const sub = await newSubscription();
    simulator.webhooks.hold();
    pay(simulator, sub.id);
    const held = simulator.webhooks.events({ state: 'held' });
    expect(held.map((e) => e.event)).toEqual(['payment.captured', 'invoice.paid', 'subscription.authenticated', 'subscription.activated', 'subscription.charged']);
    await new Promise((r) => setTimeout(r, 50));
    expect(receiver.received).toHaveLength(0);

    await simulator.webhooks.release('reverse');
    await simulator.webhooks.settled();
    expect(receiver.events()).toEqual(held.map((e) => e.event).reverse());

    // Delivery is back to normal after a release.
    simulator.chargeNextCycle(sub.id);
    await simulator.webhooks.settled();
    expect(receiver.events().slice(-3)).toEqual(['payment.captured', 'invoice.paid', 'subscription.charged']);
  });

  it('redelivers an event (a duplicate with the same id) and delivers a chosen set in a chosen order', async () => {
    const { receiver, simulator, newSubscription } = await setup();
    const sub = await newSubscription();
    pay(simulator, sub.id);
    await simulator.webhooks.settled();
    const charged = simulator.webhooks.events({ event: 'subscription.charged' })[0]!;
    const activated = simulator.webhooks.events({ event: 'subscription.activated' })[0]!;
    const before = receiver.received.length;

    await simulator.webhooks.redeliver(charged.id);
    const duplicate = receiver.received.at(-1)!;
    expect(duplicate.headers['x-razorpay-event-id']).toBe(charged.id);
    expect(duplicate.raw).toBe(receiver.received.find((r) => r.headers['x-razorpay-event-id'] === charged.id)!.raw);

    await simulator.webhooks.deliver([charged.id, activated.id]);
    expect(receiver.received.slice(before + 1).map((r) => r.json.event)).toEqual(['subscription.charged', 'subscription.activated']);
  });

  it('keeps the old signature on old events after the webhook secret rotates', async () => {
    const { receiver, simulator, newSubscription } = await setup();
    const oldSecret = simulator.webhookSecret;
    const first = await newSubscription();
    pay(simulator, first.id);
    await simulator.webhooks.settled();
    const signedWithOld = new Set(simulator.webhooks.events().map((e) => e.id));
    simulator.setWebhookSecret('rotated-webhook-secret');
    const second = await newSubscription();
    pay(simulator, second.id);
    const oldEvent = simulator.webhooks.events({ subscriptionId: first.id })[0]!;
    await simulator.webhooks.redeliver(oldEvent.id);
    await simulator.webhooks.settled();

    expect(receiver.received).toHaveLength(11);
    for (const hook of receiver.received) {
      const secret = signedWithOld.has(hook.headers['x-razorpay-event-id'] as string) ? oldSecret : 'rotated-webhook-secret';
      expect(Razorpay.validateWebhookSignature(hook.raw, hook.headers['x-razorpay-signature'] as string, secret)).toBe(true);
    }
  });

  it('records events without a URL and delivers them once one is set', async () => {
    const receiver = await startWebhookReceiver();
    const { simulator, rzp } = await startTestSimulator();
    cleanups.push(receiver.close, () => simulator.close());
    const plan = await rzp.plans.create({ period: 'monthly', interval: 1, item: { name: 'Pro', amount: 49_900, currency: 'INR' } });
    const sub = await rzp.subscriptions.create({ plan_id: plan.id, total_count: 12 });
    pay(simulator, sub.id);
    const unsent = simulator.webhooks.events({ state: 'unsent' });
    expect(unsent).toHaveLength(5);
    simulator.webhooks.setUrl(receiver.url);
    await simulator.webhooks.deliver(unsent.map((e) => e.id));
    expect(receiver.received).toHaveLength(5);
  });

  it('offers the same over HTTP: list events, hold, release, redeliver, reconfigure', async () => {
    const { receiver, simulator, newSubscription } = await setup();
    const auth = { authorization: `Basic ${Buffer.from(`${simulator.keyId}:${simulator.keySecret}`).toString('base64')}`, 'content-type': 'application/json' };
    const call = async (method: string, path: string, body?: unknown) => {
      const res = await fetch(`${simulator.url}${path}`, { method, headers: auth, body: body === undefined ? undefined : JSON.stringify(body) });
      return { status: res.status, body: (await res.json()) as Record<string, any> };
    };
    expect((await call('POST', '/_simulator/webhooks/hold')).body).toMatchObject({ held: true, url: receiver.url });
    const sub = await newSubscription();
    await call('POST', `/_simulator/subscriptions/${sub.id}/authenticate`, {});
    const listed = await call('GET', `/_simulator/events?subscription_id=${sub.id}&state=held`);
    expect(listed.body.count).toBe(5);
    const ids = (listed.body.items as { id: string; event: string }[]).map((e) => e.id);
    const released = await call('POST', '/_simulator/webhooks/release', { event_ids: [ids[4], ids[1]] });
    expect((released.body.results as { event: string }[]).map((r) => r.event)).toEqual([
      'subscription.charged',
      'invoice.paid',
      'payment.captured',
      'subscription.authenticated',
      'subscription.activated',
    ]);
    const again = await call('POST', `/_simulator/events/${ids[4]}/redeliver`);
    expect(again.body).toMatchObject({ ok: true, status: 200, eventId: ids[4] });
    const unknown = await call('POST', '/_simulator/events/AAAAAAAAAAAAAA/redeliver');
    expect(unknown.status).toBe(400);
    const moved = await call('PUT', '/_simulator/webhooks', { url: null });
    expect(moved.body.url).toBeNull();
    const bad = await call('PUT', '/_simulator/webhooks', { url: 'ftp://example.com' });
    expect(bad.body.error).toMatchObject({ field: 'url' });
  });
});
