import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDocumentClient, scanAll, tableName } from '@marketplace/shared';
import { testConnection } from '../support/dynamo.ts';
import { codes, startTestPlatform, type TestPlatform } from '../support/platform.ts';
import { seedCustomer, seedSolution, type SeededCustomer, type SeededSolution } from '../support/seed.ts';

/**
 * Issue 4's story through the real gateway and shim: a partner's secret and a customer's key against
 * POST /quota/validate — ten anonymous calls and an upgrade prompt, a key's hundred calls, the usage in
 * GraphQL — plus what admins and revocation change, and that no raw IP is stored anywhere.
 */
let platform: TestPlatform;
let solution: SeededSolution;
let customer: SeededCustomer;
const IPS = ['203.0.113.77', '2001:db8:77:1::42'];

beforeAll(async () => {
  platform = await startTestPlatform();
  // No per-second limits here: this story is about allowances (rate limits have tests of their own).
  solution = await seedSolution(platform, {
    tiers: [
      { tier: 'ANONYMOUS', callAllowance: 10, trialDays: 15, ratePerSecond: null },
      { tier: 'REGISTERED', callAllowance: 100, trialDays: 30, ratePerSecond: null },
      { tier: 'PRO', callAllowance: 10_000, ratePerSecond: null, monthlyPricePaise: 99_900 },
      { tier: 'ENTERPRISE', callAllowance: 1_000_000, ratePerSecond: null, monthlyPricePaise: 999_900 },
    ],
    endpoints: [
      { method: 'POST', path: '/v1/summarize', costWeight: 1 },
      { method: 'POST', path: '/v1/translate/{lang}', costWeight: 3, tiers: ['REGISTERED', 'PRO', 'ENTERPRISE'] },
    ],
  });
  customer = await seedCustomer(platform, solution.solutionId);
});
afterAll(() => platform?.close());

describe('anonymous callers', () => {
  it('get ten calls; the eleventh is refused with an upgrade prompt and the headers', async () => {
    const client = { ip: IPS[0], userAgent: 'Mozilla/5.0 (X11; Linux x86_64)', acceptLanguage: 'en-IN,en;q=0.9' };
    for (let i = 1; i <= 10; i++) {
      const res = await platform.validate(solution.secret, { client, endpoint: 'POST /v1/summarize' });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ allowed: true, code: 'VALID', tier: 'anonymous', used: i, remaining: 10 - i });
    }
    const refused = await platform.validate(solution.secret, { client, endpoint: 'POST /v1/summarize' });
    expect(refused.body).toMatchObject({ allowed: false, code: 'QUOTA_EXCEEDED', tier: 'anonymous', limit: 10, used: 10, remaining: 0 });
    expect(refused.body.upgrade).toMatchObject({ tier: 'registered', url: `http://localhost:4000/signup?solution=${solution.slug}` });
    expect(refused.headers.get('ratelimit-policy')).toBe('"quota";q=10;w=1296000');
    expect(refused.headers.get('ratelimit')).toBe('"quota";r=0'); // a spent trial never resets: no t
    expect(refused.headers.get('retry-after')).toBeNull();
  });

  it('cannot call an endpoint reserved for registered callers', async () => {
    const res = await platform.validate(solution.secret, { client: { ip: IPS[1], userAgent: 'translator-app/2.1' }, endpoint: 'POST /v1/translate/hi' });
    expect(res.body).toMatchObject({ allowed: false, code: 'ENDPOINT_NOT_IN_TIER', upgrade: { tier: 'registered' } });
  });
});

describe('a customer with a key', () => {
  it('gets a hundred calls; the hundred-and-first is refused', async () => {
    const results = await Promise.all(Array.from({ length: 101 }, () => platform.validate(solution.secret, { apiKey: customer.apiKey })));
    expect(results.filter((r) => r.body.allowed)).toHaveLength(100);
    const refused = results.find((r) => !r.body.allowed)!;
    expect(refused.body).toMatchObject({
      code: 'QUOTA_EXCEEDED',
      tier: 'registered',
      remaining: 0,
      upgrade: { tier: 'pro' },
      subject: { type: 'key', keyId: customer.keyId, userId: customer.userId },
    });
  });

  it('sees the usage in GraphQL within two seconds', async () => {
    const query = `query($id: ID!) { myUsage(solutionId: $id) { tier used limit remaining windowKind daysRemaining trialEnded daily(days: 2) { allowed denied units } } }`;
    const deadline = Date.now() + 2000;
    let usage: any;
    do {
      usage = (await platform.graphql(query, { id: solution.solutionId }, customer.accessToken)).data!.myUsage;
      if (usage.daily.at(-1).allowed === 100 && usage.daily.at(-1).denied === 1) break;
      await new Promise((r) => setTimeout(r, 100));
    } while (Date.now() < deadline);
    expect(usage).toMatchObject({ tier: 'REGISTERED', used: 100, limit: 100, remaining: 0, windowKind: 'TRIAL', daysRemaining: 30, trialEnded: false });
    expect(usage.daily.at(-1)).toEqual({ allowed: 100, denied: 1, units: 100 });
  });

  it('lets the partner see usage by tier, anonymous callers counted but not identified', async () => {
    await platform.flushUsage();
    const day = platform.clock.now().toISOString().slice(0, 10);
    const res = await platform.graphql(
      `query($id: ID!, $d: String!) { solutionUsage(solutionId: $id, from: $d, to: $d) { tier allowed denied units } }`,
      { id: solution.solutionId, d: day },
      solution.partner.accessToken,
    );
    expect(res.data!.solutionUsage).toEqual(
      expect.arrayContaining([
        { tier: 'ANONYMOUS', allowed: 10, denied: 2, units: 10 },
        { tier: 'REGISTERED', allowed: 100, denied: 1, units: 100 },
      ]),
    );
    expect(codes(await platform.graphql(`query($id: ID!, $d: String!) { solutionUsage(solutionId: $id, from: $d, to: $d) { tier } }`, { id: solution.solutionId, d: day }, customer.accessToken))).toEqual(['NOT_FOUND']);
  });

  it('moves to pro when an admin grants it, with a monthly quota', async () => {
    const granted = await platform.graphql(
      `mutation($input: GrantTierInput!) { grantTier(input: $input) { tier } }`,
      { input: { userId: customer.userId, solutionId: solution.solutionId, tier: 'PRO', reason: 'pilot customer' } },
      solution.adminToken,
    );
    expect(granted.data!.grantTier.tier).toBe('PRO');
    const res = await platform.validate(solution.secret, { apiKey: customer.apiKey });
    expect(res.body).toMatchObject({ allowed: true, tier: 'pro', used: 1 });
    expect(res.headers.get('ratelimit-policy')).toMatch(/^"quota";q=\d+;w=\d+/);
  });

  it('is refused once the key is revoked, and when the account is suspended', async () => {
    const second = await seedCustomer(platform, solution.solutionId);
    expect((await platform.validate(solution.secret, { apiKey: second.apiKey })).body.code).toBe('VALID');
    await platform.graphql(`mutation($id: ID!) { revokeApiKey(id: $id) { status } }`, { id: second.keyId }, second.accessToken);
    expect((await platform.validate(solution.secret, { apiKey: second.apiKey })).body.code).toBe('KEY_REVOKED');

    const third = await seedCustomer(platform, solution.solutionId);
    expect((await platform.validate(solution.secret, { apiKey: third.apiKey })).body.code).toBe('VALID');
    await platform.graphql(`mutation($id: ID!) { suspendUser(userId: $id, reason: "abuse") { status } }`, { id: third.userId }, solution.adminToken);
    expect((await platform.validate(solution.secret, { apiKey: third.apiKey })).body.code).toBe('ACCOUNT_SUSPENDED');
  });

  it('is told KEY_WRONG_SOLUTION by another solution, which learns nothing about the key or its owner', async () => {
    const other = await seedSolution(platform);
    const { body } = await platform.validate(other.secret, { apiKey: customer.apiKey });
    expect(body.code).toBe('KEY_WRONG_SOLUTION');
    expect(body.allowed).toBe(false);
    expect(body.subject).toEqual({ type: 'key' });
    expect(JSON.stringify(body)).not.toContain(customer.userId);
    expect(JSON.stringify(body)).not.toContain(customer.keyId);
  });
});

describe('privacy', () => {
  it('stores no raw client IP in any table', async () => {
    await platform.flushUsage();
    const db = createDocumentClient(testConnection());
    const needles = [...IPS, '2001:db8:77:1', '2001:0db8:0077:0001'];
    for (const subgraph of ['identity', 'catalog', 'keys', 'quotas']) {
      const items = await scanAll(db, { TableName: tableName(platform.tablePrefix, subgraph) });
      for (const item of items) {
        const text = JSON.stringify(item);
        for (const needle of needles) expect(text, `${subgraph} holds ${needle}`).not.toContain(needle);
      }
      expect(items.length, `${subgraph} has items to scan`).toBeGreaterThan(0);
    }
  });
});
