import { type Caller, DAY, HOUR, MINUTE } from '@marketplace/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BillingHarness, startBillingHarness } from '../testing/billing-harness.ts';

const OLD = 99_900;
const NEW = 149_900;
const ENTERPRISE = 999_900;
/** Price plus CGST and SGST at 9 % each (the harness's buyers are in the seller's state). */
const withGst = (paise: number) => paise + 2 * Math.round(paise * 0.09);
const UPCOMING = 'query($id: ID!) { subscription(id: $id) { upcomingPrice { newPrice { paise } effectiveAt } } }';

/**
 * Subscribers who were not there to be told when billing took a tier's new price — past due, ending at the period
 * end, or not started yet — are told once they pay the tier again: the same audited notice and email as the others,
 * the new price never sooner than 30 days after that email nor before a renewal's pre-debit notice states it.
 * Subscriptions started after the price was saved pay it from the start.
 */
describe('subscribers who missed a tier price change', () => {
  let h: BillingHarness;
  let partner: Caller;

  beforeAll(async () => {
    h = await startBillingHarness('billing-price-catch-up');
    partner = h.customer();
  }, 60_000);
  afterAll(async () => {
    await h?.close();
  });

  const record = (id: string) => h.services.sync.subscriptions.get(id);
  /** Razorpay charges what came due (every test's subscriptions renew as the clock moves); the amounts of one. */
  const charges = (razorpayId: string) => h.simulator.runDue().filter((r) => r.subscription.id === razorpayId && r.payment).map((r) => r.payment!.amount);
  const notices = (id: string) => h.services.priceChanges.noticesOf(id);
  const audits = async (id: string, action: string) => (await h.scan()).filter((i) => i.action === action && i.targetId === id);
  const mailsTo = (customer: Caller) => h.mails.filter((m) => JSON.stringify(m.to).includes(customer.userId!.toLowerCase()) && /new price from/.test(m.subject ?? ''));
  const solution = (prices: { pro: number; enterprise?: number } = { pro: OLD }) => h.catalog.add({ partnerId: partner.userId!, prices });
  /** The partner saves the new Pro price and billing's job run takes it (notices, emails). */
  const changePrice = async (solutionId: string) => {
    h.catalog.changePrice(solutionId, 'pro', NEW, h.clock.now(), partner.userId!);
    await h.services.jobs.runDue();
  };

  it('tells a subscriber past due on the day once they pay again, and charges the new price only after 30 days and a pre-debit notice', async () => {
    h.clock.set(new Date('2026-04-01T10:00:00.000Z'));
    const solutionId = solution();
    const { id, razorpayId, customer } = await h.paidCheckout(solutionId);
    // 1 May: the renewal fails; the price changes while the subscription is past due.
    h.simulator.failNextCharges(razorpayId, 1);
    h.clock.set(new Date('2026-05-01T10:00:00.000Z'));
    expect(h.simulator.runDue().map((r) => r.outcome)).toEqual(['failed']);
    await h.services.sync.sync(id, 'test');
    expect(await record(id)).toMatchObject({ status: 'past_due' });
    h.clock.set(new Date('2026-05-01T11:00:00.000Z'));
    await changePrice(solutionId);
    expect(await notices(id)).toEqual([]);

    // 2 May: Razorpay's retry is paid (the May cycle, at the old price); active again, the customer is told.
    h.clock.set(new Date('2026-05-02T10:00:00.000Z'));
    expect(h.simulator.runDue().map((r) => [r.outcome, r.payment?.amount])).toEqual([['charged', withGst(OLD)]]);
    await h.services.sync.sync(id, 'test');
    await h.services.jobs.runDue();
    const [notice] = await notices(id);
    expect(notice).toMatchObject({ oldPricePaise: OLD, newPricePaise: NEW, mail: 'sent', noticedAt: '2026-05-02T10:00:00.000Z', effectiveAt: '2026-06-01T10:00:00.000Z' });
    expect(mailsTo(customer)).toHaveLength(1);
    const [audit] = await audits(id, 'subscription.price_change.notice');
    expect(audit).toMatchObject({ actorId: partner.userId, before: { pricePaise: OLD }, after: { pricePaise: NEW } });
    expect(audit!.reason).toMatch(/caught up/);
    // The June renewal's pre-debit notice (31 May) comes before the change's date: it keeps the old price; July is the first at the new one.
    expect((await h.run(UPCOMING, { id }, customer)).data!.subscription.upcomingPrice).toEqual({ newPrice: { paise: NEW }, effectiveAt: '2026-07-01T10:00:00.000Z' });

    // More runs, syncs and jobs tell nobody twice.
    await h.services.sync.sync(id, 'again');
    expect(await h.services.priceChanges.catchUp(id)).toBeNull();
    await h.services.jobs.runDue();
    expect(await notices(id)).toHaveLength(1);
    expect(mailsTo(customer)).toHaveLength(1);

    h.clock.set(new Date('2026-06-01T10:00:00.000Z'));
    expect(charges(razorpayId)).toEqual([withGst(OLD)]);
    h.clock.advance(MINUTE);
    await h.services.jobs.runDue();
    expect(await record(id)).toMatchObject({ priceTaxablePaise: OLD, scheduledPrice: { priceTaxablePaise: NEW, from: '2026-07-01T10:00:00.000Z' } });
    h.clock.set(new Date('2026-07-01T10:00:00.000Z'));
    expect(charges(razorpayId)).toEqual([withGst(NEW)]);
  });

  it('leaves a subscription ending at its period end alone, and tells it once it is resumed', async () => {
    h.clock.set(new Date('2026-08-01T10:00:00.000Z'));
    const solutionId = solution();
    const { id, customer } = await h.paidCheckout(solutionId);
    await h.services.subscriptions.cancel(customer, id);
    h.clock.advance(HOUR);
    await changePrice(solutionId);
    expect(await notices(id)).toEqual([]);
    expect(mailsTo(customer)).toEqual([]);

    h.clock.advance(DAY);
    await h.services.subscriptions.resume(customer, id);
    await h.services.jobs.runDue();
    expect(await notices(id)).toEqual([expect.objectContaining({ oldPricePaise: OLD, newPricePaise: NEW, mail: 'sent', noticedAt: h.clock.now().toISOString() })]);
    expect(mailsTo(customer)).toHaveLength(1);
  });

  it('keeps an emailed change of a subscription that then set itself to end, and makes it once the subscription is resumed', async () => {
    // 1 October (a 31-day cycle): the change is mailed at once, due on 31 October, before the cycle ends on 1 November.
    h.clock.set(new Date('2026-10-01T10:00:00.000Z'));
    const solutionId = solution();
    const { id, razorpayId, customer } = await h.paidCheckout(solutionId);
    h.clock.advance(MINUTE);
    await changePrice(solutionId);
    expect(await notices(id)).toEqual([expect.objectContaining({ mail: 'sent', effectiveAt: '2026-10-31T10:01:00.000Z' })]);
    await h.services.subscriptions.cancel(customer, id);

    h.clock.set(new Date('2026-10-31T10:01:00.000Z'));
    await h.services.jobs.runDue();
    // Ending: nothing is scheduled, nothing shown as coming; the notice stays due.
    expect(await record(id)).toMatchObject({ cancelAtPeriodEnd: true, scheduledPrice: null });
    expect((await h.run(UPCOMING, { id }, customer)).data!.subscription.upcomingPrice).toBeNull();
    expect((await notices(id))[0]!.appliedAt).toBeNull();

    h.clock.set(new Date('2026-10-31T12:00:00.000Z'));
    await h.services.subscriptions.resume(customer, id);
    await h.services.jobs.runDue();
    // The 1 November renewal's pre-debit notice was due before the resume: it keeps the old price; December has the new one.
    h.clock.set(new Date('2026-11-01T10:00:00.000Z'));
    expect(charges(razorpayId)).toEqual([withGst(OLD)]);
    h.clock.advance(5 * MINUTE);
    await h.services.jobs.runDue();
    expect(await record(id)).toMatchObject({ status: 'active', priceTaxablePaise: OLD, scheduledPrice: { priceTaxablePaise: NEW, from: '2026-12-01T10:00:00.000Z' } });
    expect(await audits(id, 'subscription.price_change.schedule')).toHaveLength(1);
    expect(mailsTo(customer)).toHaveLength(1);
  });

  it('tells a checkout that was opened at the old price and paid after the change was taken', async () => {
    h.clock.set(new Date('2027-01-01T10:00:00.000Z'));
    const solutionId = solution();
    const customer = h.customer();
    const view = await h.services.subscriptions.startCheckout(customer, { solutionId, tier: 'pro' });
    expect(view.amount.taxablePaise).toBe(OLD);
    h.clock.advance(MINUTE);
    await changePrice(solutionId);
    h.clock.advance(MINUTE);
    const paid = h.simulator.checkout(view.subscription.razorpaySubscriptionId!);
    if (!paid.ok) throw new Error('checkout failed');
    const confirmation = { razorpayPaymentId: paid.response.razorpay_payment_id, razorpaySubscriptionId: view.subscription.razorpaySubscriptionId!, razorpaySignature: paid.response.razorpay_signature };
    // Someone else's subscription is answered as one that does not exist, naming the id argument.
    await expect(h.services.subscriptions.confirmCheckout(h.customer(), confirmation)).rejects.toMatchObject({ code: 'NOT_FOUND', field: 'input.razorpaySubscriptionId' });
    const { id } = await h.services.subscriptions.confirmCheckout(customer, confirmation);
    expect(await record(id)).toMatchObject({ status: 'active', priceTaxablePaise: OLD });
    await h.services.jobs.runDue();
    expect(await notices(id)).toEqual([expect.objectContaining({ oldPricePaise: OLD, newPricePaise: NEW, mail: 'sent' })]);
    expect(mailsTo(customer)).toHaveLength(1);
  });

  it('tells a downgrade’s Pro subscription, authorised at the old price, when it starts after the change', async () => {
    h.clock.set(new Date('2027-03-01T10:00:00.000Z'));
    const solutionId = solution({ pro: OLD, enterprise: ENTERPRISE });
    const { id: enterpriseId, customer } = await h.paidCheckout(solutionId, 'enterprise');
    const { subscription, checkout } = await h.services.subscriptions.changePlan(customer, enterpriseId, 'pro', 0);
    expect(checkout.amount.totalPaise).toBe(withGst(OLD));
    const authorised = h.simulator.checkout(subscription.razorpaySubscriptionId!);
    if (!authorised.ok) throw new Error('authorisation failed');
    await h.services.subscriptions.confirmCheckout(customer, { razorpayPaymentId: authorised.response.razorpay_payment_id, razorpaySubscriptionId: subscription.razorpaySubscriptionId!, razorpaySignature: authorised.response.razorpay_signature });
    expect(await record(subscription.id)).toMatchObject({ status: 'authenticated', priceTaxablePaise: OLD });
    h.clock.advance(DAY);
    await changePrice(solutionId);
    expect(await notices(subscription.id)).toEqual([]);

    // 1 April: Enterprise ends, Pro starts (its first charge is the price it was authorised at) and is told.
    h.clock.set(new Date('2027-04-01T09:00:00.000Z'));
    await h.services.jobs.runDue();
    h.clock.set(new Date('2027-04-01T10:00:00.000Z'));
    expect(charges(subscription.razorpaySubscriptionId!)).toEqual([withGst(OLD)]);
    await h.services.sync.sync(enterpriseId, 'test');
    await h.services.sync.sync(subscription.id, 'test');
    expect(await record(subscription.id)).toMatchObject({ status: 'active' });
    await h.services.jobs.runDue();
    expect(await notices(subscription.id)).toEqual([expect.objectContaining({ oldPricePaise: OLD, newPricePaise: NEW, mail: 'sent', noticedAt: '2027-04-01T10:00:00.000Z' })]);
    expect(mailsTo(customer)).toHaveLength(1);
  });

  it('starts a downgrade begun before the change and completed after it at the new price', async () => {
    h.clock.set(new Date('2027-06-01T10:00:00.000Z'));
    const solutionId = solution({ pro: OLD, enterprise: ENTERPRISE });
    const { id: enterpriseId, customer } = await h.paidCheckout(solutionId, 'enterprise');
    const first = await h.services.subscriptions.changePlan(customer, enterpriseId, 'pro', 0);
    expect(first.subscription.priceTaxablePaise).toBe(OLD);
    h.clock.advance(MINUTE);
    await changePrice(solutionId);
    // The customer comes back to the unpaid change: it is made again at the tier's price now.
    const again = await h.services.subscriptions.changePlan(customer, enterpriseId, 'pro', 0);
    expect(again.subscription.id).not.toBe(first.subscription.id);
    expect(again.subscription).toMatchObject({ priceTaxablePaise: NEW, monthlyTotalPaise: withGst(NEW) });
    expect(again.checkout.amount.totalPaise).toBe(withGst(NEW));
    expect(await record(first.subscription.id)).toMatchObject({ status: 'cancelled' });
  });

  it('starts a new checkout at the price just saved, even while the catalog reader still caches the old one', async () => {
    h.clock.set(new Date('2027-08-01T10:00:00.000Z'));
    const solutionId = solution();
    const policy = h.catalog.policy.bind(h.catalog);
    // The reader's few-seconds cache still answers the old price.
    h.catalog.policy = async (id, tier) => ({ ...(await policy(id, tier))!, monthlyPricePaise: OLD });
    try {
      h.catalog.changePrice(solutionId, 'pro', NEW, h.clock.now(), partner.userId!);
      const view = await h.services.subscriptions.startCheckout(h.customer(), { solutionId, tier: 'pro' });
      expect(view.subscription.priceTaxablePaise).toBe(NEW);
      expect(view.amount.totalPaise).toBe(withGst(NEW));
    } finally {
      h.catalog.policy = policy;
    }
  });
});
