import { DAY } from '@marketplace/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codes, startTestPlatform, type TestPlatform } from '../support/platform.ts';
import { seedCustomer, seedSolution, type SeededCustomer, type SeededSolution } from '../support/seed.ts';
import { BILLING_TIERS, CHECKOUT, CONFIRM, MY_INVOICES, MY_SUBSCRIPTIONS, payAtCheckout, SUBSCRIPTION } from '../support/billing.ts';

/**
 * Issue 9's upgrade story through the gateway, with the Razorpay test-mode simulator on the platform's clock: a
 * registered customer runs out of calls, pays for Pro at checkout, and the shim admits call 101 under Pro; the
 * payment is invoiced and booked once however it is confirmed (signature and webhooks).
 */
let platform: TestPlatform;
let solution: SeededSolution;
let customer: SeededCustomer;

beforeAll(async () => {
  platform = await startTestPlatform();
  solution = await seedSolution(platform, { name: 'Text Summariser', tiers: BILLING_TIERS });
  customer = await seedCustomer(platform, solution.solutionId);
});
afterAll(() => platform?.close());

const call = () => platform.validate(solution.secret, { apiKey: customer.apiKey });

describe('upgrading to Pro', () => {
  let subscriptionId: string;

  it('starts from a registered customer whose hundred calls are used up', async () => {
    for (let i = 0; i < 100; i++) expect((await call()).body.allowed).toBe(true);
    const refused = await call();
    expect(refused.body).toMatchObject({ allowed: false, code: 'QUOTA_EXCEEDED', tier: 'registered', upgrade: { tier: 'pro' } });
  });

  it('shows the prices with GST on the solution, to anyone', async () => {
    const res = await platform.graphql(`query($id: ID!) { solutionById(id: $id) { id prices { tier monthly { taxable { paise } gst { paise } total { paise } } callAllowance } } }`, { id: solution.solutionId });
    expect(res.errors).toBeUndefined();
    expect(res.data!.solutionById.prices).toEqual([
      { tier: 'PRO', monthly: { taxable: { paise: 99_900 }, gst: { paise: 17_982 }, total: { paise: 117_882 } }, callAllowance: 10_000 },
      { tier: 'ENTERPRISE', monthly: { taxable: { paise: 999_900 }, gst: { paise: 179_982 }, total: { paise: 1_179_882 } }, callAllowance: 1_000_000 },
    ]);
  });

  it('opens a checkout for the Pro price plus GST, in test mode', async () => {
    const res = await platform.graphql(CHECKOUT, { solutionId: solution.solutionId, tier: 'PRO' }, customer.accessToken);
    expect(res.errors).toBeUndefined();
    const session = res.data!.startCheckout;
    // ₹999 + 18 % GST (CGST + SGST: no state given, so supplied in the seller's state).
    expect(session.amount).toMatchObject({ taxable: { paise: 99_900 }, gst: { paise: 17_982 }, total: { paise: 117_882, currency: 'INR' }, gstRatePercent: 18 });
    expect(session).toMatchObject({ testMode: true, keyId: 'rzp_test_simulator' });
    expect(session.checkoutUrl).toBe(`${platform.simulator.url}/checkout/${session.razorpaySubscriptionId}`);
    subscriptionId = session.subscriptionId;
    const sub = (await platform.graphql(SUBSCRIPTION, { id: subscriptionId }, customer.accessToken)).data!.subscription;
    expect(sub).toMatchObject({ status: 'CREATED', tier: 'PRO', paymentUrl: session.checkoutUrl });
  });

  it('activates on the confirmed payment, and the shim admits call 101 under Pro', async () => {
    const paid = await payAtCheckout(platform, customer, solution.solutionId, 'PRO');
    expect(paid.subscriptionId).toBe(subscriptionId);
    const res = await platform.graphql(CONFIRM, { input: paid.confirmation }, customer.accessToken);
    expect(res.errors).toBeUndefined();
    expect(res.data!.confirmCheckout).toMatchObject({ id: subscriptionId, status: 'ACTIVE', tier: 'PRO', cancelAtPeriodEnd: false });
    const { currentPeriodStart, currentPeriodEnd, nextChargeAt, nextCharge } = res.data!.confirmCheckout;
    // The first cycle starts at the authorisation (now), not a cycle ahead; the renewal is due at its end.
    const sinceStart = platform.clock.now().getTime() - Date.parse(currentPeriodStart);
    expect(sinceStart).toBeGreaterThanOrEqual(0);
    expect(sinceStart).toBeLessThan(60_000);
    expect(Date.parse(currentPeriodEnd) - Date.parse(currentPeriodStart)).toBeGreaterThanOrEqual(28 * DAY);
    expect(nextChargeAt).toBe(currentPeriodEnd);
    expect(nextCharge.total.paise).toBe(117_882);

    const allowed = await call();
    expect(allowed.body).toMatchObject({ allowed: true, code: 'VALID', tier: 'pro', limit: 10_000, used: 1 });
    expect(allowed.body.resetAt).toBe(currentPeriodEnd);
  });

  it('invoices and books the payment once, whether the signature or the webhooks came first', async () => {
    await platform.simulator.webhooks.settled();
    // The first cycle's subscription.activated/charged, delivered and then replayed, leave the first period as it was.
    const confirmed = (await platform.graphql(SUBSCRIPTION, { id: subscriptionId }, customer.accessToken)).data!.subscription;
    const [charged] = platform.simulator.webhooks.events({ event: 'subscription.charged', subscriptionId: paidRazorpayId() });
    await platform.simulator.webhooks.redeliver(charged!.id);
    await platform.simulator.webhooks.settled();
    const replayed = (await platform.graphql(SUBSCRIPTION, { id: subscriptionId }, customer.accessToken)).data!.subscription;
    expect(replayed).toMatchObject({ status: 'ACTIVE', currentPeriodStart: confirmed.currentPeriodStart, currentPeriodEnd: confirmed.currentPeriodEnd, nextChargeAt: confirmed.currentPeriodEnd });
    expect(Date.parse(replayed.currentPeriodStart)).toBeLessThanOrEqual(platform.clock.now().getTime());
    const invoices = (await platform.graphql(MY_INVOICES, {}, customer.accessToken)).data!.myInvoices.nodes;
    expect(invoices).toHaveLength(1);
    expect(invoices[0]).toMatchObject({ kind: 'INVOICE', total: { paise: 117_882 }, cgst: { paise: 8_991 }, sgst: { paise: 8_991 }, igst: null, solution: { id: solution.solutionId } });
    expect(invoices[0].number).toMatch(/^MP\/\d\d-\d\d\/\d{7}$/);
    const receipt = await platform.smtp.waitFor(customer.email, /Welcome to Text Summariser Pro/);
    expect(receipt.attachments.map((a: { filename?: string }) => a.filename)).toEqual([`${invoices[0].number.replaceAll('/', '-')}.pdf`]);
    // Every delivered event took effect at most once.
    const delivered = platform.simulator.webhooks.events({ subscriptionId: paidRazorpayId() });
    expect(delivered.length).toBeGreaterThanOrEqual(3);
    expect(delivered.every((e) => e.state === 'delivered')).toBe(true);
  });

  it('shows the subscription in mySubscriptions and on the User', async () => {
    const mine = (await platform.graphql(MY_SUBSCRIPTIONS, {}, customer.accessToken)).data!.mySubscriptions;
    expect(mine.map((s: { id: string }) => s.id)).toEqual([subscriptionId]);
    const me = await platform.graphql(`{ me { id subscriptions { id status } } }`, {}, customer.accessToken);
    expect(me.data!.me.subscriptions).toEqual([{ id: subscriptionId, status: 'ACTIVE' }]);
  });

  it('refuses a second checkout while subscribed', async () => {
    const res = await platform.graphql(CHECKOUT, { solutionId: solution.solutionId, tier: 'ENTERPRISE' }, customer.accessToken);
    expect(codes(res)).toEqual(['CONFLICT']);
    expect(res.errors![0]!.extensions!.field).toBe('solutionId');
  });

  function paidRazorpayId(): string {
    return platform.simulator.webhooks.events({ event: 'subscription.activated' }).at(-1)!.subscription_id!;
  }
});
