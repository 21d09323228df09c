import { type Caller, newId } from '@marketplace/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BillingHarness, startBillingHarness } from '../testing/billing-harness.ts';

const REVENUE = 'query($s: ID) { partnerRevenue(solutionId: $s) { month solution { id } gross { paise } payments } }';
const PREVIEW = 'query($s: ID!) { tierPriceChangePreview(solutionId: $s, tier: PRO, newPricePaise: 149900) { subscribers } }';

/**
 * A partner's questions about one solution (revenue, a price change's reach) answer another partner's solution as
 * an id of none, so no answer confirms that it exists.
 */
describe("partner-scoped billing queries: another partner's solution", () => {
  let h: BillingHarness;
  const partner = (): Caller => ({ userId: newId('usr'), roles: ['customer', 'partner'], clientId: 'test-client' });
  const mine = partner();
  const theirs = partner();
  let own: string;
  let published: string;
  let draft: string;

  beforeAll(async () => {
    h = await startBillingHarness('billing-partner-scope');
    own = h.catalog.add({ partnerId: mine.userId! });
    published = h.catalog.add({ partnerId: theirs.userId! });
    draft = h.catalog.add({ partnerId: theirs.userId!, status: 'DRAFT' });
    await h.paidCheckout(own);
    await h.paidCheckout(published);
  }, 60_000);
  afterAll(() => h?.close());

  const refusal = (res: Awaited<ReturnType<BillingHarness['run']>>) => ({ data: res.data, errors: res.errors?.map((e) => ({ message: e.message, extensions: e.extensions })) });

  it("partnerRevenue: NOT_FOUND on solutionId for another partner's solution, published or not, exactly as for none", async () => {
    const ownRows = await h.run(REVENUE, { s: own }, mine);
    expect(ownRows.errors).toBeUndefined();
    expect(ownRows.data!.partnerRevenue).toEqual([{ month: expect.stringMatching(/^\d{4}-\d{2}$/), solution: { id: own }, gross: { paise: 117_882 }, payments: 1 }]);
    const none = refusal(await h.run(REVENUE, { s: newId('sol') }, mine));
    expect(none).toEqual({ data: null, errors: [{ message: 'Solution was not found.', extensions: expect.objectContaining({ code: 'NOT_FOUND', field: 'solutionId' }) }] });
    for (const id of [published, draft, 'not-an-id']) expect(refusal(await h.run(REVENUE, { s: id }, mine)), id).toEqual(none);
    // Admins see any partner's; their own partner sees it.
    expect((await h.run(REVENUE, { s: published }, h.admin())).data!.partnerRevenue).toHaveLength(1);
    expect((await h.run(REVENUE, { s: published }, theirs)).data!.partnerRevenue).toHaveLength(1);
  });

  it("tierPriceChangePreview: another partner's solution, published or not, is NOT_FOUND on solutionId exactly as none", async () => {
    expect((await h.run(PREVIEW, { s: own }, mine)).data!.tierPriceChangePreview).toEqual({ subscribers: 1 });
    const none = refusal(await h.run(PREVIEW, { s: newId('sol') }, mine));
    expect(none.errors![0]!.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'solutionId' });
    for (const id of [published, draft]) expect(refusal(await h.run(PREVIEW, { s: id }, mine)), id).toEqual(none);
    expect((await h.run(PREVIEW, { s: published }, theirs)).data!.tierPriceChangePreview).toEqual({ subscribers: 1 });
    expect((await h.run(PREVIEW, { s: draft }, h.admin())).data!.tierPriceChangePreview).toEqual({ subscribers: 0 });
  });
});
