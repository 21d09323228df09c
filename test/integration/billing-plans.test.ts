import { MINUTE } from '@marketplace/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codes, startTestPlatform, type TestPlatform } from '../support/platform.ts';
import { seedCustomer, seedSolution, type SeededCustomer, type SeededSolution } from '../support/seed.ts';
import { BILLING_TIERS, billingItems, CHANGE_PLAN, CONFIRM, MY_INVOICES, pay, payAtCheckout, PREVIEW, SUBSCRIPTION, subscribe } from '../support/billing.ts';

/**
 * Plan changes (Pro → Enterprise now with our proration, Enterprise → Pro at the period end), Enterprise offers
 * accepted through the same checkout with their limits in the grant, refunds as credit notes, and commission.
 */
let platform: TestPlatform;
let solution: SeededSolution;
const PASSWORD = 'customer-password-123';

beforeAll(async () => {
  platform = await startTestPlatform();
  solution = await seedSolution(platform, { name: 'Doc Parser', tiers: BILLING_TIERS });
});
afterAll(() => platform?.close());

/** Tokens expire as the clock moves: sign in afresh. */
const admin = async () => (await platform.login(platform.admin.email, platform.admin.password)).accessToken;
const partner = async () => (await platform.login(solution.partner.email, 'partner-password-123')).accessToken;
const token = async (customer: SeededCustomer) => (await platform.login(customer.email, PASSWORD)).accessToken;
const verdict = async (customer: SeededCustomer) => (await platform.validate(solution.secret, { apiKey: customer.apiKey })).body;
async function at(when: number) {
  platform.clock.set(new Date(when));
  platform.simulator.runDue();
  await platform.simulator.webhooks.settled();
  await platform.billing.jobs.runDue();
  await platform.simulator.webhooks.settled();
}

describe('plan changes', () => {
  let customer: SeededCustomer;
  let proId: string;
  let enterpriseId: string;
  let periodStart: number;
  let periodEnd: number;

  beforeAll(async () => {
    customer = await seedCustomer(platform, solution.solutionId);
    const subscribed = await subscribe(platform, customer, solution.solutionId);
    proId = subscribed.subscriptionId;
    periodStart = Date.parse(subscribed.subscription.currentPeriodStart);
    periodEnd = Date.parse(subscribed.subscription.currentPeriodEnd);
  });

  it('previews Pro → Enterprise a third into the period: unused Pro credited, the rest charged at Enterprise, GST on the difference', async () => {
    await at(periodStart + (periodEnd - periodStart) / 3);
    const preview = (await platform.graphql(PREVIEW, { id: proId, toTier: 'ENTERPRISE' }, await token(customer))).data!.planChangePreview;
    const remaining = (periodEnd - platform.clock.now().getTime()) / (periodEnd - periodStart);
    expect(preview.credit.paise).toBe(Math.round(99_900 * remaining));
    expect(preview.charge.paise).toBe(Math.round(999_900 * remaining));
    expect(preview.taxable.paise).toBe(preview.charge.paise - preview.credit.paise);
    expect(preview.gst.paise).toBe(2 * Math.round(preview.taxable.paise * 0.09));
    expect(preview.total.paise).toBe(preview.taxable.paise + preview.gst.paise);
  });

  it('refuses a change whose previewed total is stale, naming expectedTotalPaise', async () => {
    const res = await platform.graphql(CHANGE_PLAN, { id: proId, toTier: 'ENTERPRISE', expected: 1 }, await token(customer));
    expect(codes(res)).toEqual(['CONFLICT']);
    expect(res.errors![0]!.extensions!.field).toBe('expectedTotalPaise');
  });

  it('charges the previewed total on confirmation; Enterprise applies at once, Pro ends', async () => {
    const t = await token(customer);
    const preview = (await platform.graphql(PREVIEW, { id: proId, toTier: 'ENTERPRISE' }, t)).data!.planChangePreview;
    const change = await platform.graphql(CHANGE_PLAN, { id: proId, toTier: 'ENTERPRISE', expected: preview.total.paise }, t);
    expect(change.errors).toBeUndefined();
    const { subscription, checkout } = change.data!.changePlan;
    enterpriseId = subscription.id;
    expect(subscription).toMatchObject({ tier: 'ENTERPRISE', status: 'CREATED' });
    expect(checkout.amount.total.paise).toBe(preview.total.paise);
    const confirmed = await platform.graphql(CONFIRM, { input: pay(platform, checkout.razorpaySubscriptionId) }, t);
    expect(confirmed.errors).toBeUndefined();
    expect(confirmed.data!.confirmCheckout).toMatchObject({ id: enterpriseId, tier: 'ENTERPRISE', status: 'ACTIVE', currentPeriodEnd: new Date(periodEnd).toISOString() });
    await platform.simulator.webhooks.settled();
    expect((await platform.graphql(SUBSCRIPTION, { id: proId }, t)).data!.subscription.status).toBe('CANCELLED');
    expect(await verdict(customer)).toMatchObject({ allowed: true, tier: 'enterprise', limit: 1_000_000 });
    const invoices = (await platform.graphql(MY_INVOICES, {}, t)).data!.myInvoices.nodes;
    expect(invoices).toHaveLength(2);
    expect(invoices[0]).toMatchObject({ total: { paise: preview.total.paise }, solution: { id: solution.solutionId } });
    expect(invoices[0].description).toMatch(/^Doc Parser — Enterprise plan/);
    await platform.smtp.waitFor(customer.email, /You are on Doc Parser Enterprise now/);
  });

  it('Enterprise → Pro waits for the period end: nothing charged now, the card authorised, undoable', async () => {
    const t = await token(customer);
    const preview = (await platform.graphql(PREVIEW, { id: enterpriseId, toTier: 'PRO' }, t)).data!.planChangePreview;
    expect(preview).toMatchObject({ total: { paise: 0 }, effectiveAt: new Date(periodEnd).toISOString() });
    const change = (await platform.graphql(CHANGE_PLAN, { id: enterpriseId, toTier: 'PRO', expected: 0 }, t)).data!.changePlan;
    const confirmed = await platform.graphql(CONFIRM, { input: pay(platform, change.checkout.razorpaySubscriptionId) }, t);
    expect(confirmed.data!.confirmCheckout).toMatchObject({ tier: 'PRO', status: 'AUTHENTICATED' });
    await platform.simulator.webhooks.settled();
    const enterprise = (await platform.graphql(SUBSCRIPTION, { id: enterpriseId }, t)).data!.subscription;
    expect(enterprise).toMatchObject({ status: 'ACTIVE', scheduledTier: 'PRO', cancelAtPeriodEnd: true });
    await platform.smtp.waitFor(customer.email, /becomes Pro on/);
    expect((await verdict(customer)).tier).toBe('enterprise');
  });

  it('at the period end the Pro subscription takes over, charged at the Pro price', async () => {
    await at(periodEnd - 30 * MINUTE);
    await at(periodEnd + MINUTE);
    const t = await token(customer);
    expect((await platform.graphql(SUBSCRIPTION, { id: enterpriseId }, t)).data!.subscription.status).toBe('CANCELLED');
    const mine = (await platform.graphql('{ mySubscriptions { id tier status } }', {}, t)).data!.mySubscriptions;
    expect(mine.filter((s: { status: string }) => s.status === 'ACTIVE')).toEqual([expect.objectContaining({ tier: 'PRO' })]);
    expect(await verdict(customer)).toMatchObject({ allowed: true, tier: 'pro', limit: 10_000 });
    const invoices = (await platform.graphql(MY_INVOICES, {}, t)).data!.myInvoices.nodes;
    expect(invoices[0]).toMatchObject({ total: { paise: 117_882 } });
  });
});

describe('Enterprise offers', () => {
  const CREATE = `mutation($input: EnterpriseOfferInput!) { createEnterpriseOffer(input: $input) { id status price { paise } callAllowance ratePerSecond user { id } solution { id } } }`;
  let customer: SeededCustomer;
  let offerId: string;

  beforeAll(async () => {
    customer = await seedCustomer(platform, solution.solutionId);
  });

  it('admins make them within the platform bounds; errors name the field', async () => {
    const input = { userId: customer.userId, solutionId: solution.solutionId, pricePaise: 500_000, callAllowance: 2_000_000, ratePerSecond: 300 };
    const tooMany = await platform.graphql(CREATE, { input: { ...input, callAllowance: 500 } }, await admin());
    expect(tooMany.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.callAllowance' });
    const noUser = await platform.graphql(CREATE, { input: { ...input, userId: 'usr_00000000000000000000000000' } }, await admin());
    expect(noUser.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.userId' });
    // Every problem at once, each in words beside its field of the admin's form.
    const several = await platform.graphql(CREATE, { input: { ...input, pricePaise: 50, callAllowance: 500, ratePerSecond: 0 } }, await admin());
    const problems = several.errors![0]!.extensions!.problems as { field: string; message: string }[];
    expect(problems.map((p) => p.field)).toEqual(['input.pricePaise', 'input.callAllowance', 'input.ratePerSecond']);
    expect(problems[0]!.message).toBe('The monthly price is at least ₹1.');
    for (const problem of problems) expect(problem.message).not.toMatch(/input\./);
    const res = await platform.graphql(CREATE, { input }, await admin());
    expect(res.errors).toBeUndefined();
    expect(res.data!.createEnterpriseOffer).toMatchObject({ status: 'OPEN', price: { paise: 500_000 }, user: { id: customer.userId } });
    offerId = res.data!.createEnterpriseOffer.id;
    await platform.smtp.waitFor(customer.email, /An Enterprise offer for Doc Parser/);
  });

  it('the customer accepts through the same checkout; the grant carries the offer\'s limits', async () => {
    const t = await token(customer);
    const offers = (await platform.graphql('{ myEnterpriseOffers { id status } }', {}, t)).data!.myEnterpriseOffers;
    expect(offers).toEqual([{ id: offerId, status: 'OPEN' }]);
    const paid = await payAtCheckout(platform, { accessToken: t }, solution.solutionId, 'ENTERPRISE', offerId);
    const confirmed = await platform.graphql(`mutation($input: CheckoutConfirmation!) { confirmCheckout(input: $input) { id tier status offer { id status } nextCharge { taxable { paise } } } }`, { input: paid.confirmation }, t);
    expect(confirmed.errors).toBeUndefined();
    expect(confirmed.data!.confirmCheckout).toMatchObject({ tier: 'ENTERPRISE', status: 'ACTIVE', offer: { id: offerId, status: 'ACCEPTED' }, nextCharge: { taxable: { paise: 500_000 } } });
    expect(await verdict(customer)).toMatchObject({ allowed: true, tier: 'enterprise', limit: 2_000_000 });
  });

  it('an accepted offer cannot be taken again', async () => {
    const res = await platform.graphql(`mutation($s: ID!, $o: ID) { startCheckout(solutionId: $s, tier: ENTERPRISE, offerId: $o) { subscriptionId } }`, { s: solution.solutionId, o: offerId }, await token(customer));
    expect(res.errors![0]!.extensions).toMatchObject({ code: 'CONFLICT', field: 'offerId' });
  });

  it('a refund issues a credit note once, and comes off the partner\'s revenue', async () => {
    const t = await token(customer);
    const invoice = (await platform.graphql(MY_INVOICES, {}, t)).data!.myInvoices.nodes[0];
    const refund = await platform.graphql(
      `mutation($id: ID!) { refundInvoice(invoiceId: $id, reason: "goodwill", taxablePaise: 100000) { id kind total { paise } } }`,
      { id: invoice.id },
      await admin(),
    );
    expect(refund.errors).toBeUndefined();
    expect(refund.data!.refundInvoice).toMatchObject({ kind: 'CREDIT_NOTE', total: { paise: 118_000 } });
    await platform.simulator.webhooks.settled();
    const documents = (await platform.graphql(MY_INVOICES, {}, t)).data!.myInvoices.nodes;
    expect(documents.filter((d: { kind: string }) => d.kind === 'CREDIT_NOTE')).toHaveLength(1);
    await platform.smtp.waitFor(customer.email, /Credit note/);
    const month = platform.clock.now().toISOString().slice(0, 7);
    const rows = (await platform.graphql(`query($m: String) { partnerRevenue(from: $m, to: $m) { month gross { paise } payments } }`, { m: month }, await partner())).data!.partnerRevenue;
    expect(rows.reduce((sum: number, r: { gross: { paise: number } }) => sum + r.gross.paise, 0)).toBeGreaterThan(0);
  });
});

describe('commission', () => {
  const SET = `mutation($d: Int, $s: ID, $p: Int) { setCommission(defaultPercentBps: $d, solutionId: $s, solutionPercentBps: $p) { defaultPercentBps solutions { solution { id } percentBps } } }`;

  it('an admin sets the default and a solution\'s own; bad values name the argument and change nothing', async () => {
    const bad = await platform.graphql(SET, { d: 12_000 }, await admin());
    expect(bad.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'defaultPercentBps' });
    const set = await platform.graphql(SET, { d: 2500, s: solution.solutionId, p: 1500 }, await admin());
    expect(set.data!.setCommission).toEqual({ defaultPercentBps: 2500, solutions: [{ solution: { id: solution.solutionId }, percentBps: 1500 }] });
    const cleared = await platform.graphql(SET, { s: solution.solutionId }, await admin());
    expect(cleared.data!.setCommission).toEqual({ defaultPercentBps: 2500, solutions: [] });
  });

  it('splits the next payment at the fee in force', async () => {
    await platform.graphql(SET, { s: solution.solutionId, p: 1000 }, await admin());
    const customer = await seedCustomer(platform, solution.solutionId);
    await subscribe(platform, customer, solution.solutionId);
    const entries = (await billingItems(platform, 'LEDGER#')).filter((e) => e.customerId === customer.userId);
    expect(entries).toEqual([
      expect.objectContaining({ kind: 'payment', grossPaise: 117_882, gstPaise: 17_982, feeBps: 1000, platformFeePaise: 9_990, partnerNetPaise: 89_910 }),
    ]);
    const month = platform.clock.now().toISOString().slice(0, 7);
    const csv = await (await fetch(`${platform.url}/billing/payout-report.csv?month=${month}`, { headers: { authorization: `Bearer ${await admin()}` } })).text();
    expect(csv).toContain(`${month},${solution.partner.userId},${solution.solutionId}`);
  });
});

