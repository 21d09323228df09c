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
});
