import Razorpay from 'razorpay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DAY } from '@marketplace/shared';
import type { RazorpaySubscription } from './entities.ts';
import { pointRazorpayAt } from './sdk-client.ts';
import type { RazorpaySimulator } from './simulator-server.ts';
import { fixture, sdkError, shapeProblems, startTestSimulator } from './test-support.ts';

/**
 * Razorpay's `/v1` API as the official SDK (razorpay 2.9) calls it, answered by the simulator: every operation
 * billing uses, the documented shapes, and the error envelopes — bad input names the field and writes nothing.
 */
let simulator: RazorpaySimulator;
let rzp: Razorpay;
let clock: Awaited<ReturnType<typeof startTestSimulator>>['clock'];
const nowSeconds = () => Math.floor(clock.now().getTime() / 1000);

beforeAll(async () => {
  ({ simulator, rzp, clock } = await startTestSimulator());
});
afterAll(() => simulator?.close());

const monthlyPlan = (amount = 99_900) =>
  rzp.plans.create({ period: 'monthly', interval: 1, item: { name: 'Summarizer Pro', amount, currency: 'INR', description: 'Pro tier' }, notes: { tier: 'pro' } });

describe('the SDK talks to the simulator', () => {
  it('goes through the SDK axios instance whose baseURL points at the simulator', () => {
    const api = rzp.api as unknown as { rq: { defaults: { baseURL: string } } };
    expect(api.rq.defaults.baseURL).toBe(simulator.url);
  });
});

describe('plans', () => {
  it('creates, fetches and lists plans in Razorpay’s documented shape', async () => {
    const plan = await monthlyPlan();
    expect(plan.id).toMatch(/^plan_[A-Za-z0-9]{14}$/);
    expect(plan).toMatchObject({ entity: 'plan', period: 'monthly', interval: 1, notes: { tier: 'pro' }, item: { amount: 99_900, currency: 'INR', name: 'Summarizer Pro', active: true } });
    expect(plan.item.id).toMatch(/^item_/);
    expect(plan.created_at).toBe(nowSeconds());
    expect(shapeProblems(plan, [fixture('plan')])).toEqual([]);

    expect(await rzp.plans.fetch(plan.id)).toEqual(plan);
    const second = await monthlyPlan(199_900);
    const page = await rzp.plans.all({ count: 1 });
    expect(page).toMatchObject({ entity: 'collection', count: 1 });
    expect(page.items[0]!.id).toBe(second.id); // newest first
    const next = await rzp.plans.all({ count: 1, skip: 1 });
    expect(next.items[0]!.id).toBe(plan.id);
  });

  it('refuses bad input naming the field, and writes nothing', async () => {
    const before = (await rzp.plans.all({ count: 100 })).count;
    const cases: [Record<string, unknown>, string, RegExp][] = [
      [{ interval: 1, item: { name: 'x', amount: 1000, currency: 'INR' } }, 'period', /period field is required/],
      [{ period: 'fortnightly', interval: 1, item: { name: 'x', amount: 1000, currency: 'INR' } }, 'period', /selected period is invalid/],
      [{ period: 'monthly', item: { name: 'x', amount: 1000, currency: 'INR' } }, 'interval', /interval field is required/],
      [{ period: 'daily', interval: 1, item: { name: 'x', amount: 1000, currency: 'INR' } }, 'interval', /at least 7/],
      [{ period: 'monthly', interval: 1, item: { name: 'x', amount: 50, currency: 'INR' } }, 'item.amount', /at least INR 1.00/],
      [{ period: 'monthly', interval: 1, item: { name: 'x', amount: 10.5, currency: 'INR' } }, 'item.amount', /must be an integer/],
      [{ period: 'monthly', interval: 1, item: { amount: 1000, currency: 'INR' } }, 'item.name', /name field is required/],
      [{ period: 'monthly', interval: 1, item: { name: 'x', amount: 1000, currency: 'INR' }, offer_id: 'offer_1' }, 'offer_id', /offer_id is\/are not required/],
      [
        { period: 'monthly', interval: 1, item: { name: 'x', amount: 1000, currency: 'INR' }, notes: Object.fromEntries(Array.from({ length: 16 }, (_, i) => [`k${i}`, 'v'])) },
        'notes',
        /more than 15/,
      ],
    ];
    for (const [body, field, message] of cases) {
      const err = await sdkError(rzp.plans.create(body as never));
      expect(err.statusCode, field).toBe(400);
      expect(err.error).toMatchObject({ code: 'BAD_REQUEST_ERROR', field, source: 'business', reason: 'input_validation_failed' });
      expect(err.error.description).toMatch(message);
      expect(shapeProblems({ error: err.error }, [fixture('error-with-field')])).toEqual([]);
    }
    expect((await rzp.plans.all({ count: 100 })).count).toBe(before);
  });

  it('answers an unknown id with 400 "The id provided does not exist", and a malformed one as Razorpay does', async () => {
    const unknown = await sdkError(rzp.plans.fetch('plan_ZZZZZZZZZZZZZZ'));
    expect(unknown.statusCode).toBe(400);
    expect(unknown.error).toMatchObject({ code: 'BAD_REQUEST_ERROR', description: 'The id provided does not exist' });
    const malformed = await sdkError(rzp.plans.fetch('plan_short'));
    expect(malformed.statusCode).toBe(400);
    expect(malformed.error.description).toBe('short is not a valid id');
  });
});

describe('customers', () => {
  it('creates, fetches and edits a customer; a duplicate is refused unless fail_existing is 0', async () => {
    const customer = await rzp.customers.create({ name: 'Asha Rao', email: 'asha@example.com', contact: '+919812345678', notes: { user: 'usr_1' } });
    expect(customer.id).toMatch(/^cust_[A-Za-z0-9]{14}$/);
    expect(shapeProblems(customer, [fixture('customer')])).toEqual([]);
    expect(await rzp.customers.fetch(customer.id)).toEqual(customer);

    const duplicate = await sdkError(rzp.customers.create({ name: 'Asha Rao', email: 'asha@example.com', contact: '+919812345678' }));
    expect(duplicate.error.description).toBe('Customer already exists for the merchant');
    const existing = await rzp.customers.create({ name: 'Asha Rao', email: 'asha@example.com', contact: '+919812345678', fail_existing: 0 });
    expect(existing.id).toBe(customer.id);

    const edited = await rzp.customers.edit(customer.id, { name: 'Asha R.', email: 'asha.r@example.com' });
    expect(edited).toMatchObject({ id: customer.id, name: 'Asha R.', email: 'asha.r@example.com', contact: '+919812345678' });
    expect(await rzp.customers.fetch(customer.id)).toEqual(edited);
  });

  it('names the bad field', async () => {
    const contact = await sdkError(rzp.customers.create({ name: 'Bad Phone', contact: '123' }));
    expect(contact.error).toMatchObject({ field: 'contact', description: 'Contact number should be at least 8 digits, including country code' });
    const email = await sdkError(rzp.customers.create({ name: 'Bad Mail', email: 'not-an-email' }));
    expect(email.error).toMatchObject({ field: 'email' });
    const unknown = await sdkError(rzp.customers.edit('cust_ZZZZZZZZZZZZZZ', { name: 'Nobody Here' }));
    expect(unknown.error.description).toBe('The id provided does not exist');
  });
});

describe('subscriptions', () => {
  it('creates with notes, total_count, start_at and customer_notify; fetches and lists by plan', async () => {
    const plan = await monthlyPlan();
    const startAt = nowSeconds() + 7 * 86_400;
    const sub = await rzp.subscriptions.create({ plan_id: plan.id, total_count: 12, quantity: 2, start_at: startAt, customer_notify: 0, notes: { userId: 'usr_9', solutionId: 'sol_3' } });
    expect(sub.id).toMatch(/^sub_[A-Za-z0-9]{14}$/);
    expect(sub).toMatchObject({
      entity: 'subscription',
      plan_id: plan.id,
      status: 'created',
      quantity: 2,
      total_count: 12,
      paid_count: 0,
      remaining_count: 12,
      start_at: startAt,
      charge_at: startAt,
      customer_notify: false,
      current_start: null,
      current_end: null,
      customer_id: null,
      notes: { userId: 'usr_9', solutionId: 'sol_3' },
      created_at: nowSeconds(),
      short_url: `${simulator.url}/checkout/${sub.id}`,
    });
    expect(sub.end_at).toBe(Math.floor(Date.UTC(2027, 2, 8, 10) / 1000)); // 12 months after 8 March 2026
    expect(shapeProblems(sub, [fixture('subscription-created'), fixture('subscription-active')])).toEqual([]);
    expect(await rzp.subscriptions.fetch(sub.id)).toEqual(sub);

    const other = await rzp.subscriptions.create({ plan_id: (await monthlyPlan()).id, total_count: 3 });
    const byPlan = await rzp.subscriptions.all({ plan_id: plan.id });
    expect(byPlan.items.map((s) => s.id)).toEqual([sub.id]);
    expect((await rzp.subscriptions.all({ count: 100 })).items.map((s) => s.id)).toEqual(expect.arrayContaining([sub.id, other.id]));
  });

  it('refuses bad input naming the field (and an offer_id), writing nothing', async () => {
    const plan = await monthlyPlan();
    const before = (await rzp.subscriptions.all({ count: 100 })).count;
    const cases: [Record<string, unknown>, string][] = [
      [{ total_count: 12 }, 'plan_id'],
      [{ plan_id: 'plan_ZZZZZZZZZZZZZZ', total_count: 12 }, 'plan_id'],
      [{ plan_id: plan.id }, 'total_count'],
      [{ plan_id: plan.id, total_count: 0 }, 'total_count'],
      [{ plan_id: plan.id, total_count: 'twelve' }, 'total_count'],
      [{ plan_id: plan.id, total_count: 12, start_at: nowSeconds() - 10 }, 'start_at'],
      [{ plan_id: plan.id, total_count: 12, customer_notify: 'maybe' }, 'customer_notify'],
      [{ plan_id: plan.id, total_count: 12, offer_id: 'offer_JHD834hjbxzhd38d' }, 'offer_id'],
      [{ plan_id: plan.id, total_count: 12, notes: 'hello' }, 'notes'],
      [{ plan_id: plan.id, total_count: 2000 }, 'total_count'],
    ];
    for (const [body, field] of cases) {
      const err = await sdkError(rzp.subscriptions.create(body as never));
      expect(err.statusCode, field).toBe(400);
      expect(err.error, field).toMatchObject({ code: 'BAD_REQUEST_ERROR', field });
    }
    expect((await rzp.subscriptions.all({ count: 100 })).count).toBe(before);
  });

  it('updates (PATCH) now and at cycle end, and cancels a scheduled change', async () => {
    const plan = await monthlyPlan();
    const bigger = await monthlyPlan(299_900);
    const sub = await rzp.subscriptions.create({ plan_id: plan.id, total_count: 6 });
    const refused = await sdkError(rzp.subscriptions.update(sub.id, { quantity: 2 }));
    expect(refused.error.description).toBe("Can't update Subscription when Subscription is not in Authenticated or Active state");

    simulator.checkout(sub.id);
    const now = await rzp.subscriptions.update(sub.id, { quantity: 3, remaining_count: 10 });
    expect(now).toMatchObject({ status: 'active', quantity: 3, remaining_count: 10, total_count: 11 });

    const scheduled = await rzp.subscriptions.update(sub.id, { plan_id: bigger.id, schedule_change_at: 'cycle_end' });
    expect(scheduled).toMatchObject({ plan_id: plan.id, has_scheduled_changes: true, change_scheduled_at: now.current_end });
    expect(await rzp.subscriptions.pendingUpdate(sub.id)).toMatchObject({ plan_id: bigger.id });
    const kept = await rzp.subscriptions.cancelScheduledChanges(sub.id);
    expect(kept).toMatchObject({ plan_id: plan.id, has_scheduled_changes: false, change_scheduled_at: null });

    await rzp.subscriptions.update(sub.id, { plan_id: bigger.id, schedule_change_at: 'cycle_end' });
    const renewal = simulator.chargeNextCycle(sub.id);
    expect(renewal.subscription).toMatchObject({ plan_id: bigger.id, has_scheduled_changes: false });
    expect(renewal.invoice!.amount).toBe(299_900 * 3);

    const badField = await sdkError(rzp.subscriptions.update(sub.id, { schedule_change_at: 'tomorrow', quantity: 1 } as never));
    expect(badField.error).toMatchObject({ field: 'schedule_change_at' });
  });

  it('cancels at once or at cycle end (the SDK sends cancel_at_cycle_end: 1)', async () => {
    const plan = await monthlyPlan();
    const now = await rzp.subscriptions.create({ plan_id: plan.id, total_count: 6 });
    simulator.checkout(now.id);
    const cancelled = await rzp.subscriptions.cancel(now.id);
    expect(cancelled).toMatchObject({ status: 'cancelled', ended_at: nowSeconds(), charge_at: null });
    const again = await sdkError(rzp.subscriptions.cancel(now.id));
    expect(again.error).toMatchObject({ description: 'Subscription is not cancellable in cancelled status.', field: 'status' });

    const atEnd = await rzp.subscriptions.create({ plan_id: plan.id, total_count: 6 });
    simulator.checkout(atEnd.id);
    const stillActive = await rzp.subscriptions.cancel(atEnd.id, true);
    expect(stillActive.status).toBe('active');
    const boundary = simulator.chargeNextCycle(atEnd.id);
    expect(boundary.outcome).toBe('cancelled');
    expect(boundary.payment).toBeNull();
    expect(await rzp.subscriptions.fetch(atEnd.id)).toMatchObject({ status: 'cancelled', ended_at: stillActive.current_end, paid_count: 1 });
  });

  it('pauses and resumes an active subscription; pausing one that has not started cancels it', async () => {
    const plan = await monthlyPlan();
    const sub = await rzp.subscriptions.create({ plan_id: plan.id, total_count: 6 });
    const notActive = await sdkError(rzp.subscriptions.pause(sub.id, { pause_at: 'now' }));
    expect(notActive.error).toMatchObject({ field: 'status' });
    simulator.checkout(sub.id);
    const paused = await rzp.subscriptions.pause(sub.id, { pause_at: 'now' });
    expect(paused).toMatchObject({ status: 'paused', paused_at: nowSeconds(), pause_initiated_by: 'self', charge_at: null });
    expect(shapeProblems(paused, [fixture('subscription-paused'), fixture('subscription-active')])).toEqual([]);
    clock.advance(3 * DAY);
    const resumed = await rzp.subscriptions.resume(sub.id, { resume_at: 'now' });
    expect(resumed).toMatchObject({ status: 'active', pause_initiated_by: null, charge_at: paused.current_end });

    const later = await rzp.subscriptions.create({ plan_id: plan.id, total_count: 6, start_at: nowSeconds() + 10 * 86_400 });
    simulator.checkout(later.id);
    expect((await rzp.subscriptions.pause(later.id)).status).toBe('cancelled');
  });
});

describe('invoices, payments and refunds', () => {
  it('lists a subscription’s invoices and fetches its payments, in the documented shapes', async () => {
    const plan = await monthlyPlan();
    const sub = await rzp.subscriptions.create({ plan_id: plan.id, total_count: 6 });
    const paid = simulator.checkout(sub.id, { email: 'ravi@example.com', contact: '+919876500000', name: 'Ravi Menon' });
    if (!paid.ok) throw new Error('checkout failed');
    simulator.chargeNextCycle(sub.id);

    const invoices = await rzp.invoices.all({ subscription_id: sub.id } as never);
    expect(invoices.count).toBe(2);
    const [renewal, first] = invoices.items as unknown as Record<string, unknown>[];
    expect(first).toMatchObject({ entity: 'invoice', subscription_id: sub.id, status: 'paid', amount: 99_900, amount_paid: 99_900, amount_due: 0, payment_id: paid.response.razorpay_payment_id, currency_symbol: '₹' });
    expect(renewal!.billing_start).toBe(first!.billing_end);
    expect(shapeProblems(first, [fixture('invoice')])).toEqual([]);
    expect(await rzp.invoices.fetch(first!.id as string)).toEqual(first);
    const otherSub = (await rzp.invoices.all({ subscription_id: 'sub_ZZZZZZZZZZZZZZ' } as never)).count;
    expect(otherSub).toBe(0);

    const payment = await rzp.payments.fetch(paid.response.razorpay_payment_id);
    expect(payment).toMatchObject({ entity: 'payment', status: 'captured', captured: true, amount: 99_900, method: 'card', invoice_id: first!.id, email: 'ravi@example.com', contact: '+919876500000' });
    expect(payment.id).toMatch(/^pay_[A-Za-z0-9]{14}$/);
    expect(shapeProblems(payment, [fixture('payment'), fixture<{ payload: { payment: { entity: unknown } } }>('event-payment-captured').payload.payment.entity])).toEqual([]);
    const withCard = (await rzp.payments.fetch(payment.id, { 'expand[]': 'card' })) as unknown as { card: { last4: string } };
    expect(withCard.card.last4).toBe('4366');
    const all = await rzp.payments.all({ count: 100 });
    expect(all.items.map((p) => p.id)).toContain(payment.id);
  });

  it('refunds part, then the rest; refuses more than was captured; lists and fetches refunds', async () => {
    const plan = await monthlyPlan();
    const sub = await rzp.subscriptions.create({ plan_id: plan.id, total_count: 6 });
    const paid = simulator.checkout(sub.id);
    if (!paid.ok) throw new Error('checkout failed');
    const paymentId = paid.response.razorpay_payment_id;

    const tooMuch = await sdkError(rzp.payments.refund(paymentId, { amount: 100_000 }));
    expect(tooMuch.error).toMatchObject({ field: 'amount', description: 'The refund amount provided is greater than amount captured.' });
    const tooLittle = await sdkError(rzp.payments.refund(paymentId, { amount: 50 }));
    expect(tooLittle.error).toMatchObject({ field: 'amount', description: 'The amount must be at least INR 1.00' });
    expect((await rzp.payments.fetch(paymentId)).amount_refunded).toBe(0);

    const part = await rzp.payments.refund(paymentId, { amount: 40_000, notes: { reason: 'proration' } });
    expect(part.id).toMatch(/^rfnd_[A-Za-z0-9]{14}$/);
    expect(part).toMatchObject({ entity: 'refund', amount: 40_000, payment_id: paymentId, status: 'processed', currency: 'INR' });
    expect(shapeProblems(part, [fixture('refund')])).toEqual([]);
    expect(await rzp.payments.fetch(paymentId)).toMatchObject({ status: 'captured', amount_refunded: 40_000, refund_status: 'partial' });

    const rest = await rzp.payments.refund(paymentId, {});
    expect(rest.amount).toBe(59_900);
    expect(await rzp.payments.fetch(paymentId)).toMatchObject({ status: 'refunded', amount_refunded: 99_900, refund_status: 'full' });
    const again = await sdkError(rzp.payments.refund(paymentId, {}));
    expect(again.error.description).toBe('The payment has been fully refunded already.');

    expect((await rzp.payments.fetchMultipleRefund(paymentId)).items.map((r) => r.id)).toEqual([rest.id, part.id]);
    expect(await rzp.refunds.fetch(part.id)).toEqual(part);
    expect(await rzp.payments.fetchRefund(paymentId, rest.id)).toEqual(rest);
  });
});

describe('authentication and routing', () => {
  it('refuses a wrong secret, an unknown key id and no credentials with 401 and Razorpay’s envelope', async () => {
    const wrongSecret = pointRazorpayAt(new Razorpay({ key_id: simulator.keyId, key_secret: 'not-the-secret' }), simulator.url);
    const bad = await sdkError(wrongSecret.plans.all());
    expect(bad.statusCode).toBe(401);
    expect(bad.error).toEqual({ code: 'BAD_REQUEST_ERROR', description: 'Authentication failed', source: 'NA', step: 'NA', reason: 'NA', metadata: {}, field: null });

    const wrongKey = pointRazorpayAt(new Razorpay({ key_id: 'rzp_test_someoneelse', key_secret: simulator.keySecret }), simulator.url);
    expect((await sdkError(wrongKey.plans.all())).error.description).toBe('The api key provided is invalid');

    const anonymous = await fetch(`${simulator.url}/v1/plans`);
    expect(anonymous.status).toBe(401);
    expect(((await anonymous.json()) as { error: { code: string } }).error.code).toBe('BAD_REQUEST_ERROR');
    const controls = await fetch(`${simulator.url}/_simulator/clock`);
    expect(controls.status).toBe(401);
  });

  it('answers an unknown path or verb with Razorpay’s 400, and writes nothing on a refused create', async () => {
    const auth = `Basic ${Buffer.from(`${simulator.keyId}:${simulator.keySecret}`).toString('base64')}`;
    const unknown = await fetch(`${simulator.url}/v1/orders`, { headers: { authorization: auth } });
    expect(unknown.status).toBe(400);
    expect(((await unknown.json()) as { error: { description: string } }).error.description).toBe('The requested URL was not found on the server.');
    const wrongVerb = await fetch(`${simulator.url}/v1/plans`, { method: 'DELETE', headers: { authorization: auth } });
    expect(wrongVerb.status).toBe(400);
    const broken = await fetch(`${simulator.url}/v1/plans`, { method: 'POST', headers: { authorization: auth, 'content-type': 'application/json' }, body: '{"period":' });
    expect(broken.status).toBe(400);
  });

  it('takes form-encoded bodies as Razorpay does', async () => {
    const auth = `Basic ${Buffer.from(`${simulator.keyId}:${simulator.keySecret}`).toString('base64')}`;
    const res = await fetch(`${simulator.url}/v1/plans`, {
      method: 'POST',
      headers: { authorization: auth, 'content-type': 'application/x-www-form-urlencoded' },
      body: 'period=weekly&interval=2&item[name]=Weekly&item[amount]=5000&item[currency]=INR&notes[a]=b',
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ period: 'weekly', interval: 2, item: { amount: 5000 }, notes: { a: 'b' } });
  });
});

describe('subscription statuses through the API', () => {
  it('expires a created subscription whose start_at passed unpaid', async () => {
    const plan = await monthlyPlan();
    const sub: RazorpaySubscription = await rzp.subscriptions.create({ plan_id: plan.id, total_count: 3, start_at: nowSeconds() + 3600 }) as never;
    clock.advance(2 * 3600 * 1000);
    expect((await rzp.subscriptions.fetch(sub.id)).status).toBe('expired');
  });
});
