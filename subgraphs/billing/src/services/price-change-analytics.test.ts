import { PLATFORM_ANALYTICS, SQL, startAnalyticsHarness, type AnalyticsHarness } from '@marketplace/analytics/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BillingHarness, startBillingHarness } from '../testing/billing-harness.ts';

const OLD = 99_900;
const NEW = 149_900;

/**
 * Billing's facts reach analytics through its outbox and the event log, as in the running platform: MRR is the
 * price of each live subscription, so a tier's new price counts from the day it became the subscription's price
 * (the first cycle Razorpay charges at it), never before.
 */
describe('MRR after a tier price change applies to a subscriber', () => {
  let a: AnalyticsHarness;
  let h: BillingHarness;
  let subscriptionId: string;

  beforeAll(async () => {
    a = await startAnalyticsHarness('billing-price-mrr');
    h = await startBillingHarness('billing-price-mrr', { events: a.events });
  }, 60_000);
  afterAll(async () => {
    await h?.close();
    await a?.close();
  });

  const mrrAt = async (to: string) => {
    const res = await a.run(PLATFORM_ANALYTICS, { from: '2026-03-01T00:00:00Z', to }, a.admin());
    expect(res.errors).toBeUndefined();
    return res.data!.platformAnalytics.mrrPaise as number;
  };

  it('is the old price until the first cycle charged at the new one, and the new price from that day', async () => {
    const partner = h.customer();
    const solutionId = h.catalog.add({ partnerId: partner.userId!, prices: { pro: OLD } });
    // 1 April 10:00: subscribed, renews on the 1st of each month at 10:00.
    ({ id: subscriptionId } = await h.paidCheckout(solutionId));
    h.clock.advance(60_000);
    h.catalog.changePrice(solutionId, 'pro', NEW, h.clock.now(), partner.userId!);
    await h.services.jobs.runDue();
    const [notice] = await h.services.priceChanges.noticesOf(subscriptionId);
    expect(notice).toMatchObject({ mail: 'sent', newPricePaise: NEW });

    // 1 May 10:01 (30 days after the email): the May renewal is at the old price (its pre-debit notice said so);
    // the change is scheduled at Razorpay from the June cycle.
    h.clock.set(new Date(Date.parse(notice!.noticedAt!) + 30 * 86_400_000));
    h.simulator.runDue();
    await h.services.sync.sync(subscriptionId, 'test');
    await h.services.jobs.runDue();
    const scheduled = (await h.services.sync.subscriptions.get(subscriptionId))!.scheduledPrice!;
    expect(scheduled).toMatchObject({ priceTaxablePaise: NEW, from: '2026-06-01T10:00:00.000Z' });
    expect(await mrrAt('2026-05-15T00:00:00Z')).toBe(OLD);

    // 1 June: Razorpay charges the new plan; the sync that sees it applies the price (audited once) and tells analytics.
    h.clock.set(new Date('2026-06-01T10:05:00.000Z'));
    h.simulator.runDue();
    await h.services.sync.sync(subscriptionId, 'test');
    await h.services.sync.sync(subscriptionId, 'test again');
    expect(await h.services.sync.subscriptions.get(subscriptionId)).toMatchObject({ priceTaxablePaise: NEW, scheduledPrice: null });
    expect((await h.scan()).filter((i) => i.action === 'subscription.price_change.apply' && i.targetId === subscriptionId)).toHaveLength(1);

    expect(await mrrAt('2026-06-01T09:59:59Z')).toBe(OLD);
    expect(await mrrAt('2026-06-01T10:00:01Z')).toBe(NEW);
    expect(await mrrAt('2026-06-20T00:00:00Z')).toBe(NEW);
    const rows = await a.run(SQL, { sql: 'SELECT kind, mrr_paise, time FROM subscriptions ORDER BY time' }, a.admin());
    expect(rows.errors).toBeUndefined();
    expect(rows.data!.analyticsSql.rows).toEqual([
      ['started', String(OLD), expect.stringMatching(/^2026-04-01/)],
      ['repriced', String(NEW), expect.stringMatching(/^2026-06-01.10:00:00/)],
    ]);
  });
});
