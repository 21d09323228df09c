import { gzipSync } from 'node:zlib';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkApiKey, generateApiKey } from '@marketplace/keys/public';
import { keyVerdict } from '@marketplace/keys/public';
import { createLogger, ensureTable, ManualClock, type RunningServer, sha256, tableName } from '@marketplace/shared';
import { testDb, testTablePrefix } from '../../../../test/support/dynamo.ts';
import { anonymousFingerprint } from '../engine/fingerprint.ts';
import { CounterStore } from '../engine/counter-store.ts';
import { QuotaEngine } from '../engine/quota-engine.ts';
import { RateLimiter } from '../engine/rate-limiter.ts';
import type { KeyRecord, Tier } from '@marketplace/contracts';
import { QuotaService } from '../services/quota.service.ts';
import type { QuotaPolicy, SolutionDirectory } from '../services/ports.ts';
import { UsageRecorder } from '../usage/usage-recorder.ts';
import { VERDICT_CODES } from '@marketplace/contracts';
import { verdictSchema } from './contract.ts';
import { openApiDocument } from './openapi.ts';
import { startShimServer } from './shim-server.ts';

/**
 * The shim's HTTP contract over the real engine and table; the other packages' directories are small
 * in-memory stand-ins here (the cross-service tests under test/ use the real ones).
 */
const db = testDb();
const table = tableName(testTablePrefix('shim'), 'quotas');
const clock = new ManualClock('2026-06-10T12:00:00Z');
const SECRET = 'mps_test-secret-of-the-solution';
const SUSPENDED_SECRET = 'mps_test-secret-of-a-suspended-solution';
const policies: Record<Tier, QuotaPolicy> = {
  anonymous: { tier: 'anonymous', callAllowance: 10, window: { kind: 'trial', days: 15 }, ratePerSecond: null, limitMode: 'hard', features: { summaries: true } },
  registered: { tier: 'registered', callAllowance: 100, window: { kind: 'trial', days: 30 }, ratePerSecond: null, limitMode: 'hard', features: { summaries: true, maxWords: 500 } },
  pro: { tier: 'pro', callAllowance: 10_000, window: { kind: 'monthly' }, ratePerSecond: 5, limitMode: 'hard', features: { summaries: true, maxWords: 5000 } },
  enterprise: { tier: 'enterprise', callAllowance: 1_000_000, window: { kind: 'monthly' }, ratePerSecond: null, limitMode: 'soft', features: { summaries: true, sla: '99.9' } },
};
const solutions: SolutionDirectory = {
  solutionBySecretHash: async (hash) =>
    hash === sha256(SECRET) ? { solutionId: 'sol_1', secretId: 'sec_1' } : hash === sha256(SUSPENDED_SECRET) ? { solutionId: 'sol_2', secretId: 'sec_2' } : null,
  solution: async (id) =>
    id === 'sol_1'
      ? { id, slug: 'summarizer', name: 'Summarizer', status: 'PUBLISHED' }
      : id === 'sol_2'
        ? { id, slug: 'suspended', name: 'Suspended', status: 'SUSPENDED' }
        : null,
  policy: async (_id, tier) => policies[tier],
  endpoint: async (_id, endpoint) =>
    endpoint === 'POST /v1/summarize'
      ? { method: 'POST', path: '/v1/summarize', costWeight: 2, tiers: ['anonymous', 'registered', 'pro', 'enterprise'] }
      : endpoint === 'POST /v1/bulk'
        ? { method: 'POST', path: '/v1/bulk', costWeight: 1, tiers: ['pro', 'enterprise'] }
        : null,
};
const keyRecords = new Map<string, KeyRecord>();
const suspended = new Set<string>();
const grants = new Map<string, Tier>();
function addKey(userId: string, overrides: Partial<KeyRecord> = {}) {
  const key = generateApiKey();
  keyRecords.set(key.hash, { id: `key_${keyRecords.size}`, userId, solutionId: 'sol_1', status: 'active', expiresAt: null, graceEndsAt: null, ...overrides });
  return key.plaintext;
}

/** What the shim server logs (its refusals), kept to prove what never reaches a log line. */
const shimLog: unknown[] = [];
const record = (...line: unknown[]) => void shimLog.push(line);
const shimLogger = { info: record, warn: record, error: record, debug: record } as never;

let server: RunningServer;
let service: QuotaService;
/** What `service` is made of (a test makes a second one from it). */
let serviceDeps: ConstructorParameters<typeof QuotaService>[0];
const store = new CounterStore(db, table);
beforeAll(async () => {
  await ensureTable(db, table);
  const logger = createLogger('test', 'silent');
  serviceDeps = {
    clock,
    engine: new QuotaEngine(store, { clock }),
    rateLimiter: new RateLimiter(store, clock),
    usage: new UsageRecorder({ db, table, clock, logger }),
    solutions,
    keys: { check: checkApiKey, findKeyByHash: async (h) => keyRecords.get(h) ?? null, verdict: keyVerdict, touch: () => {} },
    accounts: { status: async (userId) => (suspended.has(userId) ? 'suspended' : 'active') },
    tiers: { tierOf: async (userId) => grants.get(userId) ?? 'registered' },
    fingerprint: (client) => anonymousFingerprint('fingerprint-secret-for-tests-0123456789', client),
    publicUrl: 'http://localhost:4000',
  };
  service = new QuotaService(serviceDeps);
  server = await startShimServer({ service, solutions, logger: shimLogger, checkHealth: async () => {} }, { port: 0, host: '127.0.0.1' });
});
afterAll(() => server?.close());

const doc = JSON.parse(JSON.stringify(openApiDocument())) as { paths: Record<string, { post: { responses: Record<string, any> } }>; components: { schemas: Record<string, any> } };
/** Every verdict code a test in this file was answered. */
const answered = new Set<string>();

/**
 * One call; every answer is held to the served document: a verdict to the Verdict schema (no field it does not
 * list), a problem to its status's problem schema.
 */
async function call(path: string, body: unknown, init: { secret?: string | null; contentType?: string; raw?: string; headers?: Record<string, string> } = {}) {
  const headers: Record<string, string> = { 'content-type': init.contentType ?? 'application/json', ...init.headers };
  if (init.secret !== null) headers.authorization = `Bearer ${init.secret ?? SECRET}`;
  const res = await fetch(`${server.url}${path}`, { method: 'POST', headers, body: init.raw ?? JSON.stringify(body) });
  const json = (await res.json()) as Record<string, any>;
  if (res.status === 200) {
    verdictSchema.strict().parse(json);
    answered.add(json.code);
  } else {
    const documented = doc.paths[path]!.post.responses[String(res.status)];
    expect(documented, `status ${res.status} is documented for ${path}`).toBeDefined();
    expect(documented.content['application/problem+json'].schema.properties.code.enum).toContain(json.code);
  }
  return { status: res.status, headers: res.headers, body: json };
}
const validate = (body: unknown, init?: Parameters<typeof call>[2]) => call('/quota/validate', body, init);
let clientNo = 0;
const newClient = () => ({ ip: `198.51.100.${++clientNo}`, userAgent: 'curl/8.5', acceptLanguage: 'en-IN' });

describe('anonymous callers', () => {
  it('get ten calls, then an upgrade prompt with the rate-limit headers', async () => {
    const client = newClient();
    for (let i = 1; i <= 10; i++) {
      const res = await validate({ client });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ allowed: true, code: 'VALID', tier: 'anonymous', limit: 10, used: i, remaining: 10 - i, subject: { type: 'anonymous' } });
      expect(res.headers.get('ratelimit-policy')).toBe('"quota";q=10;w=1296000');
      // The tenth call spends the trial: nothing comes back at the window's end, so no `t` (optional in the draft).
      expect(res.headers.get('ratelimit')).toBe(i < 10 ? `"quota";r=${10 - i};t=1296000` : '"quota";r=0');
      if (i >= 8) expect(res.body.upgrade).toMatchObject({ tier: 'registered' });
      else expect(res.body.upgrade).toBeUndefined();
    }
    const eleventh = await validate({ client });
    expect(eleventh.body).toMatchObject({ allowed: false, code: 'QUOTA_EXCEEDED', used: 10, remaining: 0, features: { summaries: true } });
    expect(eleventh.body.upgrade).toEqual({
      tier: 'registered',
      url: 'http://localhost:4000/signup?solution=summarizer',
      message: expect.stringContaining('Sign up'),
    });
    expect(eleventh.headers.get('ratelimit')).toBe('"quota";r=0');
    expect(eleventh.headers.get('ratelimit-policy')).toBe('"quota";q=10;w=1296000');
    // A trial does not reset: waiting never helps, so there is no Retry-After, only the upgrade.
    expect(eleventh.headers.get('retry-after')).toBeNull();
  });

  it('are told apart by IP (IPv6 by /64), user agent and language; the raw IP is never stored', async () => {
    const v6 = { ip: '2001:db8:aa:1::1', userAgent: 'app/1', acceptLanguage: 'hi' };
    await validate({ client: v6 });
    const sameNetwork = await validate({ client: { ...v6, ip: '2001:db8:aa:1:ffff::9' } });
    expect(sameNetwork.body.used).toBe(2);
    const otherAgent = await validate({ client: { ...v6, userAgent: 'app/2' } });
    expect(otherAgent.body.used).toBe(1);
  });

  it('end their trial 15 days after the first call', async () => {
    const client = newClient();
    await validate({ client });
    clock.advance(15 * 86_400_000);
    const late = await validate({ client });
    // The body says what the header says: nothing is left (the unused 9 calls are gone with the trial).
    expect(late.body).toMatchObject({ allowed: false, code: 'TRIAL_EXPIRED', used: 1, remaining: 0 });
    expect(late.headers.get('retry-after')).toBeNull();
    // Nothing is available and nothing comes back: r=0 (not the allowance left unused) and no `t`.
    expect(late.headers.get('ratelimit')).toBe('"quota";r=0');
  });

  it('refused as bots get no RateLimit headers: the refusal is of the client, not a quota verdict', async () => {
    const bot = await validate({ client: { ...newClient(), userAgent: '' } });
    expect(bot.body).toMatchObject({ allowed: false, code: 'BOT_SUSPECTED', reason: 'EMPTY_USER_AGENT' });
    expect(bot.headers.get('ratelimit')).toBeNull();
    expect(bot.headers.get('ratelimit-policy')).toBeNull();
    expect(bot.headers.get('retry-after')).toBeNull();
  });
});

describe('key callers', () => {
  it('get the registered trial of 100 calls, then QUOTA_EXCEEDED with an upgrade to pro', async () => {
    const apiKey = addKey('usr_hundred');
    const results = await Promise.all(Array.from({ length: 101 }, () => validate({ apiKey })));
    expect(results.filter((r) => r.body.allowed)).toHaveLength(100);
    const refused = results.find((r) => !r.body.allowed)!;
    expect(refused.body).toMatchObject({ code: 'QUOTA_EXCEEDED', tier: 'registered', remaining: 0, upgrade: { tier: 'pro' }, subject: { type: 'key', userId: 'usr_hundred' } });
  });

  it('share one quota across a user\'s keys', async () => {
    const a = addKey('usr_two_keys');
    const b = addKey('usr_two_keys');
    await validate({ apiKey: a });
    expect((await validate({ apiKey: b })).body.used).toBe(2);
  });

  it('are refused with the verdict code for each key problem, consuming nothing', async () => {
    const good = addKey('usr_codes');
    const typo = good.slice(0, -6) + (good.at(-6) === 'a' ? 'b' : 'a') + good.slice(-5);
    expect((await validate({ apiKey: typo })).body.code).toBe('KEY_INVALID');
    expect((await validate({ apiKey: 'mk_live_nonsense' })).body.code).toBe('KEY_INVALID');
    expect((await validate({ apiKey: generateApiKey().plaintext })).body.code).toBe('KEY_INVALID');
    expect((await validate({ apiKey: addKey('usr_codes', { status: 'revoked' }) })).body.code).toBe('KEY_REVOKED');
    expect((await validate({ apiKey: addKey('usr_codes', { expiresAt: '2026-01-01T00:00:00Z' }) })).body.code).toBe('KEY_EXPIRED');
    expect((await validate({ apiKey: addKey('usr_codes', { solutionId: 'sol_other' }) })).body.code).toBe('KEY_WRONG_SOLUTION');
    suspended.add('usr_suspended');
    expect((await validate({ apiKey: addKey('usr_suspended') })).body).toMatchObject({ allowed: false, code: 'ACCOUNT_SUSPENDED' });
    expect((await validate({ apiKey: good })).body).toMatchObject({ allowed: true, used: 1 });
  });

  it('on pro are rate limited per second with Retry-After, and refused calls give their token back', async () => {
    const apiKey = addKey('usr_pro');
    grants.set('usr_pro', 'pro');
    const burst = await Promise.all(Array.from({ length: 12 }, () => validate({ apiKey })));
    expect(burst.filter((r) => r.body.allowed)).toHaveLength(5);
    const limited = burst.find((r) => r.body.code === 'RATE_LIMITED')!;
    expect(limited.headers.get('retry-after')).toBe('1');
    expect(limited.headers.get('ratelimit')).toMatch(/^"quota";r=\d+;t=\d+, "rate";r=0;t=1$/);
    expect(limited.body.upgrade.message).toBe('You are calling faster than 5 per second. Upgrade to Enterprise for a higher rate.');
    expect(limited.headers.get('ratelimit-policy')).toBe('"quota";q=10000;w=2592000, "rate";q=5;w=1');
    clock.advance(1000);
    expect((await validate({ apiKey })).body).toMatchObject({ allowed: true, used: 6, tier: 'pro' });
  });

  it('on a paid tier start afresh when the billing period (calendar month) ends', async () => {
    const apiKey = addKey('usr_monthly');
    grants.set('usr_monthly', 'pro');
    clock.advance(1000);
    await validate({ apiKey, cost: 9000 });
    const late = await validate({ apiKey, cost: 2000 });
    expect(late.body).toMatchObject({ allowed: false, code: 'QUOTA_EXCEEDED', used: 9000 });
    const periodEnd = new Date(late.body.resetAt as string);
    expect(periodEnd.getUTCDate()).toBe(1);
    expect(Number(late.headers.get('retry-after'))).toBe(Math.ceil((periodEnd.getTime() - clock.now().getTime()) / 1000));
    clock.set(periodEnd);
    expect((await validate({ apiKey, cost: 2000 })).body).toMatchObject({ allowed: true, used: 2000, remaining: 8000 });
  });

  it('answer QUOTA_EXCEEDED rather than RATE_LIMITED when the quota would refuse the call anyway', async () => {
    const apiKey = addKey('usr_pro_small');
    grants.set('usr_pro_small', 'pro');
    clock.advance(1000);
    const burst = await Promise.all(Array.from({ length: 5 }, () => validate({ apiKey, cost: 2000 })));
    expect(burst.filter((r) => r.body.allowed)).toHaveLength(5);
    const over = await validate({ apiKey, cost: 1 });
    expect(over.body).toMatchObject({ allowed: false, code: 'QUOTA_EXCEEDED', used: 10_000, remaining: 0 });
  });

  it('use the endpoint weight, or the explicit cost, and refuse endpoints outside the tier', async () => {
    const apiKey = addKey('usr_weights');
    expect((await validate({ apiKey, endpoint: 'POST /v1/summarize' })).body.used).toBe(2);
    expect((await validate({ apiKey, endpoint: 'POST /v1/summarize', cost: 5 })).body.used).toBe(7);
    const bulk = await validate({ apiKey, endpoint: 'POST /v1/bulk' });
    expect(bulk.body).toMatchObject({ allowed: false, code: 'ENDPOINT_NOT_IN_TIER', used: 7, upgrade: { tier: 'pro' } });
    expect(bulk.body.upgrade.message).toBe('This endpoint is not part of the registered tier. Upgrade to Pro for access to it.');
  });
});

describe('POST /quota/check', () => {
  it('answers like validate without consuming', async () => {
    const client = newClient();
    await validate({ client });
    const checked = await call('/quota/check', { client });
    expect(checked.body).toMatchObject({ allowed: true, used: 2, remaining: 8 });
    expect((await validate({ client })).body.used).toBe(2);
  });
});

describe('bad requests', () => {
  it('401 without or with a wrong solution secret', async () => {
    const none = await validate({ client: newClient() }, { secret: null });
    expect(none.status).toBe(401);
    expect(none.headers.get('content-type')).toBe('application/problem+json');
    expect(none.headers.get('www-authenticate')).toContain('Bearer');
    expect((await validate({ client: newClient() }, { secret: 'mps_wrong' })).status).toBe(401);
  });

  it('takes the Bearer scheme in any case, as HTTP auth schemes are (RFC 9110 §11.1)', async () => {
    for (const scheme of ['bearer', 'BEARER']) {
      const res = await validate({ client: newClient() }, { secret: null, headers: { authorization: `${scheme} ${SECRET}` } });
      expect(res.status, scheme).toBe(200);
      expect(res.body).toMatchObject({ allowed: true, used: 1 });
    }
    expect((await validate({ client: newClient() }, { secret: null, headers: { authorization: `Basic ${SECRET}` } })).status).toBe(401);
  });

  it.each([
    ['malformed JSON', { raw: '{"client": ' }, 'body'],
    ['an array', { raw: '[1,2]' }, 'body'],
    ['a string', { raw: '"mk_live_x"' }, 'body'],
    ['null', { raw: 'null' }, 'body'],
    ['a null client without apiKey', { raw: '{"apiKey":null,"client":null}' }, 'client'],
    ['neither key nor client', { raw: '{}' }, 'client'],
    ['a client without ip', { raw: '{"client":{"userAgent":"x"}}' }, 'client.ip'],
    ['an ip that is not an IP', { raw: '{"client":{"ip":"999.1.1.1"}}' }, 'client.ip'],
    ['a numeric apiKey', { raw: '{"apiKey":42}' }, 'apiKey'],
    ['cost 0', { raw: '{"client":{"ip":"10.0.0.1"},"cost":0}' }, 'cost'],
    ['a negative cost', { raw: '{"client":{"ip":"10.0.0.1"},"cost":-3}' }, 'cost'],
    ['a fractional cost', { raw: '{"client":{"ip":"10.0.0.1"},"cost":1.5}' }, 'cost'],
    ['a string cost', { raw: '{"client":{"ip":"10.0.0.1"},"cost":"2"}' }, 'cost'],
    ['an unregistered endpoint', { raw: '{"client":{"ip":"10.0.0.1"},"endpoint":"GET /v9/nothing"}' }, 'endpoint'],
    ['a malformed endpoint', { raw: '{"client":{"ip":"10.0.0.1"},"endpoint":"summarize"}' }, 'endpoint'],
  ])('400 problem+json for %s, naming the field, in one shape: field and the problems listing it', async (_name, init, field) => {
    const res = await validate(undefined, init);
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
    expect(res.body).toMatchObject({ status: 400, title: expect.any(String), detail: expect.any(String) });
    expect(res.body.field).toBe(field);
    expect(res.body.problems).toEqual([{ field, message: res.body.detail }]);
  });

  it('take a field sent as null as absent: apiKey null is an anonymous caller, as without it', async () => {
    const client = newClient();
    const res = await validate({ apiKey: null, client, endpoint: null, cost: null });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ allowed: true, tier: 'anonymous', used: 1, subject: { type: 'anonymous' } });
    const nullFields = await validate({ apiKey: addKey('usr_null_fields'), client: null });
    expect(nullFields.body).toMatchObject({ allowed: true, subject: { type: 'key' } });
  });

  it.each([
    ['validate', '/quota/validate'],
    ['check', '/quota/check'],
  ])('400 naming client.ip for an address that is not one on %s, keyed or anonymous, consuming nothing', async (_name, path) => {
    const apiKey = addKey(`usr_bad_ip_${path.slice(7)}`);
    const client = newClient();
    // Only a plain address: a zone id, spaces or brackets around one are refused too, and the value is quoted
    // nowhere, neither in the answer nor in the log line of the refusal (raw IPs are secret).
    for (const ip of ['999.1.1.1', '::g', 'fe80::1%eth0', ' 203.0.113.77', '203.0.113.77 ', '[2001:db8::77]']) {
      for (const body of [{ apiKey, client: { ...client, ip } }, { client: { ...client, ip } }]) {
        const logged = shimLog.length;
        const res = await call(path, body);
        expect(res.status, ip).toBe(400);
        expect(res.body).toMatchObject({ code: 'BAD_USER_INPUT', field: 'client.ip', detail: 'client.ip is not an IPv4 or IPv6 address.' });
        expect(res.body.problems).toEqual([{ field: 'client.ip', message: 'client.ip is not an IPv4 or IPv6 address.' }]);
        expect(JSON.stringify(res.body)).not.toContain(ip.trim());
        expect(shimLog.length).toBeGreaterThan(logged);
        expect(JSON.stringify(shimLog.slice(logged))).not.toContain(ip.trim());
      }
    }
    expect((await validate({ apiKey, client })).body).toMatchObject({ allowed: true, used: 1 });
    expect((await validate({ client })).body).toMatchObject({ allowed: true, used: 1 });
  });

  it('answer problem+json with a stable code, a request id (body, header and logs) and a type that opens its entry', async () => {
    const res = await validate({ client: { ip: '::g' } });
    expect(res.body).toMatchObject({ type: '/docs/errors#bad_user_input', title: 'The input is not valid', status: 400, code: 'BAD_USER_INPUT' });
    expect(res.body.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(res.headers.get('x-request-id')).toBe(res.body.requestId);
    const page = await fetch(new URL(res.body.type, `${server.url}/quota/validate`));
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toContain('text/html');
    expect(await page.text()).toContain('id="bad_user_input"');
    // A request id the caller (or a proxy) sent carries through.
    const traced = await validate({}, { headers: { 'x-request-id': 'trace-42' } });
    expect(traced.body).toMatchObject({ requestId: 'trace-42', code: 'BAD_USER_INPUT', field: 'client' });
    expect(traced.headers.get('x-request-id')).toBe('trace-42');
  });

  it('413 for a body over 16 KB, 415 for a body that is not JSON, 400 for malformed JSON: each naming its field', async () => {
    const big = await validate({ client: newClient(), pad: 'x'.repeat(17 * 1024) });
    expect(big.status).toBe(413);
    expect(big.body).toMatchObject({ code: 'PAYLOAD_TOO_LARGE', field: 'body', problems: [{ field: 'body' }] });
    const form = await validate(undefined, { raw: 'apiKey=x', contentType: 'application/x-www-form-urlencoded' });
    expect(form.status).toBe(415);
    expect(form.body).toMatchObject({ code: 'UNSUPPORTED_MEDIA_TYPE', field: 'content-type', problems: [{ field: 'content-type' }] });
    const malformed = await validate(undefined, { raw: '{"client": ' });
    expect(malformed.status).toBe(400);
    expect(malformed.body).toMatchObject({ code: 'BAD_REQUEST', field: 'body', problems: [{ field: 'body' }] });
  });

  it('415 on content-encoding for a compressed body, never its bytes read as JSON, consuming nothing', async () => {
    const client = newClient();
    const json = JSON.stringify({ client });
    // Bytes that are JSON as they are, labelled gzip: read as plain they would be a good call.
    for (const [coding, body] of [['gzip', gzipSync(json)], ['gzip', Buffer.from(json)], ['br', Buffer.from(json)]] as const) {
      const res = await fetch(`${server.url}/quota/validate`, { method: 'POST', headers: { 'content-type': 'application/json', 'content-encoding': coding, authorization: `Bearer ${SECRET}` }, body });
      expect(res.status, coding).toBe(415);
      expect(res.headers.get('content-type')).toBe('application/problem+json');
      expect(await res.json()).toMatchObject({ code: 'UNSUPPORTED_MEDIA_TYPE', field: 'content-encoding', problems: [{ field: 'content-encoding' }] });
    }
    expect((await validate({ client }, { headers: { 'content-encoding': 'identity' } })).body).toMatchObject({ allowed: true, used: 1 });
  });

  it('consume nothing: the next good call sees the counter untouched', async () => {
    const client = newClient();
    await validate({ client, cost: 0 });
    await validate({ client, endpoint: 'GET /nope' });
    expect((await validate({ client })).body.used).toBe(1);
  });

  it('never answer 500, whatever the body', async () => {
    const client = newClient();
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.json(),
          fc.string(),
          fc.record({ apiKey: fc.oneof(fc.string(), fc.integer(), fc.constant(null)), client: fc.anything(), cost: fc.anything(), endpoint: fc.anything() }, { requiredKeys: [] }).map((v) => JSON.stringify(v)),
        ),
        async (raw) => {
          const res = await validate(undefined, { raw });
          expect([200, 400, 413]).toContain(res.status);
          if (res.status !== 200) expect(res.body.status).toBe(res.status);
        },
      ),
      { numRuns: 150 },
    );
    // None of that touched a real caller's quota.
    expect((await validate({ client })).body.used).toBe(1);
  });
});

describe('a solution secret seen within factsMs', () => {
  it('is read once, and a revoked one is refused once factsMs of the injected clock has passed', async () => {
    let revoked = false;
    let lookups = 0;
    const changing: SolutionDirectory = {
      ...solutions,
      solutionBySecretHash: async (hash) => (lookups++, revoked ? null : solutions.solutionBySecretHash(hash)),
    };
    const logger = createLogger('test', 'silent');
    const cached = await startShimServer({ service, solutions: changing, logger, checkHealth: async () => {}, factsMs: 1000, clock }, { port: 0, host: '127.0.0.1' });
    try {
      const send = () =>
        fetch(`${cached.url}/quota/check`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${SECRET}` }, body: JSON.stringify({ client: newClient() }) });
      for (let i = 0; i < 3; i++) expect((await send()).status).toBe(200);
      expect(lookups).toBe(1);
      revoked = true;
      clock.advance(249);
      expect((await send()).status).toBe(200);
      clock.advance(751);
      const refused = await send();
      expect(refused.status).toBe(401);
      expect(await refused.json()).toMatchObject({ code: 'UNAUTHENTICATED' });
      expect(lookups).toBe(2);
    } finally {
      await cached.close();
    }
  });
});

describe('a refused caller calling on', () => {
  it('gets the same bytes as the first refusal within a second, and its reset a second nearer the next', async () => {
    const logger = createLogger('test', 'silent');
    const remembering = new QuotaService({ ...serviceDeps, factsMs: 1000 });
    const shim = await startShimServer({ service: remembering, solutions, logger, checkHealth: async () => {}, factsMs: 1000, clock }, { port: 0, host: '127.0.0.1' });
    try {
      const client = newClient();
      const send = async () => {
        const res = await fetch(`${shim.url}/quota/validate`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${SECRET}` }, body: JSON.stringify({ client }) });
        return { text: await res.text(), ratelimit: res.headers.get('ratelimit'), policy: res.headers.get('ratelimit-policy'), length: res.headers.get('content-length') };
      };
      for (let i = 0; i < 10; i++) await send();
      // The first refusal is decided by the store; the next ones from memory, with the verdict (and its bytes) reused.
      const first = await send();
      expect(JSON.parse(first.text)).toMatchObject({ allowed: false, code: 'QUOTA_EXCEEDED', used: 10, remaining: 0 });
      const refusals = [await send(), await send(), await send()];
      for (const again of refusals) expect(again).toEqual(first);
      expect(Number(first.length)).toBe(Buffer.byteLength(first.text));
      clock.advance(1000);
      const later = await send();
      expect(later.text).toBe(first.text);
      const seconds = (header: string | null) => Number(/t=(\d+)/.exec(header ?? '')?.[1]);
      expect(seconds(later.ratelimit)).toBe(seconds(first.ratelimit) - 1);
    } finally {
      await shim.close();
    }
  });
});

describe('verdict codes', () => {
  it('the service answers every code the document lists, and no other', async () => {
    suspended.add('usr_codes_all_suspended');
    const pro = addKey('usr_codes_all_pro');
    grants.set('usr_codes_all_pro', 'pro');
    const client = newClient();
    await validate({ apiKey: addKey('usr_codes_all') });
    await validate({ apiKey: 'mk_live_nonsense' });
    await validate({ apiKey: addKey('usr_codes_all', { status: 'revoked' }) });
    await validate({ apiKey: addKey('usr_codes_all', { expiresAt: '2026-01-01T00:00:00Z' }) });
    await validate({ apiKey: addKey('usr_codes_all', { solutionId: 'sol_other' }) });
    await validate({ apiKey: addKey('usr_codes_all_suspended') });
    await validate({ apiKey: addKey('usr_codes_all'), endpoint: 'POST /v1/bulk' });
    await validate({ client, cost: 10 });
    await validate({ client });
    await Promise.all(Array.from({ length: 8 }, () => validate({ apiKey: pro })));
    // A suspended solution's refusal names the caller's tier, as the document's tier field says; no quota headers.
    const suspendedAnswer = await validate({ client: newClient() }, { secret: SUSPENDED_SECRET });
    expect(suspendedAnswer.body).toMatchObject({ code: 'SOLUTION_SUSPENDED', tier: 'anonymous' });
    expect(suspendedAnswer.headers.get('ratelimit')).toBeNull();
    expect(doc.components.schemas.Verdict.properties.tier.description).toMatch(/SOLUTION_SUSPENDED names the caller's tier/);
    const trial = newClient();
    await validate({ client: trial });
    clock.advance(15 * 86_400_000);
    await validate({ client: trial });
    await validate({ client: { ip: '198.51.100.254' } });
    expect([...answered].sort()).toEqual([...VERDICT_CODES].sort());
  });
});

describe('routes', () => {
  it('serve the OpenAPI 3.1 document and answer unknown routes with problem+json', async () => {
    const doc = (await (await fetch(`${server.url}/openapi.json`)).json()) as Record<string, any>;
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual(['/quota/validate', '/quota/check']);
    const missing = await fetch(`${server.url}/nope`);
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-type')).toBe('application/problem+json');
    const get = await fetch(`${server.url}/quota/validate`);
    expect(get.status).toBe(405);
  });

  it('answer HEAD on the read-only routes, and another method there with 405 and Allow, as the gateway does', async () => {
    for (const path of ['/openapi.json', '/docs/errors', '/healthz']) {
      const head = await fetch(`${server.url}${path}`, { method: 'HEAD' });
      expect(head.status, `HEAD ${path}`).toBe(200);
      expect(await head.text()).toBe('');
      const post = await fetch(`${server.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
      expect(post.status, `POST ${path}`).toBe(405);
      expect(post.headers.get('allow')).toBe('GET, HEAD');
      expect(post.headers.get('content-type')).toBe('application/problem+json');
      expect(((await post.json()) as { code: string }).code).toBe('METHOD_NOT_ALLOWED');
    }
  });
});
