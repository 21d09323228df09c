import { DAY } from '@marketplace/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BillingHarness, startBillingHarness } from '../testing/billing-harness.ts';

/** An admin's Enterprise offer keeps to the platform's Enterprise bounds: price, calls a month and calls a second. */
describe('an Enterprise offer', () => {
  let h: BillingHarness;
  beforeAll(async () => {
    h = await startBillingHarness('billing-offer-bounds');
  }, 60_000);
  afterAll(async () => {
    await h?.close();
  });

  it('refuses a price above the Enterprise maximum, naming the field and the bounds, and writes nothing', async () => {
    const solutionId = h.catalog.add({ prices: { pro: 99_900, enterprise: 999_900 } });
    const customer = h.customer();
    const input = { userId: customer.userId!, solutionId, pricePaise: 2_000_000_000, callAllowance: 2_000_000, ratePerSecond: 100 };
    // The harness's Enterprise bounds are the platform defaults: ₹1.00 to ₹1,00,00,000.00 a month.
    await expect(h.services.offers.create(h.admin().userId!, input)).rejects.toMatchObject({
      field: 'input.pricePaise',
      message: "The monthly price is from ₹1.00 to ₹1,00,00,000.00 (the platform's Enterprise bounds).",
    });
    expect(await h.services.offers.all(solutionId)).toEqual([]);
    const offer = await h.services.offers.create(h.admin().userId!, { ...input, pricePaise: 1_000_000_000 });
    expect(offer.pricePaise).toBe(1_000_000_000);
  });

  it('is withdrawn once: a withdrawn or expired offer is CONFLICT on id, an unknown one NOT_FOUND, and nothing more is audited', async () => {
    const solutionId = h.catalog.add();
    const admin = h.admin().userId!;
    const input = { userId: h.customer().userId!, solutionId, pricePaise: 500_000, callAllowance: 2_000_000, ratePerSecond: 100 };
    const offer = await h.services.offers.create(admin, input);
    expect((await h.services.offers.withdraw(admin, offer.id)).status).toBe('withdrawn');
    const withdrawals = async () => (await h.scan()).filter((i) => i.action === 'offer.withdraw').length;
    expect(await withdrawals()).toBe(1);
    await expect(h.services.offers.withdraw(admin, offer.id)).rejects.toMatchObject({ code: 'CONFLICT', field: 'id', message: `Offer ${offer.id} is withdrawn; it can no longer be withdrawn.` });
    expect(await withdrawals()).toBe(1);

    const lapsing = await h.services.offers.create(admin, { ...input, expiresAt: new Date(h.clock.now().getTime() + 2 * DAY) });
    h.clock.advance(3 * DAY);
    await expect(h.services.offers.withdraw(admin, lapsing.id)).rejects.toMatchObject({ code: 'CONFLICT', field: 'id', message: expect.stringMatching(/is expired/) });
    expect((await h.services.offers.get(lapsing.id))!.status).toBe('open');

    for (const id of ['ofr_00000000000000000000000000', 'nonsense']) {
      await expect(h.services.offers.withdraw(admin, id)).rejects.toMatchObject({ code: 'NOT_FOUND', field: 'id' });
    }
  });

  it('names subscriptionId when the subscription acted on does not exist', async () => {
    const customer = h.customer();
    const subs = h.services.subscriptions;
    for (const act of [
      (id: string) => subs.cancel(customer, id),
      (id: string) => subs.resume(customer, id),
      (id: string) => subs.previewChange(customer, id, 'pro'),
      (id: string) => subs.changePlan(customer, id, 'pro', 0),
    ]) {
      await expect(act('sbs_00000000000000000000000000')).rejects.toMatchObject({ code: 'NOT_FOUND', field: 'subscriptionId' });
    }
  });
});
