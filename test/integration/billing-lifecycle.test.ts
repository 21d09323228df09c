import { DAY, HOUR, MINUTE } from '@marketplace/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codes, startTestPlatform, type TestPlatform } from '../support/platform.ts';
import { seedCustomer, seedSolution, type SeededCustomer, type SeededSolution } from '../support/seed.ts';
import { BILLING_TIERS, billingAudit, CANCEL, CHECKOUT, MY_INVOICES, RESUME, SUBSCRIPTION, subscribe } from '../support/billing.ts';

/**
 * A subscription's life after checkout, with an injected clock the simulator shares: the pre-debit notice before
 * a renewal, dunning (failed charge → past due with grace → halted → the shim applies registered limits → a
 * payment restores Pro), and cancellation at the period end (undoable until it is sent to Razorpay).
 */
let platform: TestPlatform;
let solution: SeededSolution;
const PASSWORD = 'customer-password-123';

beforeAll(async () => {
  platform = await startTestPlatform();
  solution = await seedSolution(platform, { name: 'Invoice OCR', tiers: BILLING_TIERS });
});
afterAll(() => platform?.close());

async function session(customer: SeededCustomer) {
  return (await platform.login(customer.email, PASSWORD)).accessToken;
}
async function subscription(customer: SeededCustomer, id: string) {
  return (await platform.graphql(SUBSCRIPTION, { id }, await session(customer))).data!.subscription;
}
const tierOf = async (customer: SeededCustomer) => (await platform.validate(solution.secret, { apiKey: customer.apiKey })).body;
/** Moves the shared clock; Razorpay charges what came due and its webhooks land; billing runs its due jobs. */
async function at(when: number) {
  platform.clock.set(new Date(when));
  platform.simulator.runDue();
  await platform.simulator.webhooks.settled();
  await platform.billing.jobs.runDue();
}

describe('dunning', () => {
  let customer: SeededCustomer;
  let id: string;
  let razorpayId: string;
  let periodEnd: number;

  beforeAll(async () => {
    customer = await seedCustomer(platform, solution.solutionId);
    const subscribed = await subscribe(platform, customer, solution.solutionId);
    id = subscribed.subscriptionId;
    razorpayId = subscribed.razorpaySubscriptionId;
    periodEnd = Date.parse(subscribed.subscription.currentPeriodEnd);
  });

  it('mails the pre-debit notice a day before the renewal', async () => {
    await at(periodEnd - 25 * HOUR);
    expect(platform.smtp.messages.some((m) => m.to && /renews on/.test(m.subject ?? '') && JSON.stringify(m.to).includes(customer.email))).toBe(false);
    await at(periodEnd - 23 * HOUR);
    const notice = await platform.smtp.waitFor(customer.email, /Invoice OCR Pro renews on/);
    expect(notice.text).toContain('₹1,178.82');
  });

  it('a failed renewal: PAST_DUE, mailed with a way to pay, the tier kept through the grace period', async () => {
    platform.simulator.failNextCharges(razorpayId, 4);
    await at(periodEnd + MINUTE);
    const sub = await subscription(customer, id);
    expect(sub).toMatchObject({ status: 'PAST_DUE', graceEndsAt: new Date(periodEnd + 3 * DAY).toISOString(), paymentUrl: `${platform.simulator.url}/checkout/${razorpayId}` });
    const mail = await platform.smtp.waitFor(customer.email, /Payment failed for Invoice OCR Pro/);
    expect(mail.text).toContain(`${platform.simulator.url}/checkout/${razorpayId}`);
    expect(await tierOf(customer)).toMatchObject({ allowed: true, tier: 'pro' });
    await at(periodEnd + 2 * DAY + 2 * MINUTE);
    expect((await subscription(customer, id)).status).toBe('PAST_DUE');
    expect((await tierOf(customer)).tier).toBe('pro');
  });

  it('halted when Razorpay gives up: mailed, and the shim applies the registered limits', async () => {
    await at(periodEnd + 3 * DAY + 3 * MINUTE);
    expect((await subscription(customer, id)).status).toBe('HALTED');
    await platform.smtp.waitFor(customer.email, /Invoice OCR Pro is on hold/);
    expect(await tierOf(customer)).toMatchObject({ tier: 'registered' });
  });

  it('a later payment restores Pro at once, mailed and invoiced', async () => {
    platform.clock.advance(HOUR);
    platform.simulator.payPending(razorpayId);
    await platform.simulator.webhooks.settled();
    const sub = await subscription(customer, id);
    expect(sub).toMatchObject({ status: 'ACTIVE', graceEndsAt: null });
    await platform.smtp.waitFor(customer.email, /Invoice OCR Pro is active again/);
    expect(await tierOf(customer)).toMatchObject({ allowed: true, tier: 'pro' });
    const invoices = (await platform.graphql(MY_INVOICES, {}, await session(customer))).data!.myInvoices.nodes;
    expect(invoices).toHaveLength(2);
  });

  it('audits every step', async () => {
    const admin = (await platform.login(platform.admin.email, platform.admin.password)).accessToken;
    const actions = (await billingAudit(platform, admin, id)).map((e) => e.action);
    expect(actions).toEqual(
      expect.arrayContaining(['subscription.checkout', 'subscription.activated', 'payment.book', 'subscription.predebit_notice', 'subscription.past-due', 'subscription.halted', 'subscription.restored']),
    );
    expect(actions.indexOf('subscription.past-due')).toBeLessThan(actions.indexOf('subscription.halted'));
    expect(actions.indexOf('subscription.halted')).toBeLessThan(actions.indexOf('subscription.restored'));
  });
});

describe('cancellation at the period end', () => {
  let customer: SeededCustomer;
  let id: string;
  let periodEnd: number;

  beforeAll(async () => {
    customer = await seedCustomer(platform, solution.solutionId);
    const subscribed = await subscribe(platform, customer, solution.solutionId);
    id = subscribed.subscriptionId;
    periodEnd = Date.parse(subscribed.subscription.currentPeriodEnd);
  });

  it('is scheduled, mailed, and can be undone', async () => {
    const token = await session(customer);
    const cancelled = (await platform.graphql(CANCEL, { id }, token)).data!.cancelSubscription;
    expect(cancelled).toMatchObject({ status: 'ACTIVE', cancelAtPeriodEnd: true, nextChargeAt: null, nextCharge: null });
    await platform.smtp.waitFor(customer.email, /Invoice OCR Pro ends on/);
    const resumed = (await platform.graphql(RESUME, { id }, token)).data!.resumeSubscription;
    expect(resumed).toMatchObject({ cancelAtPeriodEnd: false, nextChargeAt: new Date(periodEnd).toISOString() });
    await platform.smtp.waitFor(customer.email, /Invoice OCR Pro continues/);
    expect((await platform.graphql(CANCEL, { id }, token)).data!.cancelSubscription.cancelAtPeriodEnd).toBe(true);
  });

  it('is sent to Razorpay shortly before the end; from then on it cannot be undone', async () => {
    await at(periodEnd - 30 * MINUTE);
    const res = await platform.graphql(RESUME, { id }, await session(customer));
    expect(codes(res)).toEqual(['CONFLICT']);
    expect(await tierOf(customer)).toMatchObject({ tier: 'pro' });
  });

  it('ends the tier at the period end, without a charge', async () => {
    await at(periodEnd + MINUTE);
    const sub = await subscription(customer, id);
    expect(sub.status).toBe('CANCELLED');
    expect(await tierOf(customer)).toMatchObject({ tier: 'registered' });
    const invoices = (await platform.graphql(MY_INVOICES, {}, await session(customer))).data!.myInvoices.nodes;
    expect(invoices).toHaveLength(1);
    await platform.smtp.waitFor(customer.email, /Invoice OCR Pro has ended/);
  });

  it('lets the customer subscribe again afterwards', async () => {
    const res = await platform.graphql(CHECKOUT, { solutionId: solution.solutionId, tier: 'PRO' }, await session(customer));
    expect(res.errors).toBeUndefined();
    expect(res.data!.startCheckout.subscriptionId).not.toBe(id);
  });
});
