import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform, type TestPlatform } from '../../test/support/platform.ts';
import { seedCustomer, seedSolution, type SeededCustomer, type SeededSolution } from '../../test/support/seed.ts';
import { createGate, INTEGRATION_STANDARD, QuotaIntegrationError, TIERS, VERDICT_CODES, VERDICT_FIELDS } from '../src/index.ts';
import { withMarketplace } from '../src/node.ts';
import { call, type CallResult, countingClient, listen, SHIM_TIMEOUT_MS, TEST_SOLUTION } from './harness.ts';

/**
 * The integration standard (sdk/docs/integration-standard.md) checked against the real shim: a solution built
 * with the SDK (node:http adapter) answers every verdict code the way the standard says. The expectations
 * below are written from the document, not read from the SDK's table, so a change to either shows here.
 */
const STANDARD: Record<string, { status: number; retryAfter: 'never' | 'always' | 'paid'; upgrade: boolean }> = {
  QUOTA_EXCEEDED: { status: 429, retryAfter: 'paid', upgrade: true },
  RATE_LIMITED: { status: 429, retryAfter: 'always', upgrade: true },
  TRIAL_EXPIRED: { status: 403, retryAfter: 'never', upgrade: true },
  ENDPOINT_NOT_IN_TIER: { status: 403, retryAfter: 'never', upgrade: true },
  KEY_INVALID: { status: 401, retryAfter: 'never', upgrade: false },
  KEY_EXPIRED: { status: 401, retryAfter: 'never', upgrade: false },
  KEY_REVOKED: { status: 401, retryAfter: 'never', upgrade: false },
  KEY_WRONG_SOLUTION: { status: 401, retryAfter: 'never', upgrade: false },
  ACCOUNT_SUSPENDED: { status: 403, retryAfter: 'never', upgrade: false },
  SOLUTION_SUSPENDED: { status: 503, retryAfter: 'never', upgrade: false },
  BOT_SUSPECTED: { status: 403, retryAfter: 'never', upgrade: true },
};

let platform: TestPlatform;
let solution: SeededSolution;
let other: SeededSolution;
let solutionApi: { url: string; close: () => Promise<void>; shimCalls: () => number };
let otherApi: { url: string; close: () => Promise<void>; shimCalls: () => number };
const seen = new Set<string>();

async function startSolutionApi(secret: string) {
  const { client, shimCalls } = countingClient({ baseUrl: platform.shimUrl, solutionSecret: secret });
  const server = createServer(
    withMarketplace({ client, trustedProxies: 1, cost: (r) => Number(r.header('x-test-cost')) || undefined }, (req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(req.marketplace));
    }),
  );
  return { ...(await listen(server)), shimCalls };
}

async function grant(customer: SeededCustomer, tier: 'PRO' | 'ENTERPRISE') {
  const res = await platform.graphql(`mutation($input: GrantTierInput!) { grantTier(input: $input) { tier } }`, { input: { userId: customer.userId, solutionId: solution.solutionId, tier, reason: 'sdk test' } }, solution.adminToken);
  expect(res.errors).toBeUndefined();
}

/** A refusal exactly as the standard has it: status, problem+json body, headers, prompt; nothing about the key's owner. */
function expectRefusal(res: CallResult, code: string, options: { paid?: boolean } = {}) {
  const rule = STANDARD[code]!;
  seen.add(code);
  expect(res.status, `${code} status`).toBe(rule.status);
  expect(res.headers.get('content-type')).toBe('application/problem+json');
  expect(res.headers.get('cache-control')).toBe('no-store');
  expect(res.body).toMatchObject({ type: `https://marketplace.local/problems/${code.toLowerCase().replaceAll('_', '-')}`, status: rule.status, code, title: expect.any(String), detail: expect.any(String) });
  const retryAfter = rule.retryAfter === 'always' || (rule.retryAfter === 'paid' && options.paid);
  if (retryAfter) {
    expect(Number(res.headers.get('retry-after')), `${code} Retry-After`).toBeGreaterThan(0);
    expect(res.body.retryAfterSeconds).toBe(Number(res.headers.get('retry-after')));
  } else {
    expect(res.headers.get('retry-after'), `${code} without Retry-After`).toBeNull();
  }
  if (rule.upgrade) {
    expect(res.body.upgrade).toMatchObject({ url: expect.stringMatching(/^http:\/\/localhost:4000\//), message: expect.any(String), tier: expect.any(String) });
    expect(res.body.detail).toBe(res.body.upgrade.message);
    expect(res.headers.get('x-marketplace-upgrade-url')).toBe(res.body.upgrade.url);
    if (code === 'BOT_SUSPECTED') {
      // A refusal of the client, not a quota verdict: no RateLimit headers.
      expect(res.headers.get('ratelimit-policy')).toBeNull();
      expect(res.headers.get('ratelimit')).toBeNull();
    } else {
      expect(res.headers.get('ratelimit-policy')).toMatch(/^"quota";q=\d+;w=\d+/);
      // `t` only where quota comes back (a paid period, the next second); a spent or ended trial has none.
      const trialOver = code === 'TRIAL_EXPIRED' || (code === 'QUOTA_EXCEEDED' && !options.paid);
      expect(res.headers.get('ratelimit')).toMatch(trialOver ? /^"quota";r=0$/ : /^"quota";r=\d+;t=\d+/);
    }
    expect(res.headers.get('x-marketplace-tier')).toBe(res.body.tier);
  } else {
    expect(res.body.upgrade).toBeUndefined();
    expect(res.headers.get('x-marketplace-upgrade-url')).toBeNull();
  }
  if (rule.status === 401) expect(res.headers.get('www-authenticate')).toBe('Bearer realm="api", error="invalid_token"');
  else expect(res.headers.get('www-authenticate')).toBeNull();
  expect(JSON.stringify(res.body)).not.toMatch(/usr_|key_/);
}

beforeAll(async () => {
  platform = await startTestPlatform();
  [solution, other] = await Promise.all([seedSolution(platform, TEST_SOLUTION), seedSolution(platform)]);
  [solutionApi, otherApi] = await Promise.all([startSolutionApi(solution.secret), startSolutionApi(other.secret)]);
});
afterAll(async () => {
  await solutionApi?.close();
  await otherApi?.close();
  await platform?.close();
});

describe('the SDK and the shim agree on the contract', () => {
  it('knows every verdict code and field the served OpenAPI document has', async () => {
    const doc = (await (await fetch(`${platform.shimUrl}/openapi.json`)).json()) as any;
    const schema = doc.components.schemas.Verdict;
    // Written as a plain enum, as examples (older shims) or as anyOf [enum, null] (a nullable enum in OpenAPI 3.1).
    const values = (property: any): unknown[] => property.enum ?? property.examples ?? (property.anyOf ?? property.oneOf ?? []).flatMap((p: any) => p.enum ?? []);
    expect([...VERDICT_CODES].sort()).toEqual([...values(schema.properties.code)].sort());
    expect([...VERDICT_FIELDS].sort()).toEqual(Object.keys(schema.properties).sort());
    expect(values(schema.properties.tier).filter((t) => t !== null).sort()).toEqual([...TIERS].sort());
  });

  it('passes the shim\'s refusals of the integration to the partner, not to the caller', async () => {
    const errors: Error[] = [];
    const wrongSecret = createGate({ client: { baseUrl: platform.shimUrl, solutionSecret: 'mps_not_a_real_secret', timeoutMs: SHIM_TIMEOUT_MS, failMode: 'open' }, onError: (e) => errors.push(e) });
    const facts = { method: 'GET', path: '/v1/rates/INR', header: () => undefined, query: () => undefined, remoteAddress: '203.0.113.70' };
    // Fail mode open does not apply: a refused secret is not an outage.
    expect(await wrongSecret(facts)).toMatchObject({ pass: false, status: 500 });
    expect(errors[0]).toBeInstanceOf(QuotaIntegrationError);
    expect(errors[0]).toMatchObject({ status: 401 });
    expect(errors[0]!.message).not.toContain('mps_not_a_real_secret');

    const unregistered = createGate({ client: { baseUrl: platform.shimUrl, solutionSecret: solution.secret, timeoutMs: SHIM_TIMEOUT_MS }, onError: (e) => errors.push(e) });
    expect(await unregistered({ ...facts, path: '/v2/not-registered' })).toMatchObject({ pass: false, status: 404 });
    expect(errors[1]!.message).toContain('GET /v2/not-registered is not a registered endpoint');
  });

  it('maps every refusal code, and the written standard says the same as the SDK\'s table', async () => {
    expect(Object.keys(STANDARD).sort()).toEqual(VERDICT_CODES.filter((c) => c !== 'VALID').sort());
    for (const [code, rule] of Object.entries(STANDARD)) expect(INTEGRATION_STANDARD[code as keyof typeof INTEGRATION_STANDARD].status, code).toBe(rule.status);
    const doc = await readFile(new URL('../docs/integration-standard.md', import.meta.url), 'utf8');
    for (const [code, answer] of Object.entries(INTEGRATION_STANDARD)) {
      const row = doc.split('\n').find((line) => line.startsWith(`| \`${code}\``));
      expect(row, `${code} has a row in sdk/docs/integration-standard.md`).toBeDefined();
      expect(row!.split('|')[2]!.trim(), `${code}'s status in the doc`).toBe(String(answer.status));
    }
  });
});

describe('every verdict through a solution built with the SDK', () => {
  it('VALID: the request goes on with req.marketplace and the marketplace headers', async () => {
    const res = await call(solutionApi.url, '/v1/rates/INR', { ip: '203.0.113.10' });
    seen.add('VALID');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ tier: 'anonymous', code: 'VALID', limit: 3, used: 1, remaining: 2, source: 'marketplace', degraded: false, subject: { type: 'anonymous' } });
    expect(res.headers.get('ratelimit-policy')).toBe('"quota";q=3;w=1296000, "rate";q=2;w=1');
    expect(res.headers.get('ratelimit')).toMatch(/^"quota";r=2;t=\d+$/);
    expect(res.headers.get('x-marketplace-tier')).toBe('anonymous');
    expect(res.headers.get('x-marketplace-upgrade-url')).toBeNull();
  });

  it('QUOTA_EXCEEDED on a trial: 429 with the upgrade prompt and no Retry-After (only an upgrade helps)', async () => {
    const ip = '203.0.113.11';
    const admitted = [];
    for (let i = 0; i < 3; i++) {
      admitted.push(await call(solutionApi.url, '/v1/rates/INR', { ip }));
      platform.clock.advance(1000);
    }
    expect(admitted.map((r) => r.status)).toEqual([200, 200, 200]);
    // From 80 % used on, admitted calls carry the prompt too.
    expect(admitted[2]!.headers.get('x-marketplace-upgrade-url')).toBe(`http://localhost:4000/signup?solution=${solution.slug}`);
    const refused = await call(solutionApi.url, '/v1/rates/INR', { ip });
    expectRefusal(refused, 'QUOTA_EXCEEDED');
    expect(refused.body).toMatchObject({ tier: 'anonymous', limit: 3, used: 3, remaining: 0, upgrade: { tier: 'registered' } });
  });

  it('a denied caller hammering the solution costs the marketplace almost nothing (denial cache)', async () => {
    const ip = '203.0.113.13';
    for (let i = 0; i < 3; i++) {
      expect((await call(solutionApi.url, '/v1/rates/INR', { ip })).status).toBe(200);
      platform.clock.advance(1000);
    }
    // From the first refusal on, eight at a time: the first few may all reach the shim before one is cached.
    const before = solutionApi.shimCalls();
    const requests = 400;
    let next = 0;
    const statuses: number[] = [];
    await Promise.all(
      Array.from({ length: 8 }, async () => {
        while (next++ < requests) statuses.push((await call(solutionApi.url, '/v1/rates/INR', { ip })).status);
      }),
    );
    const perRequest = (solutionApi.shimCalls() - before) / requests;
    console.info(`denial cache: ${solutionApi.shimCalls() - before} shim calls for ${requests} requests of a denied caller (${perRequest} per request)`);
    expect(statuses.filter((s) => s !== 429)).toEqual([]);
    expect(perRequest).toBeLessThanOrEqual(0.05);
  });

  it('ENDPOINT_NOT_IN_TIER: 403 naming the lowest tier that has it', async () => {
    const res = await call(solutionApi.url, '/v1/convert', { ip: '203.0.113.12', method: 'POST' });
    expectRefusal(res, 'ENDPOINT_NOT_IN_TIER');
    expect(res.body.upgrade.tier).toBe('registered');
  });

  it('QUOTA_EXCEEDED on a paid tier: 429 with Retry-After until the period resets', async () => {
    const customer = await seedCustomer(platform, solution.solutionId);
    await grant(customer, 'PRO');
    const res = await call(solutionApi.url, '/v1/rates/INR', { key: customer.apiKey, headers: { 'x-test-cost': '101' } });
    expectRefusal(res, 'QUOTA_EXCEEDED', { paid: true });
    expect(res.body).toMatchObject({ tier: 'pro', limit: 100, upgrade: { tier: 'enterprise' } });
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(3600);
  });

  it('RATE_LIMITED: 429 with Retry-After: 1', async () => {
    const customer = await seedCustomer(platform, solution.solutionId);
    await grant(customer, 'PRO');
    const results = [];
    for (let i = 0; i < 3; i++) results.push(await call(solutionApi.url, '/v1/rates/INR', { key: customer.apiKey }));
    expect(results.slice(0, 2).map((r) => r.status)).toEqual([200, 200]);
    expect(results[0]!.headers.get('ratelimit-policy')).toMatch(/^"quota";q=100;w=\d+, "rate";q=2;w=1$/);
    expectRefusal(results[2]!, 'RATE_LIMITED');
    expect(results[2]!.headers.get('retry-after')).toBe('1');
    expect(results[2]!.headers.get('ratelimit')).toMatch(/"rate";r=0;t=1$/);
  });

  it('KEY_INVALID, KEY_REVOKED, ACCOUNT_SUSPENDED: 401, 401, 403', async () => {
    expectRefusal(await call(solutionApi.url, '/v1/rates/INR', { key: 'mk_live_thereisnosuchkey000000000000' }), 'KEY_INVALID');

    const revoked = await seedCustomer(platform, solution.solutionId);
    expect((await call(solutionApi.url, '/v1/rates/INR', { key: revoked.apiKey })).status).toBe(200);
    await platform.graphql(`mutation($id: ID!) { revokeApiKey(id: $id) { status } }`, { id: revoked.keyId }, revoked.accessToken);
    expectRefusal(await call(solutionApi.url, '/v1/rates/INR', { key: revoked.apiKey }), 'KEY_REVOKED');

    const suspended = await seedCustomer(platform, solution.solutionId);
    await platform.graphql(`mutation($id: ID!) { suspendUser(userId: $id, reason: "abuse") { status } }`, { id: suspended.userId }, solution.adminToken);
    expectRefusal(await call(solutionApi.url, '/v1/rates/INR', { key: suspended.apiKey }), 'ACCOUNT_SUSPENDED');
  });

  it('KEY_WRONG_SOLUTION: 401 at another solution, which learns nothing about the key', async () => {
    const customer = await seedCustomer(platform, solution.solutionId);
    const res = await call(otherApi.url, '/anything', { key: customer.apiKey });
    expectRefusal(res, 'KEY_WRONG_SOLUTION');
    expect(JSON.stringify(res.body)).not.toContain(customer.userId);
  });

  it('BOT_SUSPECTED: 403 with the reason and the sign-up prompt to an anonymous crawler', async () => {
    const res = await call(solutionApi.url, '/v1/rates/INR', { ip: '203.0.113.60', headers: { 'user-agent': 'Mozilla/5.0 (compatible; Googlebot/2.1)' } });
    expectRefusal(res, 'BOT_SUSPECTED');
    expect(res.body).toMatchObject({ reason: 'KNOWN_BOT_USER_AGENT', upgrade: { tier: 'registered' } });
  });

  it('SOLUTION_SUSPENDED: 503 to every caller', async () => {
    const suspended = await platform.graphql(`mutation($id: ID!) { suspendSolution(id: $id, reason: "review") { status } }`, { id: other.solutionId }, other.adminToken);
    expect(suspended.errors).toBeUndefined();
    expectRefusal(await call(otherApi.url, '/anything', { ip: '198.51.100.99' }), 'SOLUTION_SUSPENDED');
  });

  it('KEY_EXPIRED and TRIAL_EXPIRED once time has passed: 401, and 403 with the upgrade prompt', async () => {
    const rotated = await seedCustomer(platform, solution.solutionId);
    const res = await platform.graphql(`mutation($id: ID!) { rotateApiKey(id: $id, graceHours: 1) { plaintext } }`, { id: rotated.keyId }, rotated.accessToken);
    expect(res.errors).toBeUndefined();
    platform.clock.advance(2 * 3_600_000);
    expectRefusal(await call(solutionApi.url, '/v1/rates/INR', { key: rotated.apiKey }), 'KEY_EXPIRED');

    // The anonymous caller of the first test started its 15-day trial then.
    platform.clock.advance(16 * 86_400_000);
    const expired = await call(solutionApi.url, '/v1/rates/INR', { ip: '203.0.113.10' });
    expectRefusal(expired, 'TRIAL_EXPIRED');
    expect(expired.body.upgrade.tier).toBe('registered');
  });

  it('covered every verdict code the shim has', () => {
    expect([...seen].sort()).toEqual([...VERDICT_CODES].sort());
  });
});
