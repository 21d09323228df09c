import { type Caller, DAY, newId } from '@marketplace/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BillingHarness, startBillingHarness } from '../testing/billing-harness.ts';

const OLD = 99_900;
const NEW = 149_900;
/** Price plus CGST and SGST at 9 % each (the harness's buyers are in the seller's state). */
const withGst = (paise: number) => paise + 2 * Math.round(paise * 0.09);

describe('a paid tier’s price change for existing subscribers', () => {
  let h: BillingHarness;
  let partner: Caller;
  let solutionId: string;
  const subs: { id: string; razorpayId: string; customer: Caller }[] = [];

  /** A customer who paid for Pro at checkout: an active subscription. */
  async function subscribe(): Promise<(typeof subs)[number]> {
    const customer = h.customer();
    const view = await h.services.subscriptions.startCheckout(customer, { solutionId, tier: 'pro' });
    const razorpayId = view.subscription.razorpaySubscriptionId!;
    const paid = h.simulator.checkout(razorpayId);
    if (!paid.ok) throw new Error(JSON.stringify(paid.error));
    const sub = await h.services.subscriptions.confirmCheckout(customer, {
      razorpayPaymentId: paid.response.razorpay_payment_id,
      razorpaySubscriptionId: razorpayId,
      razorpaySignature: paid.response.razorpay_signature,
    });
    expect(sub.status).toBe('active');
    return { id: sub.id, razorpayId, customer };
  }

  /** Moves billing's and Razorpay's clock; Razorpay charges what came due. */
  const pass = (ms: number) => {
    h.clock.advance(ms);
    return h.simulator.runDue();
  };

  beforeAll(async () => {
    h = await startBillingHarness('billing-price');
    partner = h.customer();
    solutionId = h.catalog.add({ partnerId: partner.userId!, prices: { pro: OLD } });
    subs.push(await subscribe(), await subscribe());
    // Someone who cancelled is not told.
    const leaving = await subscribe();
    await h.services.subscriptions.cancel(leaving.customer, leaving.id);
    h.mails.length = 0;
    // Ten days into the first period: the effective date falls after the first renewal.
    pass(10 * DAY);
  }, 60_000);
  afterAll(() => h?.close());

  it('previews how many subscribers keep their price, and until when (now + 30 days)', async () => {
    const preview = await h.services.priceChanges.preview(partner, solutionId, 'pro', NEW);
    expect(preview).toMatchObject({ subscribers: 2, currentPricePaise: OLD, newPricePaise: NEW });
    expect(preview.effectiveAt.toISOString()).toBe(new Date(h.clock.now().getTime() + 30 * DAY).toISOString());
  });

  it('lets only the solution’s partner ask: FORBIDDEN for another partner, NOT_FOUND for no such solution, writing nothing', async () => {
    const before = (await h.scan()).length;
    await expect(h.services.priceChanges.preview(h.customer(), solutionId, 'pro', NEW)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(h.services.priceChanges.announce(h.customer(), solutionId, 'pro', NEW)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(h.services.priceChanges.preview(partner, newId('sol'), 'pro', NEW)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(h.services.priceChanges.preview(partner, solutionId, 'pro', 12.5)).rejects.toMatchObject({ field: 'newPricePaise' });
    await expect(h.services.priceChanges.preview(partner, solutionId, 'registered', NEW)).rejects.toMatchObject({ field: 'tier' });
    expect(await h.scan()).toHaveLength(before);
    expect(h.mails).toEqual([]);
  });

  it('records one audited notice and sends one mail per subscriber; a retry notices and mails nobody again', async () => {
    const first = await h.services.priceChanges.announce(partner, solutionId, 'pro', NEW);
    expect(first.noticed).toBe(2);
    expect(h.mails).toHaveLength(2);
    expect(h.mails.map((m) => m.subject)).toEqual([expect.stringMatching(/new price from/), expect.stringMatching(/new price from/)]);
    expect(h.mails[0]!.text).toContain('₹999');
    expect(h.mails[0]!.text).toContain('₹1,499');

    const retry = await h.services.priceChanges.announce(partner, solutionId, 'pro', NEW);
    expect(retry.noticed).toBe(0);
    expect(h.mails).toHaveLength(2);
    for (const sub of subs) {
      const notices = await h.services.priceChanges.noticesOf(sub.id);
      expect(notices).toEqual([expect.objectContaining({ oldPricePaise: OLD, newPricePaise: NEW, appliedAt: null })]);
    }
    const audit = (await h.scan()).filter((item) => item.action === 'subscription.price_change.notice');
    expect(audit).toHaveLength(2);
  });

  it('renews at the old price before the effective date and at the new one after it', async () => {
    const [sub] = subs;
    // The first renewal (day 30) comes before the effective date (day 40).
    const early = pass(21 * DAY).find((r) => r.subscription.id === sub!.razorpayId);
    expect(early?.payment?.amount).toBe(withGst(OLD));
    expect(h.clock.now().getTime()).toBeLessThan(Date.parse((await h.services.priceChanges.noticesOf(sub!.id))[0]!.effectiveAt));
    await h.services.jobs.runDue();
    expect(await h.services.subscriptions.get(sub!.customer, sub!.id)).toMatchObject({ priceTaxablePaise: OLD });

    pass(10 * DAY);
    expect(await h.services.jobs.runDue()).toBeGreaterThanOrEqual(2);
    // The other subscriber moved too.
    expect(await h.services.subscriptions.get(subs[1]!.customer, subs[1]!.id)).toMatchObject({ priceTaxablePaise: NEW });
    const moved = await h.services.subscriptions.get(sub!.customer, sub!.id);
    expect(moved).toMatchObject({ priceTaxablePaise: NEW, monthlyTotalPaise: withGst(NEW) });
    expect((await h.services.priceChanges.noticesOf(sub!.id))[0]!.appliedAt).not.toBeNull();

    const later = pass(31 * DAY).find((r) => r.subscription.id === sub!.razorpayId);
    expect(later?.payment?.amount).toBe(withGst(NEW));
  });
});
