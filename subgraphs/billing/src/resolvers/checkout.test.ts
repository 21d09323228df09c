import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BillingHarness, startBillingHarness } from '../testing/billing-harness.ts';

const CHECKOUT = `mutation($s: ID!, $t: Tier!) { startCheckout(solutionId: $s, tier: $t) { subscriptionId amount { total { paise } } } }`;
const PRICES = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Solution { prices { tier monthly { total { paise } } } } } }`;

describe('checkout without a seller in production', () => {
  let h: BillingHarness;
  beforeAll(async () => {
    h = await startBillingHarness('billing-prod', { production: true });
  });
  afterAll(() => h?.close());

  it('is refused with CONFLICT until an admin sets the seller, writing nothing; then it works', async () => {
    const solutionId = h.catalog.add();
    const customer = h.customer();
    const refused = await h.run(CHECKOUT, { s: solutionId, t: 'PRO' }, customer);
    expect(refused.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(refused.errors?.[0]?.message).toMatch(/seller/);
    expect(await h.scan()).toEqual([]);
    expect((await h.run(PRICES, { r: [{ __typename: 'Solution', id: solutionId }] })).data!._entities[0].prices).toEqual([]);

    const seller = await h.run(
      `mutation($i: BillingSellerInput!) { updateBillingSeller(input: $i) { gstin stateCode placeholder } }`,
      { i: { legalName: 'Marketplace Pvt Ltd', addressLines: ['1 MG Road, Bengaluru'], gstin: '29AAACM1234F1ZU', stateCode: 'Karnataka' } },
      h.admin(),
    );
    expect(seller.data!.updateBillingSeller).toEqual({ gstin: '29AAACM1234F1ZU', stateCode: '29', placeholder: false });
    const started = await h.run(CHECKOUT, { s: solutionId, t: 'PRO' }, customer);
    expect(started.errors).toBeUndefined();
    expect(started.data!.startCheckout.amount.total.paise).toBe(117_882);
  });

  it('refuses a seller GSTIN from another state, naming the field', async () => {
    const res = await h.run(
      `mutation($i: BillingSellerInput!) { updateBillingSeller(input: $i) { gstin } }`,
      { i: { legalName: 'X', addressLines: ['Y'], gstin: '27AABCB5678K1Z9', stateCode: '29' } },
      h.admin(),
    );
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.stateCode' });
  });
});

describe('checkout of a solution that is not published', () => {
  let h: BillingHarness;
  beforeAll(async () => {
    h = await startBillingHarness('billing-unpublished');
  });
  afterAll(() => h?.close());

  it("answers another partner's draft word for word like an unknown id, naming nothing of it, and writes nothing", async () => {
    const customer = h.customer();
    const unknown = await h.run(CHECKOUT, { s: 'sol_01JD3X0000000000000000000Z', t: 'PRO' }, customer);
    for (const status of ['DRAFT', 'IN_REVIEW', 'REJECTED']) {
      const id = h.catalog.add({ status });
      const refused = await h.run(CHECKOUT, { s: id, t: 'PRO' }, customer);
      // NOT_FOUND, as the README's Errors has every id the caller may not see answered.
      expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'solutionId' });
      expect(refused.errors?.[0]?.message).toBe(unknown.errors![0]!.message);
    }
    expect(await h.scan()).toEqual([]);
  });

  it('names the state (CONFLICT) of a solution that has been public: unpublished or suspended', async () => {
    for (const status of ['UNPUBLISHED', 'SUSPENDED']) {
      const refused = await h.run(CHECKOUT, { s: h.catalog.add({ status }), t: 'PRO' }, h.customer());
      expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'solutionId' });
      expect(refused.errors?.[0]?.message).toMatch(/is not published/);
    }
  });
});
