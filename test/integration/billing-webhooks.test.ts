import { createHmac } from 'node:crypto';
import { MINUTE } from '@marketplace/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform, type TestPlatform } from '../support/platform.ts';
import { seedCustomer, seedSolution, type SeededCustomer, type SeededSolution } from '../support/seed.ts';
import { BILLING_TIERS, billingAudit, billingItems, MY_INVOICES, SUBSCRIPTION, subscribe } from '../support/billing.ts';

/**
 * Razorpay's webhooks through the gateway (POST /billing/webhooks/razorpay): signatures checked on the raw body
 * before anything else, each event id taking effect once however often and however concurrently it comes, and
 * events in any order ending in Razorpay's state.
 */
let platform: TestPlatform;
let solution: SeededSolution;
let customer: SeededCustomer;
let subscriptionId: string;
let razorpayId: string;

beforeAll(async () => {
  platform = await startTestPlatform();
  solution = await seedSolution(platform, { name: 'Geo Coder', tiers: BILLING_TIERS });
  customer = await seedCustomer(platform, solution.solutionId);
  const subscribed = await subscribe(platform, customer, solution.solutionId);
  subscriptionId = subscribed.subscriptionId;
  razorpayId = subscribed.razorpaySubscriptionId;
});
afterAll(() => platform?.close());

const post = (body: string, headers: Record<string, string>) =>
  fetch(`${platform.url}/billing/webhooks/razorpay`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });

const subscriptionNow = async () => {
  const token = (await platform.login(customer.email, 'customer-password-123')).accessToken;
  return { token, sub: (await platform.graphql(SUBSCRIPTION, { id: subscriptionId }, token)).data!.subscription };
};

/** Moves to just past Razorpay's current period end; Razorpay charges what came due (its events held or sent). */
async function toNextCycle(): Promise<void> {
  const { current_end } = platform.simulator.core.fetchSubscription(razorpayId);
  platform.clock.set(new Date(current_end! * 1000 + MINUTE));
  platform.simulator.runDue();
}

describe('signatures', () => {
  it('refuses a forged, a tampered and an unsigned event with 400, storing nothing', async () => {
    const genuine = platform.simulator.webhooks.events({ event: 'subscription.charged', subscriptionId: razorpayId })[0]!;
    const eventsBefore = await billingItems(platform, 'RZPEVENT#');
    const auditBefore = (await billingAudit(platform, (await platform.login(platform.admin.email, platform.admin.password)).accessToken)).length;
    const forged = createHmac('sha256', 'not-the-webhook-secret').update(genuine.body).digest('hex');
    const tampered = genuine.body.replace('"captured"', '"refunded"');
    for (const [body, signature] of [
      [genuine.body, forged],
      [tampered, genuine.signature],
      [genuine.body, genuine.signature.toUpperCase()],
      [genuine.body, ''],
    ] as const) {
      const res = await post(body, { 'x-razorpay-signature': signature, 'x-razorpay-event-id': `evt_forged_${signature.slice(0, 6)}` });
      expect(res.status).toBe(400);
      expect(res.headers.get('content-type')).toBe('application/problem+json');
      expect(await res.json()).toMatchObject({ status: 400, code: 'BAD_USER_INPUT', field: 'X-Razorpay-Signature', requestId: expect.any(String) });
    }
    const unsigned = await post(genuine.body, { 'x-razorpay-event-id': 'evt_unsigned' });
    expect(unsigned.status).toBe(400);
    expect(await unsigned.json()).toMatchObject({ code: 'BAD_USER_INPUT', field: 'X-Razorpay-Signature' });
    const noEventId = await post(genuine.body, { 'x-razorpay-signature': genuine.signature });
    expect(await noEventId.json()).toMatchObject({ status: 400, code: 'BAD_USER_INPUT', field: 'X-Razorpay-Event-Id' });
    expect(await billingItems(platform, 'RZPEVENT#')).toHaveLength(eventsBefore.length);
    const admin = (await platform.login(platform.admin.email, platform.admin.password)).accessToken;
    expect(await billingAudit(platform, admin)).toHaveLength(auditBefore);
  });

  it('refuses a signed body that is not an event object, and acknowledges ids that name nothing, never failing', async () => {
    const sign = (body: string) => createHmac('sha256', platform.simulator.webhookSecret).update(body).digest('hex');
    for (const body of ['null', '[]', '"event"', '7']) {
      const res = await post(body, { 'x-razorpay-signature': sign(body), 'x-razorpay-event-id': `evt_not_object_${body.length}` });
      expect(res.status).toBe(400);
      expect(await res.json()).toMatchObject({ status: 400, code: 'BAD_REQUEST', field: 'body', problems: [{ field: 'body' }] });
    }
    const long = 'sub_'.padEnd(10_000, 'x');
    for (const [i, body] of [
      JSON.stringify({ event: 'subscription.activated', payload: { subscription: { entity: { id: long } } } }),
      JSON.stringify({ event: 'payment.captured', payload: { payment: { entity: { id: long } } } }),
      JSON.stringify({ event: 'refund.processed', payload: { refund: { entity: { id: long, payment_id: long } } } }),
    ].entries()) {
      const res = await post(body, { 'x-razorpay-signature': sign(body), 'x-razorpay-event-id': `evt_long_id_${i}` });
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual({ ok: true, outcome: 'ignored' });
    }
  });

  it('acknowledges an event it has no business with, and logs it', async () => {
    const body = JSON.stringify({ entity: 'event', event: 'order.paid', payload: {}, created_at: 1 });
    const signature = createHmac('sha256', platform.simulator.webhookSecret).update(body).digest('hex');
    const res = await post(body, { 'x-razorpay-signature': signature, 'x-razorpay-event-id': 'evt_unknown_kind' });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true, outcome: 'ignored' });
  });
});

describe('the same event delivered ten times', () => {
  it('takes effect once: one renewal, one invoice, one ledger entry, one receipt', async () => {
    platform.simulator.webhooks.hold();
    await toNextCycle();
    const charged = platform.simulator.webhooks.events({ event: 'subscription.charged', subscriptionId: razorpayId, state: 'held' });
    expect(charged).toHaveLength(1);
    const event = charged[0]!;
    const ledgerBefore = (await billingItems(platform, 'LEDGER#')).length;
    const mailsBefore = platform.smtp.messages.filter((m) => /Receipt for Geo Coder Pro/.test(m.subject ?? '')).length;

    // Ten deliveries at once, as Razorpay's retries can overlap a slow answer; each answered well within 5 s.
    const started = Date.now();
    const answers = await Promise.all(
      Array.from({ length: 10 }, () => post(event.body, { 'x-razorpay-signature': event.signature, 'x-razorpay-event-id': event.id })),
    );
    expect(answers.map((a) => a.status)).toEqual(Array(10).fill(200));
    expect(Date.now() - started).toBeLessThan(5000);
    // And ten more later: acknowledged as replays.
    for (let i = 0; i < 10; i++) {
      const again = await post(event.body, { 'x-razorpay-signature': event.signature, 'x-razorpay-event-id': event.id });
      expect(await again.json()).toEqual({ ok: true, outcome: 'replayed' });
    }

    const { token, sub } = await subscriptionNow();
    expect(sub.status).toBe('ACTIVE');
    const invoices = (await platform.graphql(MY_INVOICES, {}, token)).data!.myInvoices.nodes;
    expect(invoices).toHaveLength(2);
    expect((await billingItems(platform, 'LEDGER#')).length).toBe(ledgerBefore + 1);
    await platform.smtp.waitFor(customer.email, /Receipt for Geo Coder Pro/);
    await new Promise((r) => setTimeout(r, 300));
    expect(platform.smtp.messages.filter((m) => /Receipt for Geo Coder Pro/.test(m.subject ?? ''))).toHaveLength(mailsBefore + 1);
    const admin = (await platform.login(platform.admin.email, platform.admin.password)).accessToken;
    const renewals = (await billingAudit(platform, admin, subscriptionId)).filter((e) => e.action === 'subscription.renewed');
    expect(renewals).toHaveLength(1);
    expect(await billingItems(platform, `RZPEVENT#${event.id}`)).toHaveLength(1);
    await platform.simulator.webhooks.release();
    await platform.simulator.webhooks.settled();
  });
});

describe('events out of order', () => {
  it('end in Razorpay\'s state: two renewals delivered newest first never move the period back', async () => {
    platform.simulator.webhooks.hold();
    await toNextCycle();
    await toNextCycle();
    const latest = platform.simulator.core.fetchSubscription(razorpayId);
    await platform.simulator.webhooks.release('reverse');
    await platform.simulator.webhooks.settled();
    const { token, sub } = await subscriptionNow();
    expect(sub).toMatchObject({ status: 'ACTIVE', currentPeriodEnd: new Date(latest.current_end! * 1000).toISOString() });
    const invoices = (await platform.graphql(MY_INVOICES, {}, token)).data!.myInvoices.nodes;
    expect(invoices).toHaveLength(4);
    // The shim counts in the newest period.
    const verdict = await platform.validate(solution.secret, { apiKey: customer.apiKey });
    expect(verdict.body).toMatchObject({ allowed: true, tier: 'pro', resetAt: sub.currentPeriodEnd });
  });

  it('a failed renewal paid at once, its events reversed: active, not past due', async () => {
    platform.simulator.webhooks.hold();
    platform.simulator.failNextCharges(razorpayId, 1);
    await toNextCycle();
    expect(platform.simulator.core.fetchSubscription(razorpayId).status).toBe('pending');
    platform.simulator.payPending(razorpayId);
    const events = platform.simulator.webhooks.events({ subscriptionId: razorpayId, state: 'held' }).map((e) => e.event);
    expect(events).toEqual(expect.arrayContaining(['payment.failed', 'subscription.pending', 'subscription.charged', 'subscription.activated']));
    await platform.simulator.webhooks.release('reverse');
    await platform.simulator.webhooks.settled();
    const { sub } = await subscriptionNow();
    expect(sub).toMatchObject({ status: 'ACTIVE', graceEndsAt: null });
    expect((await platform.validate(solution.secret, { apiKey: customer.apiKey })).body.tier).toBe('pro');
  });
});

describe('a renewal charged at another price than billing stored', () => {
  it('is invoiced and booked at what was paid, delivered twice, and flagged in the audit trail', async () => {
    // Razorpay's plan moves at the cycle end (as a price change does) while billing's stored price stays.
    const plan = platform.simulator.core.createPlan({ period: 'monthly', interval: 1, item: { name: 'Geo Coder Pro (new price)', amount: 129_901, currency: 'INR' } });
    platform.simulator.core.updateSubscription(razorpayId, { plan_id: plan.id, schedule_change_at: 'cycle_end' });
    platform.simulator.webhooks.hold();
    await toNextCycle();
    const charged = platform.simulator.webhooks.events({ event: 'subscription.charged', subscriptionId: razorpayId, state: 'held' });
    expect(charged).toHaveLength(1);
    for (const id of [charged[0]!.id, `${charged[0]!.id}_retry`]) {
      const res = await post(charged[0]!.body, { 'x-razorpay-signature': charged[0]!.signature, 'x-razorpay-event-id': id });
      expect(res.status).toBe(200);
    }
    await platform.simulator.webhooks.release();
    await platform.simulator.webhooks.settled();

    const { token } = await subscriptionNow();
    const invoices = (await platform.graphql(MY_INVOICES, {}, token)).data!.myInvoices.nodes.filter((i: any) => i.total.paise === 129_901);
    expect(invoices).toHaveLength(1);
    const [invoice] = invoices;
    const [cgst, sgst, igst] = [invoice.cgst, invoice.sgst, invoice.igst].map((levy) => levy?.paise ?? 0);
    expect(invoice.taxable.paise + cgst + sgst + igst).toBe(129_901);
    // 18 % inside ₹1,299.01: 110 085 paise taxable with CGST + SGST, 110 086 with IGST (each levy rounded).
    expect(invoice.taxable.paise).toBe(igst > 0 ? 110_086 : 110_085);
    const entries = (await billingItems(platform, 'LEDGER#')).filter((e) => e.kind === 'payment' && e.invoiceId === invoice.id);
    expect(entries.map((e) => [e.grossPaise, e.gstPaise])).toEqual([[129_901, 129_901 - invoice.taxable.paise]]);
    const admin = (await platform.login(platform.admin.email, platform.admin.password)).accessToken;
    const booked = (await billingAudit(platform, admin, subscriptionId)).filter((e) => e.action === 'payment.book');
    expect(booked.at(-1)!.reason).toMatch(/differs from the price/);
    expect(booked.filter((e) => e.reason && /differs/.test(e.reason))).toHaveLength(1);
  });
});
