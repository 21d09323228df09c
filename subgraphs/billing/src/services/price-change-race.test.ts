import type { Caller } from '@marketplace/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BillingHarness, startBillingHarness } from '../testing/billing-harness.ts';

const OLD = 99_900;
const NEW = 149_900;
const HIGHER = 199_900;
/** Price plus CGST and SGST at 9 % each (the harness's buyers are in the seller's state). */
const withGst = (paise: number) => paise + 2 * Math.round(paise * 0.09);

/**
 * The `price-change` job schedules an announced price at Razorpay while the partner's newer price may be taken at the
 * same moment: whichever comes first, the announced price is never left scheduled once the newer one is taken.
 */
describe('a newer price change taken while the job schedules the announced one', () => {
  let h: BillingHarness;
  let partner: Caller;

  beforeAll(async () => {
    h = await startBillingHarness('billing-price-race');
    partner = h.customer();
  }, 60_000);
  afterAll(async () => {
    await h?.close();
  });

  const record = (id: string) => h.services.sync.subscriptions.get(id);
  const notices = (id: string) => h.services.priceChanges.noticesOf(id);

  /** A subscriber told of 999 → 1,499 on 2 July, renewed on 1 August at 999; the job is due to schedule 1,499 then. */
  async function announced(month: string): Promise<{ solutionId: string; sub: { id: string; razorpayId: string } }> {
    h.clock.set(new Date(`2026-${month}-01T10:00:00.000Z`));
    const solutionId = h.catalog.add({ partnerId: partner.userId!, prices: { pro: OLD } });
    const sub = await h.paidCheckout(solutionId);
    h.clock.set(new Date(`2026-${month}-02T10:00:00.000Z`));
    h.catalog.changePrice(solutionId, 'pro', NEW, h.clock.now(), partner.userId!);
    await h.services.priceChanges.runDue();
    expect(await notices(sub.id)).toEqual([expect.objectContaining({ newPricePaise: NEW, mail: 'sent' })]);
    const next = String(Number(month) + 1).padStart(2, '0');
    h.clock.set(new Date(`2026-${next}-01T10:00:00.000Z`));
    expect(h.simulator.runDue().filter((r) => r.subscription.id === sub.razorpayId).map((r) => r.payment?.amount)).toEqual([withGst(OLD)]);
    await h.services.sync.sync(sub.id, 'test');
    h.clock.set(new Date(`2026-${next}-01T11:00:00.000Z`));
    return { solutionId, sub };
  }

  /** The partner saves 1,999 and billing's run takes it, in the middle of something else. */
  const takeHigher = async (solutionId: string) => {
    h.catalog.changePrice(solutionId, 'pro', HIGHER, h.clock.now(), partner.userId!);
    await h.services.priceChanges.runDue();
  };

  it('schedules nothing when the newer change is taken after the job read the notices and before it tells Razorpay', async () => {
    const { solutionId, sub } = await announced('07');
    const ensurePlan = h.services.subscriptions.ensurePlan.bind(h.services.subscriptions);
    h.services.subscriptions.ensurePlan = async (terms, total) => {
      h.services.subscriptions.ensurePlan = ensurePlan;
      await takeHigher(solutionId);
      return ensurePlan(terms, total);
    };
    await h.services.priceChanges.apply(sub.id);
    expect(h.services.subscriptions.ensurePlan).toBe(ensurePlan);

    expect(await h.deps.razorpay.fetchSubscription(sub.razorpayId)).toMatchObject({ has_scheduled_changes: false });
    expect(await record(sub.id)).toMatchObject({ priceTaxablePaise: OLD, scheduledPrice: null });
    const open = (await notices(sub.id)).filter((n) => !n.supersededBy);
    expect(open).toEqual([expect.objectContaining({ newPricePaise: HIGHER, replacesPricePaise: NEW, appliedAt: null })]);
    // The September renewal is at the price paid now, not the superseded one.
    h.clock.set(new Date('2026-09-01T10:00:00.000Z'));
    expect(h.simulator.runDue().filter((r) => r.subscription.id === sub.razorpayId).map((r) => r.payment?.amount)).toEqual([withGst(OLD)]);
  }, 60_000);

  it('cancels at the next run what the job scheduled when the newer change is taken while Razorpay is being told', async () => {
    const { solutionId, sub } = await announced('10');
    const changePlan = h.deps.razorpay.changePlanAtCycleEnd;
    h.deps.razorpay.changePlanAtCycleEnd = async (id, planId) => {
      h.deps.razorpay.changePlanAtCycleEnd = changePlan;
      const answer = await changePlan(id, planId);
      await takeHigher(solutionId);
      return answer;
    };
    await h.services.priceChanges.apply(sub.id);
    // The job held the notice: that subscriber is left for the next run, and the change stays pending.
    expect(h.catalog.pendingPriceChanges.map((c) => c.newPricePaise)).toEqual([HIGHER]);
    expect(await record(sub.id)).toMatchObject({ scheduledPrice: { priceTaxablePaise: NEW } });

    await h.services.priceChanges.runDue();
    expect(h.catalog.pendingPriceChanges).toEqual([]);
    expect(await h.deps.razorpay.fetchSubscription(sub.razorpayId)).toMatchObject({ has_scheduled_changes: false });
    expect(await record(sub.id)).toMatchObject({ priceTaxablePaise: OLD, scheduledPrice: null });
    const open = (await notices(sub.id)).filter((n) => !n.supersededBy);
    expect(open).toEqual([expect.objectContaining({ newPricePaise: HIGHER, replacesPricePaise: NEW, mail: 'sent' })]);
    h.clock.set(new Date('2026-12-01T10:00:00.000Z'));
    expect(h.simulator.runDue().filter((r) => r.subscription.id === sub.razorpayId).map((r) => r.payment?.amount)).toEqual([withGst(OLD)]);
  }, 60_000);
});
