import { type Caller, MINUTE } from '@marketplace/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { previewPlanChange } from '../money/proration.ts';
import { type BillingHarness, startBillingHarness } from '../testing/billing-harness.ts';

const OLD = 99_900;
const NEW = 149_900;
/** Price plus CGST and SGST at 9 % each (the harness's buyers are in the seller's state). */
const withGst = (paise: number) => paise + 2 * Math.round(paise * 0.09);
const SUB = 'query($id: ID!) { subscription(id: $id) { nextChargeAt nextCharge { taxable { paise } total { paise } } upcomingPrice { newPrice { paise } effectiveAt } } }';

/**
 * A price change takes effect at Razorpay from the subscription's next cycle ("the update goes live after the
 * subscription is charged" — `schedule_change_at: cycle_end`), so charges that land after the change's date but
 * belong to the cycle already running are at the old price. Billing keeps the old price until the cycle that
 * charges the new plan begins, invoices and books every charge at what Razorpay took, flags nothing, and shows the
 * customer the truth at every moment.
 */
describe('a price change between its effective date and the cycle Razorpay charges it from', () => {
  let h: BillingHarness;
  let solutionId: string;
  const delivered = new Set<string>();
  /** The customer whose renewal failed before the change's date and is paid after it. */
  let lapsed: { id: string; razorpayId: string; customer: Caller };
  /** The customer renewed a minute before the change's date, its webhooks arriving after the change's job. */
  let racing: { id: string; razorpayId: string; customer: Caller };
  let effectiveAt: Date;

  async function subscribe(): Promise<typeof lapsed> {
    const { id, razorpayId, customer } = await h.paidCheckout(solutionId);
    return { id, razorpayId, customer };
  }

  /** Delivers the simulator's webhooks not delivered yet (of one subscription, or all), in recorded order. */
  async function deliver(razorpayId?: string): Promise<string[]> {
    const outcomes: string[] = [];
    for (const event of h.simulator.webhooks.events(razorpayId ? { subscriptionId: razorpayId } : {})) {
      if (delivered.has(event.id)) continue;
      delivered.add(event.id);
      const answer = await h.services.webhooks.receive(Buffer.from(event.body), { signature: event.signature, eventId: event.id });
      if (answer.status !== 200) throw new Error(`webhook ${event.event} refused`);
      outcomes.push(answer.body.outcome);
    }
    return outcomes;
  }

  const record = (id: string) => h.services.sync.subscriptions.get(id);
  const bookings = async (id: string) => (await h.scan()).filter((i) => i.action === 'payment.book' && i.targetId === id).sort((a, b) => String(a.at).localeCompare(String(b.at)));
  const audits = async (id: string, action: string) => (await h.scan()).filter((i) => i.action === action && i.targetId === id);
  const paymentsOf = (razorpayId: string) => h.simulator.webhooks.events({ event: 'subscription.charged', subscriptionId: razorpayId });
  const view = async (sub: typeof lapsed) => (await h.run(SUB, { id: sub.id }, sub.customer)).data!.subscription;

  beforeAll(async () => {
    h = await startBillingHarness('billing-price-cycle');
    const partner = h.customer();
    solutionId = h.catalog.add({ partnerId: partner.userId!, prices: { pro: OLD, enterprise: 999_900 } });
    // 1 April 10:00: renews on 1 May 10:00.
    lapsed = await subscribe();
    // 2 April 09:59: renews on 2 May 09:59.
    h.clock.advance(24 * 60 * MINUTE - MINUTE);
    racing = await subscribe();
    await deliver();
    // 2 April 10:00: the new price is saved and mailed to both; it takes effect on 2 May 10:00.
    h.clock.advance(MINUTE);
    h.catalog.changePrice(solutionId, 'pro', NEW, h.clock.now(), partner.userId!);
    await h.services.jobs.runDue();
    const notice = (await h.services.priceChanges.noticesOf(racing.id))[0]!;
    expect(notice).toMatchObject({ mail: 'sent', newPricePaise: NEW });
    effectiveAt = new Date(notice.noticedAt!);
    effectiveAt.setUTCDate(effectiveAt.getUTCDate() + 30);
    expect((await h.services.priceChanges.noticesOf(lapsed.id))[0]!.mail).toBe('sent');
  }, 60_000);
  afterAll(async () => {
    await h?.close();
  });

  it('keeps the cycle already running at the price Razorpay charges for it: invoiced and booked as paid, nothing flagged', async () => {
    // 1 May: the lapsed customer's renewal fails (Razorpay retries a day later, on the change's date).
    h.simulator.failNextCharges(lapsed.razorpayId, 1);
    h.clock.set(new Date(effectiveAt.getTime() - 24 * 60 * MINUTE));
    expect(h.simulator.runDue().map((r) => r.outcome)).toEqual(['failed']);
    await deliver();
    expect(await record(lapsed.id)).toMatchObject({ status: 'past_due' });

    // 2 May 09:59: the racing customer renews at the old price; its webhooks are late.
    h.clock.set(new Date(effectiveAt.getTime() - MINUTE));
    expect(h.simulator.runDue().map((r) => r.payment?.amount)).toEqual([withGst(OLD)]);

    // 2 May 10:00: the change's jobs run first, then Razorpay's retry pays the lapsed customer's May invoice.
    h.clock.set(effectiveAt);
    await h.services.jobs.runDue();
    expect(h.simulator.runDue().map((r) => [r.outcome, r.payment?.amount])).toEqual([['charged', withGst(OLD)]]);
    await deliver();
    h.clock.advance(60 * MINUTE);
    await h.services.jobs.runDue();

    for (const sub of [racing, lapsed]) {
      const [, renewal] = await bookings(sub.id);
      expect(renewal!.after).toMatchObject({ grossPaise: withGst(OLD), taxablePaise: OLD, differsFromPrice: false });
      expect(renewal!.reason ?? null).toBeNull();
      // What the customer pays for now is the old price; the next charge is the new one, from its cycle on.
      expect(await record(sub.id)).toMatchObject({ status: 'active', priceTaxablePaise: OLD, monthlyTotalPaise: withGst(OLD) });
      const seen = await view(sub);
      const cycleStart = (await record(sub.id))!.currentPeriodEnd!;
      expect(seen.nextChargeAt).toBe(cycleStart);
      expect(seen.nextCharge).toEqual({ taxable: { paise: NEW }, total: { paise: withGst(NEW) } });
      expect(seen.upcomingPrice).toEqual({ newPrice: { paise: NEW }, effectiveAt: cycleStart });
      expect(await audits(sub.id, 'subscription.price_change.schedule')).toHaveLength(1);
    }
  });

  it('credits an upgrade in between for what was paid for the period, not the new price', async () => {
    const sub = (await record(racing.id))!;
    const preview = await h.services.subscriptions.previewChange(racing.customer, racing.id, 'enterprise');
    const paidOld = previewPlanChange({
      periodStart: new Date(sub.currentPeriodStart!),
      periodEnd: new Date(sub.currentPeriodEnd!),
      changeAt: h.clock.now(),
      from: { plan: 'pro', paidTaxablePaise: OLD },
      to: { plan: 'enterprise', periodPriceTaxablePaise: 999_900 },
      seller: preview.gst.placeOfSupply!,
    });
    expect(preview.creditPaise).toBe(paidOld.creditPaise);
  });

  it('tells the customer the new amount before the renewal that charges it', async () => {
    // A minute before the first of the two renewals (both notices are due by then, 24 hours ahead of each).
    h.clock.set(new Date(Date.parse((await record(lapsed.id))!.nextChargeAt!) - MINUTE));
    await h.services.jobs.runDue();
    for (const sub of [lapsed, racing]) {
      const notices = await audits(sub.id, 'subscription.predebit_notice');
      expect(notices.at(-1)!.after).toMatchObject({ amountPaise: withGst(NEW) });
    }
  });

  it('moves to the new price when the cycle that charges it begins, once however often Razorpay says so', async () => {
    h.clock.advance(24 * 60 * MINUTE);
    expect(h.simulator.runDue().map((r) => r.payment?.amount)).toEqual([withGst(NEW), withGst(NEW)]);
    await deliver();
    for (const sub of [lapsed, racing]) {
      const booked = await bookings(sub.id);
      expect(booked).toHaveLength(3);
      expect(booked[2]!.after).toMatchObject({ grossPaise: withGst(NEW), taxablePaise: NEW, differsFromPrice: false });
      expect(await record(sub.id)).toMatchObject({ priceTaxablePaise: NEW, monthlyTotalPaise: withGst(NEW), scheduledPrice: null });
      expect((await view(sub)).upcomingPrice).toBeNull();
      expect((await view(sub)).nextCharge).toEqual({ taxable: { paise: NEW }, total: { paise: withGst(NEW) } });
      const applied = await audits(sub.id, 'subscription.price_change.apply');
      expect(applied).toHaveLength(1);
      expect(applied[0]!.before).toMatchObject({ pricePaise: OLD });
      expect(applied[0]!.after).toMatchObject({ pricePaise: NEW });
    }
    // The same charge again (a redelivery, a sync, a booking retried) changes nothing.
    const before = (await h.scan()).length;
    const [charged] = paymentsOf(racing.razorpayId).slice(-1);
    const again = await h.services.webhooks.receive(Buffer.from(charged!.body), { signature: charged!.signature, eventId: charged!.id });
    expect(again).toMatchObject({ status: 200, body: { outcome: 'replayed' } });
    await h.services.sync.sync(racing.id, 'test');
    await h.services.sync.bookPayment(JSON.parse(charged!.body).payload.payment.entity.id);
    await h.services.jobs.runDue();
    expect((await h.scan()).length).toBe(before);
  });
});

describe('a price change whose date falls less than a pre-debit notice before a renewal', () => {
  let h: BillingHarness;
  afterAll(async () => {
    await h?.close();
  });

  it('leaves that renewal at the amount its pre-debit notice said, and charges the new price from the next', async () => {
    h = await startBillingHarness('billing-price-predebit');
    const partner = h.customer();
    const solutionId = h.catalog.add({ partnerId: partner.userId!, prices: { pro: OLD } });
    // 1 May 11:00: renews on 1 June 11:00. The change, saved and mailed on 2 May 10:00, takes effect on 1 June 10:00.
    h.clock.set(new Date('2026-05-01T11:00:00.000Z'));
    const { id, customer } = await h.paidCheckout(solutionId);
    h.clock.set(new Date('2026-05-02T10:00:00.000Z'));
    h.catalog.changePrice(solutionId, 'pro', NEW, h.clock.now(), partner.userId!);
    await h.services.jobs.runDue();
    expect(await h.services.priceChanges.noticesOf(id)).toEqual([expect.objectContaining({ mail: 'sent', effectiveAt: '2026-06-01T10:00:00.000Z' })]);
    const upcoming = async () => (await h.run(SUB, { id }, customer)).data!.subscription.upcomingPrice;
    // 1 June 11:00 is told its amount a day ahead, before the change's date: the new price starts on 1 July, as
    // the email and the Billing page say.
    expect(await upcoming()).toEqual({ newPrice: { paise: NEW }, effectiveAt: '2026-07-01T11:00:00.000Z' });
    const email = h.mails.find((m) => /new price from/.test(m.subject ?? ''))!;
    expect(email.subject).toMatch(/new price from 1 Jul 2026/);
    expect(email.text).toMatch(/for renewals before 1 Jul 2026; renewals from then on are at the new price/);

    const predebits = async () => (await h.scan()).filter((i) => i.action === 'subscription.predebit_notice' && i.targetId === id).map((i) => i.after.amountPaise);
    h.clock.set(new Date('2026-05-31T11:00:00.000Z'));
    await h.services.jobs.runDue();
    expect(await predebits()).toEqual([withGst(OLD)]);
    h.clock.set(new Date('2026-06-01T10:00:00.000Z'));
    await h.services.jobs.runDue();
    expect(await h.services.sync.subscriptions.get(id)).toMatchObject({ priceTaxablePaise: OLD, scheduledPrice: null });
    h.clock.set(new Date('2026-06-01T11:00:00.000Z'));
    expect(h.simulator.runDue().map((r) => r.payment?.amount)).toEqual([withGst(OLD)]);
    // Razorpay refuses the change once: the job is tried again 15 minutes later.
    const changePlan = h.deps.razorpay.changePlanAtCycleEnd;
    h.deps.razorpay.changePlanAtCycleEnd = async () => {
      h.deps.razorpay.changePlanAtCycleEnd = changePlan;
      throw new Error('Razorpay is unreachable');
    };
    h.clock.advance(MINUTE);
    await h.services.jobs.runDue();
    expect(await h.services.sync.subscriptions.get(id)).toMatchObject({ scheduledPrice: null });
    h.clock.advance(15 * MINUTE);
    await h.services.jobs.runDue();
    expect(await h.services.sync.subscriptions.get(id)).toMatchObject({ priceTaxablePaise: OLD, scheduledPrice: { priceTaxablePaise: NEW, from: '2026-07-01T11:00:00.000Z' } });
    expect(await upcoming()).toEqual({ newPrice: { paise: NEW }, effectiveAt: '2026-07-01T11:00:00.000Z' });

    h.clock.set(new Date('2026-06-30T11:00:00.000Z'));
    await h.services.jobs.runDue();
    expect(await predebits()).toEqual([withGst(OLD), withGst(NEW)]);
    h.clock.set(new Date('2026-07-01T11:00:00.000Z'));
    expect(h.simulator.runDue().map((r) => r.payment?.amount)).toEqual([withGst(NEW)]);
  }, 60_000);
});
