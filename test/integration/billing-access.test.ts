import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codes, type GraphQLResponse, startTestPlatform, type TestPlatform } from '../support/platform.ts';
import { seedCustomer, seedSolution, type SeededCustomer, type SeededSolution } from '../support/seed.ts';
import { createPriceChangeFeed } from '@marketplace/catalog/public';
import { BILLING_TIERS, billingItems, CHECKOUT, MY_INVOICES, pay, subscribe } from '../support/billing.ts';

/**
 * Who may do what with billing, as one table of roles × operations through the gateway; concurrent checkouts;
 * and bad input refused with the field named and nothing written.
 */
let platform: TestPlatform;
let solution: SeededSolution;
let otherSolution: SeededSolution;
let owner: SeededCustomer;
let stranger: SeededCustomer;
let tokens: Record<Role, string | undefined>;
let subscriptionId: string;
let invoiceId: string;

type Role = 'anonymous' | 'stranger' | 'owner' | 'partner' | 'otherPartner' | 'admin';
const ROLES: Role[] = ['anonymous', 'stranger', 'owner', 'partner', 'otherPartner', 'admin'];

beforeAll(async () => {
  platform = await startTestPlatform();
  solution = await seedSolution(platform, { name: 'Face Match', tiers: BILLING_TIERS });
  otherSolution = await seedSolution(platform, { name: 'Other API', tiers: BILLING_TIERS });
  owner = await seedCustomer(platform, solution.solutionId);
  stranger = await seedCustomer(platform, solution.solutionId);
  const subscribed = await subscribe(platform, owner, solution.solutionId);
  subscriptionId = subscribed.subscriptionId;
  invoiceId = (await platform.graphql(MY_INVOICES, {}, owner.accessToken)).data!.myInvoices.nodes[0].id;
  const admin = await platform.login(platform.admin.email, platform.admin.password);
  tokens = {
    anonymous: undefined,
    stranger: stranger.accessToken,
    owner: owner.accessToken,
    partner: solution.partner.accessToken,
    otherPartner: otherSolution.partner.accessToken,
    admin: admin.accessToken,
  };
});
afterAll(() => platform?.close());

/** What a role gets: data (OK), null (as if it did not exist), or an error code. */
type Outcome = 'OK' | 'NULL' | 'UNAUTHENTICATED' | 'FORBIDDEN';

function outcome(res: GraphQLResponse, field: string): Outcome {
  if (res.errors?.length) return codes(res)[0] as Outcome;
  return res.data?.[field] === null ? 'NULL' : 'OK';
}

const OPERATIONS: { name: string; query: string; field: string; variables?: () => Record<string, unknown>; expected: Record<Role, Outcome> }[] = [
  {
    name: 'mySubscriptions',
    query: '{ mySubscriptions { id } }',
    field: 'mySubscriptions',
    expected: { anonymous: 'UNAUTHENTICATED', stranger: 'OK', owner: 'OK', partner: 'OK', otherPartner: 'OK', admin: 'OK' },
  },
  {
    name: 'subscription(id)',
    query: 'query($id: ID!) { subscription(id: $id) { id status } }',
    field: 'subscription',
    variables: () => ({ id: subscriptionId }),
    expected: { anonymous: 'UNAUTHENTICATED', stranger: 'NULL', owner: 'OK', partner: 'NULL', otherPartner: 'NULL', admin: 'OK' },
  },
  {
    name: 'invoice(id)',
    query: 'query($id: ID!) { invoice(id: $id) { id number } }',
    field: 'invoice',
    variables: () => ({ id: invoiceId }),
    expected: { anonymous: 'UNAUTHENTICATED', stranger: 'NULL', owner: 'OK', partner: 'NULL', otherPartner: 'NULL', admin: 'OK' },
  },
  {
    // identity's user(id) is for admins; the user themself reads User.subscriptions through `me`.
    name: 'User.subscriptions',
    query: 'query($r: ID!) { user(id: $r) { id subscriptions { id } } }',
    field: 'user',
    variables: () => ({ r: owner.userId }),
    expected: { anonymous: 'UNAUTHENTICATED', stranger: 'FORBIDDEN', owner: 'FORBIDDEN', partner: 'FORBIDDEN', otherPartner: 'FORBIDDEN', admin: 'OK' },
  },
  {
    name: 'me.subscriptions',
    query: '{ me { id subscriptions { id } invoices { nodes { id } } billingProfile { email } } }',
    field: 'me',
    expected: { anonymous: 'NULL', stranger: 'OK', owner: 'OK', partner: 'OK', otherPartner: 'OK', admin: 'OK' },
  },
  {
    name: 'partnerRevenue(solutionId)',
    query: 'query($id: ID) { partnerRevenue(solutionId: $id) { month gross { paise } } }',
    field: 'partnerRevenue',
    variables: () => ({ id: solution.solutionId }),
    // Another partner's revenue (and price-change reach, below) is answered as an unknown solution's: NOT_FOUND on solutionId.
    expected: { anonymous: 'UNAUTHENTICATED', stranger: 'FORBIDDEN', owner: 'FORBIDDEN', partner: 'OK', otherPartner: 'NOT_FOUND' as Outcome, admin: 'OK' },
  },
  {
    name: 'tierPriceChangePreview',
    query: 'query($id: ID!) { tierPriceChangePreview(solutionId: $id, tier: PRO, newPricePaise: 149900) { subscribers effectiveAt } }',
    field: 'tierPriceChangePreview',
    variables: () => ({ id: solution.solutionId }),
    expected: { anonymous: 'UNAUTHENTICATED', stranger: 'FORBIDDEN', owner: 'FORBIDDEN', partner: 'OK', otherPartner: 'NOT_FOUND' as Outcome, admin: 'OK' },
  },
  {
    name: 'platformRevenue',
    query: '{ platformRevenue { month partnerId } }',
    field: 'platformRevenue',
    expected: { anonymous: 'UNAUTHENTICATED', stranger: 'FORBIDDEN', owner: 'FORBIDDEN', partner: 'FORBIDDEN', otherPartner: 'FORBIDDEN', admin: 'OK' },
  },
  {
    name: 'commissionSettings',
    query: '{ commissionSettings { defaultPercentBps } }',
    field: 'commissionSettings',
    expected: { anonymous: 'UNAUTHENTICATED', stranger: 'FORBIDDEN', owner: 'FORBIDDEN', partner: 'FORBIDDEN', otherPartner: 'FORBIDDEN', admin: 'OK' },
  },
  {
    name: 'enterpriseOffers',
    query: '{ enterpriseOffers { id } }',
    field: 'enterpriseOffers',
    expected: { anonymous: 'UNAUTHENTICATED', stranger: 'FORBIDDEN', owner: 'FORBIDDEN', partner: 'FORBIDDEN', otherPartner: 'FORBIDDEN', admin: 'OK' },
  },
  {
    name: 'billingSeller',
    query: '{ billingSeller { gstin placeholder } }',
    field: 'billingSeller',
    expected: { anonymous: 'UNAUTHENTICATED', stranger: 'FORBIDDEN', owner: 'FORBIDDEN', partner: 'FORBIDDEN', otherPartner: 'FORBIDDEN', admin: 'OK' },
  },
  {
    name: 'billingConfig',
    query: '{ billingConfig { testMode keyId } }',
    field: 'billingConfig',
    expected: { anonymous: 'OK', stranger: 'OK', owner: 'OK', partner: 'OK', otherPartner: 'OK', admin: 'OK' },
  },
  {
    name: 'cancelSubscription',
    // A mutation everyone but the customer must be refused (run last by the owner: it only schedules).
    query: 'mutation($id: ID!) { cancelSubscription(subscriptionId: $id) { id cancelAtPeriodEnd } }',
    field: 'cancelSubscription',
    variables: () => ({ id: subscriptionId }),
    expected: { anonymous: 'UNAUTHENTICATED', stranger: 'NOT_FOUND' as Outcome, owner: 'OK', partner: 'NOT_FOUND' as Outcome, otherPartner: 'NOT_FOUND' as Outcome, admin: 'FORBIDDEN' },
  },
];

describe('roles × billing operations', () => {
  for (const op of OPERATIONS) {
    it(op.name, async () => {
      const got: Record<string, Outcome> = {};
      for (const role of ROLES) got[role] = outcome(await platform.graphql(op.query, op.variables?.() ?? {}, tokens[role]), op.field);
      expect(got).toEqual(op.expected);
    });
  }

  it('partners see aggregates of their own solutions only, never customers', async () => {
    const rows = (await platform.graphql('{ partnerRevenue { month solution { id } partnerId gross { paise } gst { paise } platformFee { paise } partnerNet { paise } payments subscribers } }', {}, tokens.partner)).data!.partnerRevenue;
    expect(rows).toEqual([
      {
        month: expect.stringMatching(/^\d{4}-\d{2}$/),
        solution: { id: solution.solutionId },
        partnerId: solution.partner.userId,
        gross: { paise: 117_882 },
        gst: { paise: 17_982 },
        platformFee: { paise: 19_980 },
        partnerNet: { paise: 79_920 },
        payments: 1,
        subscribers: 1,
      },
    ]);
    expect(JSON.stringify(rows)).not.toContain(owner.email);
    expect((await platform.graphql('{ partnerRevenue { month } }', {}, tokens.otherPartner)).data!.partnerRevenue).toEqual([]);
  });

  it('invoice PDFs: the customer and admins only, with the bearer token', async () => {
    const get = (token?: string) => fetch(`${platform.url}/billing/invoices/${invoiceId}.pdf`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
    const mine = await get(tokens.owner);
    expect(mine.status).toBe(200);
    expect(mine.headers.get('content-type')).toBe('application/pdf');
    expect(Buffer.from(await mine.arrayBuffer()).subarray(0, 5).toString()).toBe('%PDF-');
    expect((await get(tokens.admin)).status).toBe(200);
    const stranger = await get(tokens.stranger);
    expect(stranger.status).toBe(404);
    expect(stranger.headers.get('content-type')).toBe('application/problem+json');
    expect(await stranger.json()).toMatchObject({ status: 404, code: 'NOT_FOUND', detail: 'Invoice was not found.' });
    expect((await get(tokens.partner)).status).toBe(404);
    expect(await (await get()).json()).toMatchObject({ status: 401, code: 'UNAUTHENTICATED' });
    expect((await get('not-a-token')).status).toBe(401);
  });

  it('the payout CSV: admins only', async () => {
    const month = new Date(platform.clock.now()).toISOString().slice(0, 7);
    const get = (token?: string) => fetch(`${platform.url}/billing/payout-report.csv?month=${month}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
    const csv = await get(tokens.admin);
    expect(csv.status).toBe(200);
    const lines = (await csv.text()).trim().split('\n');
    expect(lines[0]).toBe('month,partner_id,solution_id,payments,gross_inr,gst_inr,platform_fee_inr,partner_net_inr');
    expect(lines).toContain(`${month},${solution.partner.userId},${solution.solutionId},1,1178.82,179.82,199.80,799.20`);
    expect(await (await get(tokens.partner)).json()).toMatchObject({ status: 403, code: 'FORBIDDEN' });
    expect((await get()).status).toBe(401);
    const badMonth = await fetch(`${platform.url}/billing/payout-report.csv?month=2026-13`, { headers: { authorization: `Bearer ${tokens.admin}` } });
    expect(badMonth.headers.get('content-type')).toBe('application/problem+json');
    expect(await badMonth.json()).toMatchObject({ status: 400, code: 'BAD_USER_INPUT', field: 'month' });
    const twice = await fetch(`${platform.url}/billing/payout-report.csv?month=${month}&month=2026-01`, { headers: { authorization: `Bearer ${tokens.admin}` } });
    expect(await twice.json()).toMatchObject({ status: 400, code: 'BAD_USER_INPUT', field: 'month' });
  });

  it('HEAD of a PDF or the payout CSV through the gateway: the headers of GET, no body', async () => {
    const month = new Date(platform.clock.now()).toISOString().slice(0, 7);
    const headers = { authorization: `Bearer ${tokens.admin}` };
    for (const path of [`/billing/invoices/${invoiceId}.pdf`, `/billing/payout-report.csv?month=${month}`]) {
      const [get, head] = [await fetch(`${platform.url}${path}`, { headers }), await fetch(`${platform.url}${path}`, { method: 'HEAD', headers })];
      const shown = (res: Response) => [res.status, ...['content-type', 'content-length', 'content-disposition', 'cache-control'].map((h) => res.headers.get(h))];
      expect(shown(head), path).toEqual(shown(get));
      expect(head.status).toBe(200);
      expect(await head.text()).toBe('');
    }
  });
});

describe('concurrent checkouts', () => {
  it('ten starts at once for one customer and solution make one subscription, at Razorpay too', async () => {
    const customer = await seedCustomer(platform, otherSolution.solutionId);
    const results = await Promise.all(Array.from({ length: 10 }, () => platform.graphql(CHECKOUT, { solutionId: otherSolution.solutionId, tier: 'PRO' }, customer.accessToken)));
    expect(results.flatMap((r) => r.errors ?? [])).toEqual([]);
    const sessions = results.map((r) => r.data!.startCheckout);
    expect(new Set(sessions.map((s) => s.subscriptionId)).size).toBe(1);
    expect(new Set(sessions.map((s) => s.razorpaySubscriptionId)).size).toBe(1);
    const subs = (await billingItems(platform, 'SUB#')).filter((i) => i.userId === customer.userId);
    expect(subs).toHaveLength(1);
    const atRazorpay = platform.simulator.core.listSubscriptions({ count: 100 }).items.filter((s) => !Array.isArray(s.notes) && s.notes.intent_id === subs[0]!.id);
    expect(atRazorpay).toHaveLength(1);
    // A retry after paying is the same subscription, and then a conflict.
    pay(platform, sessions[0]!.razorpaySubscriptionId);
    await platform.simulator.webhooks.settled();
    expect(codes(await platform.graphql(CHECKOUT, { solutionId: otherSolution.solutionId, tier: 'PRO' }, customer.accessToken))).toEqual(['CONFLICT']);
  });
});

describe('bad input', () => {
  it('names the field and writes nothing', async () => {
    const customer = await seedCustomer(platform, solution.solutionId);
    const before = (await billingItems(platform, '')).length;
    const draft = await platform.graphql(
      'mutation($input: CreateSolutionInput!) { createSolution(input: $input) { id } }',
      { input: { name: 'Draft', slug: `draft-${Date.now()}`, summary: 's', description: 'd', category: 'Other', baseUrl: 'https://d.example' } },
      tokens.partner,
    );
    // Another partner's draft is answered like an id that does not exist (README, Errors); the rest are inputs to fix.
    const cases: [Record<string, unknown>, string, string?][] = [
      [{ solutionId: draft.data!.createSolution.id, tier: 'PRO' }, 'solutionId', 'NOT_FOUND'],
      [{ solutionId: 'sol_00000000000000000000000000', tier: 'PRO' }, 'solutionId', 'NOT_FOUND'],
      [{ solutionId: solution.solutionId, tier: 'REGISTERED' }, 'tier'],
      [{ solutionId: solution.solutionId, tier: 'ENTERPRISE', offerId: 'ofr_00000000000000000000000000' }, 'offerId', 'NOT_FOUND'],
      // An empty or malformed offer id is not "no offer" (the checkout must not start at the list price instead): it
      // names no offer, as an unknown one.
      [{ solutionId: solution.solutionId, tier: 'PRO', offerId: '' }, 'offerId', 'NOT_FOUND'],
      [{ solutionId: solution.solutionId, tier: 'PRO', offerId: '   ' }, 'offerId', 'NOT_FOUND'],
      [{ solutionId: solution.solutionId, tier: 'ENTERPRISE', offerId: 'not-an-offer' }, 'offerId', 'NOT_FOUND'],
    ];
    for (const [variables, field, code = 'BAD_USER_INPUT'] of cases) {
      const res = await platform.graphql(CHECKOUT, variables, customer.accessToken);
      expect(codes(res), JSON.stringify(variables)).toEqual([code]);
      expect(res.errors![0]!.extensions!.field).toBe(field);
    }
    const tampered = await platform.graphql(
      'mutation($input: CheckoutConfirmation!) { confirmCheckout(input: $input) { id } }',
      { input: { razorpayPaymentId: 'pay_AAAAAAAAAAAAAA', razorpaySubscriptionId: 'sub_AAAAAAAAAAAAAA', razorpaySignature: 'a'.repeat(64) } },
      customer.accessToken,
    );
    expect(tampered.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.razorpaySignature' });
    const profile = 'mutation($input: BillingProfileInput!) { updateBillingProfile(input: $input) { gstin state } }';
    const profileCases: [Record<string, unknown>, string][] = [
      [{ legalName: 'Asha Rao', email: 'asha@example.com', gstin: '27AABCB5678K1Z8' }, 'input.gstin'],
      [{ legalName: 'Asha Rao', email: 'asha@example.com', state: 'Atlantis' }, 'input.state'],
      [{ legalName: 'Bharat LLP', email: 'a@b.example', gstin: '27AABCB5678K1Z9', state: 'Karnataka' }, 'input.state'],
      [{ legalName: '', email: 'asha@example.com' }, 'input.legalName'],
      [{ legalName: 'Asha', email: 'not-an-email' }, 'input.email'],
    ];
    for (const [input, field] of profileCases) {
      const res = await platform.graphql(profile, { input }, customer.accessToken);
      expect(res.errors?.[0]?.extensions, JSON.stringify(input)).toMatchObject({ code: 'BAD_USER_INPUT', field });
      // The form shows the message under the field: it names the field in words, never by its path.
      expect(res.errors?.[0]?.message, JSON.stringify(input)).not.toMatch(/input\./);
      expect(res.errors?.[0]?.message, JSON.stringify(input)).toMatch(/^(The|An) /);
    }
    // Every field at fault in one refusal, each under its own field and in words.
    const many = await platform.graphql(profile, { input: { legalName: ' ', email: 'nope', gstin: '27AABCB5678K1Z8', state: 'Atlantis' } }, customer.accessToken);
    expect(codes(many)).toEqual(['BAD_USER_INPUT']);
    const problems = many.errors![0]!.extensions!.problems as { field: string; message: string }[];
    expect(problems.map((p) => p.field)).toEqual(['input.email', 'input.legalName', 'input.gstin', 'input.state']);
    for (const { message } of problems) expect(message).toMatch(/^(The|An) (?!.*input\.)/);
    expect((await billingItems(platform, '')).length).toBe(before);
    const ok = await platform.graphql(profile, { input: { legalName: 'Bharat LLP', email: 'a@b.example', gstin: '27aabcb5678k1z9' } }, customer.accessToken);
    expect(ok.data!.updateBillingProfile).toEqual({ gstin: '27AABCB5678K1Z9', state: 'Maharashtra' });
  });
});

describe('a new Pro price, previewed in billing and saved in the catalog', () => {
  const PREVIEW = 'query($id: ID!, $p: SafeInt!) { tierPriceChangePreview(solutionId: $id, tier: PRO, newPricePaise: $p) { subscribers confirmation } }';
  const SAVE = 'mutation($id: ID!, $t: [TierConfigInput!]!, $c: [String!]) { setSolutionTiers(solutionId: $id, tiers: $t, priceConfirmations: $c) { solution { tiers { tier monthlyPricePaise } } problems { field } } }';
  const tiersAt = (pricePaise: number) => BILLING_TIERS.map((tier) => (tier.tier === 'PRO' ? { ...tier, monthlyPricePaise: pricePaise } : tier));
  const preview = async (solutionId: string, pricePaise: number, token: string | undefined) => {
    const res = await platform.graphql(PREVIEW, { id: solutionId, p: pricePaise }, token);
    expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    return res.data!.tierPriceChangePreview as { subscribers: number; confirmation: string };
  };

  it('is saved with the confirmation its partner previewed, and only with it', async () => {
    const { db, table } = platform.catalogDeps;
    const feed = createPriceChangeFeed({ db, table, clock: platform.clock, internalSecret: platform.internalSecret });
    const mine = await preview(solution.solutionId, 129_900, tokens.partner);
    // Another partner's preview of their own solution, and the admin's preview of this one, confirm nothing here.
    const theirs = await preview(otherSolution.solutionId, 129_900, tokens.otherPartner);
    const admins = await preview(solution.solutionId, 129_900, tokens.admin);
    for (const [confirmation, field] of [[theirs.confirmation, 'priceConfirmations[0]'], [admins.confirmation, 'priceConfirmations[0]'], [undefined, 'priceConfirmations']] as const) {
      const refused = await platform.graphql(SAVE, { id: solution.solutionId, t: tiersAt(129_900), c: confirmation ? [confirmation] : null }, tokens.partner);
      expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    // …nor does this one's confirmation let the other partner save this solution's tiers.
    expect(codes(await platform.graphql(SAVE, { id: solution.solutionId, t: tiersAt(129_900), c: [mine.confirmation] }, tokens.otherPartner))).toEqual(['FORBIDDEN']);
    expect((await feed.pending()).filter((c) => c.solutionId === solution.solutionId)).toEqual([]);

    const saved = await platform.graphql(SAVE, { id: solution.solutionId, t: tiersAt(129_900), c: [mine.confirmation] }, tokens.partner);
    expect(saved.errors, JSON.stringify(saved.errors)).toBeUndefined();
    expect(saved.data!.setSolutionTiers.solution.tiers[2]).toEqual({ tier: 'PRO', monthlyPricePaise: 129_900 });
    expect((await feed.pending()).filter((c) => c.solutionId === solution.solutionId)).toEqual([
      expect.objectContaining({ oldPricePaise: 99_900, newPricePaise: 129_900, confirmedSubscribers: mine.subscribers }),
    ]);
    // A confirmation is of one price: going back to ₹999 needs a preview of its own.
    const again = await platform.graphql(SAVE, { id: solution.solutionId, t: tiersAt(99_900), c: [mine.confirmation] }, tokens.partner);
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'priceConfirmations[0]' });
  });
});
