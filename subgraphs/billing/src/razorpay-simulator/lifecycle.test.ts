import type Razorpay from 'razorpay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DAY, type ManualClock } from '@marketplace/shared';
import type { RazorpaySimulator } from './simulator-server.ts';
import { startTestSimulator } from './test-support.ts';

/**
 * The subscription life cycle over time, driven by the injected clock and the `/_simulator` controls:
 * renewals, failures → pending → halted, paying up, completion, future starts, cancellation at cycle end.
 */
let simulator: RazorpaySimulator;
let rzp: Razorpay;
let clock: ManualClock;
let planId: string;
const unix = () => Math.floor(simulator.clock.nowMs() / 1000);
const advanceTo = (unixSeconds: number) => simulator.advanceClock((unixSeconds - unix()) * 1000);

beforeAll(async () => {
  ({ simulator, rzp, clock } = await startTestSimulator());
  planId = (await rzp.plans.create({ period: 'monthly', interval: 1, item: { name: 'Pro', amount: 49_900, currency: 'INR' } })).id;
});
afterAll(() => simulator?.close());

async function activeSubscription(totalCount = 12) {
  const sub = await rzp.subscriptions.create({ plan_id: planId, total_count: totalCount });
  const paid = simulator.checkout(sub.id);
  if (!paid.ok) throw new Error(paid.error.description);
  return rzp.subscriptions.fetch(sub.id);
}

const eventsOf = (id: string) => simulator.webhooks.events({ subscriptionId: id }).map((e) => e.event);
const invoicesOf = async (id: string) =>
  ((await rzp.invoices.all({ subscription_id: id, count: 100 } as never)).items as unknown as { status: string; billing_start: number; billing_end: number; created_at: number; payment_id: string | null }[]).reverse();

describe('renewals', () => {
  it('charges the next cycle when the clock reaches charge_at, stamped with the time it was due', async () => {
    const sub = await activeSubscription();
    const before = eventsOf(sub.id).length;
    expect(simulator.advanceClock(10 * DAY)).toEqual([]);
    clock.advance(25 * DAY); // the injected clock moves too; due work runs on the next run
    const [renewal] = simulator.runDue().filter((r) => r.subscription.id === sub.id);
    expect(renewal).toMatchObject({ outcome: 'charged', payment: { status: 'captured', amount: 49_900, created_at: sub.current_end } });
    expect(renewal!.invoice).toMatchObject({ status: 'paid', billing_start: sub.current_end, created_at: sub.current_end });
    expect(await rzp.subscriptions.fetch(sub.id)).toMatchObject({ status: 'active', paid_count: 2, remaining_count: 10, current_start: sub.current_end, charge_at: renewal!.invoice!.billing_end });
    expect(eventsOf(sub.id).slice(before)).toEqual(['payment.captured', 'invoice.paid', 'subscription.charged']);
  });

  it('catches up several cycles at once, in order, with contiguous billing periods', async () => {
    const sub = await activeSubscription();
    simulator.advanceClock(95 * DAY);
    const invoices = await invoicesOf(sub.id);
    expect(invoices).toHaveLength(4);
    for (let i = 1; i < invoices.length; i++) expect(invoices[i]!.billing_start).toBe(invoices[i - 1]!.billing_end);
    expect(invoices.every((i) => i.status === 'paid')).toBe(true);
    expect((await rzp.subscriptions.fetch(sub.id)).paid_count).toBe(4);
  });

  it('completes after total_count cycles, with subscription.completed, and charges no more', async () => {
    const sub = await activeSubscription(3);
    simulator.chargeNextCycle(sub.id);
    const last = simulator.chargeNextCycle(sub.id);
    expect(last.subscription).toMatchObject({ status: 'completed', paid_count: 3, remaining_count: 0, charge_at: null, ended_at: unix() });
    expect(eventsOf(sub.id).at(-1)).toBe('subscription.completed');
    expect(() => simulator.chargeNextCycle(sub.id)).toThrow(/cannot be charged in completed status/);
    expect(simulator.advanceClock(400 * DAY).filter((r) => r.subscription.id === sub.id)).toEqual([]);
  });

  it('activates a future-start subscription at start_at with its first charge', async () => {
    const startAt = unix() + 3 * 86_400;
    const sub = await rzp.subscriptions.create({ plan_id: planId, total_count: 6, start_at: startAt });
    simulator.checkout(sub.id);
    expect((await rzp.subscriptions.fetch(sub.id)).status).toBe('authenticated');
    simulator.advanceClock(4 * DAY);
    const after = await rzp.subscriptions.fetch(sub.id);
    expect(after).toMatchObject({ status: 'active', paid_count: 1, current_start: startAt, remaining_count: 5 });
    expect(eventsOf(sub.id)).toEqual(['subscription.authenticated', 'payment.captured', 'invoice.paid', 'subscription.activated', 'subscription.charged']);
  });

  it('cancels at the end of the cycle when asked to, without charging it', async () => {
    const sub = await activeSubscription();
    await rzp.subscriptions.cancel(sub.id, true);
    simulator.advanceClock(40 * DAY);
    expect(await rzp.subscriptions.fetch(sub.id)).toMatchObject({ status: 'cancelled', ended_at: sub.current_end, paid_count: 1 });
    expect(await invoicesOf(sub.id)).toHaveLength(1);
    expect(eventsOf(sub.id).at(-1)).toBe('subscription.cancelled');
  });

  it('starts a new cycle at resume when the old one ended while paused', async () => {
    const sub = await activeSubscription();
    await rzp.subscriptions.pause(sub.id);
    simulator.advanceClock(45 * DAY);
    expect(await invoicesOf(sub.id)).toHaveLength(1);
    const resumed = await rzp.subscriptions.resume(sub.id);
    expect(resumed.charge_at).toBe(unix());
    simulator.runDue();
    const invoices = await invoicesOf(sub.id);
    expect(invoices).toHaveLength(2);
    expect(invoices[1]!.billing_start).toBe(resumed.charge_at);
    expect(eventsOf(sub.id).slice(-5)).toEqual(['subscription.paused', 'subscription.resumed', 'payment.captured', 'invoice.paid', 'subscription.charged']);
  });
});

describe('failed charges', () => {
  it('goes pending on a failed renewal, retries daily, and halts after four failed attempts', async () => {
    const sub = await activeSubscription();
    simulator.failNextCharges(sub.id, 4);
    advanceTo(sub.charge_at!);
    const pending = await rzp.subscriptions.fetch(sub.id);
    expect(pending).toMatchObject({ status: 'pending', auth_attempts: 1, paid_count: 1, current_start: sub.current_end, charge_at: sub.current_end! + 86_400 });
    expect(eventsOf(sub.id).slice(-2)).toEqual(['payment.failed', 'subscription.pending']);

    simulator.advanceClock(1 * DAY);
    expect(await rzp.subscriptions.fetch(sub.id)).toMatchObject({ status: 'pending', auth_attempts: 2 });
    simulator.advanceClock(2 * DAY);
    const halted = await rzp.subscriptions.fetch(sub.id);
    expect(halted).toMatchObject({ status: 'halted', auth_attempts: 4, paid_count: 1, charge_at: pending.current_end });
    expect(eventsOf(sub.id).slice(-6)).toEqual(['payment.failed', 'subscription.pending', 'payment.failed', 'subscription.pending', 'payment.failed', 'subscription.halted']);
    const invoices = await invoicesOf(sub.id);
    expect(invoices.map((i) => i.status)).toEqual(['paid', 'issued']);
    const failedPayments = (await rzp.payments.all({ count: 100 })).items.filter((p) => p.status === 'failed' && p.invoice_id);
    expect(failedPayments.length).toBeGreaterThanOrEqual(4);

    // Halted: the next cycle is invoiced but not charged.
    advanceTo(halted.charge_at!);
    expect((await invoicesOf(sub.id)).map((i) => i.status)).toEqual(['paid', 'issued', 'issued']);
    expect((await rzp.subscriptions.fetch(sub.id)).status).toBe('halted');

    // Paying up the oldest unpaid invoice makes it active again (later invoices stay unpaid, as Razorpay does).
    const paid = simulator.payPending(sub.id);
    expect(paid.subscription).toMatchObject({ status: 'active', auth_attempts: 0, paid_count: 2 });
    expect((await invoicesOf(sub.id)).map((i) => i.status)).toEqual(['paid', 'paid', 'issued']);
    expect(eventsOf(sub.id).slice(-4)).toEqual(['payment.captured', 'invoice.paid', 'subscription.charged', 'subscription.activated']);
  });

  it('recovers from pending when a retry succeeds', async () => {
    const sub = await activeSubscription();
    expect(simulator.chargeNextCycle(sub.id, 'failure').subscription.status).toBe('pending');
    const retry = simulator.chargeNextCycle(sub.id);
    expect(retry).toMatchObject({ outcome: 'charged', subscription: { status: 'active', paid_count: 2, auth_attempts: 0 } });
    expect(eventsOf(sub.id).slice(-4)).toEqual(['payment.captured', 'invoice.paid', 'subscription.charged', 'subscription.activated']);
  });

  it('refuses pay-pending on a subscription that owes nothing', async () => {
    const sub = await activeSubscription();
    expect(() => simulator.payPending(sub.id)).toThrow(/nothing pending in active status/);
  });
});

describe('the controls over HTTP', () => {
  const control = async (method: string, path: string, body?: unknown) => {
    const res = await fetch(`${simulator.url}${path}`, {
      method,
      headers: { authorization: `Basic ${Buffer.from(`${simulator.keyId}:${simulator.keySecret}`).toString('base64')}`, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: res.status, body: (await res.json()) as Record<string, any> };
  };

  it('reads and advances the clock, charges, fails, pays up and refunds', async () => {
    const sub = await activeSubscription();
    const before = await control('GET', '/_simulator/clock');
    expect(before.body.now_unix).toBe(unix());
    const advanced = await control('POST', '/_simulator/clock/advance', { days: 1, hours: 2 });
    expect(advanced.body.now_unix).toBe(before.body.now_unix + 26 * 3600);

    expect((await control('POST', `/_simulator/subscriptions/${sub.id}/fail-next-charges`, { count: 1 })).body).toMatchObject({ failing_charges: 1 });
    const failed = await control('POST', `/_simulator/subscriptions/${sub.id}/charge`, {});
    expect(failed.body).toMatchObject({ outcome: 'failed', subscription: { status: 'pending' }, payment: { status: 'failed' } });
    const paid = await control('POST', `/_simulator/subscriptions/${sub.id}/pay-pending`, {});
    expect(paid.body).toMatchObject({ outcome: 'charged', subscription: { status: 'active' }, invoice: { status: 'paid' } });
    const refund = await control('POST', `/_simulator/payments/${paid.body.payment.id}/refund`, { amount: 1000 });
    expect(refund.body).toMatchObject({ entity: 'refund', amount: 1000 });
    const charged = await control('POST', `/_simulator/subscriptions/${sub.id}/charge`, { outcome: 'success' });
    expect(charged.body.outcome).toBe('charged');
    const due = await control('POST', '/_simulator/run-due');
    expect(due.body.due).toEqual([]);
  });

  it('refuses bad control input naming the field', async () => {
    const sub = await activeSubscription();
    expect((await control('POST', '/_simulator/clock/advance', { days: -1 })).body.error).toMatchObject({ field: 'days' });
    expect((await control('POST', `/_simulator/subscriptions/${sub.id}/charge`, { outcome: 'maybe' })).body.error).toMatchObject({ field: 'outcome' });
    expect((await control('POST', `/_simulator/subscriptions/${sub.id}/fail-next-charges`, { count: 1000 })).body.error).toMatchObject({ field: 'count' });
    expect((await control('POST', '/_simulator/subscriptions/sub_ZZZZZZZZZZZZZZ/charge', {})).status).toBe(400);
    expect((await control('POST', '/_simulator/nothing-here', {})).status).toBe(400);
  });
});
