import { beforeAll, describe, expect, it, vi } from 'vitest';
import { checkApiKey, generateApiKey, keyVerdict } from '@marketplace/keys/public';
import { createLogger, ensureTable, ManualClock, tableName } from '@marketplace/shared';
import { testDb, testTablePrefix } from '../../../../test/support/dynamo.ts';
import { CounterStore } from '../engine/counter-store.ts';
import { anonymousFingerprint } from '../engine/fingerprint.ts';
import { QuotaEngine } from '../engine/quota-engine.ts';
import { RateLimiter } from '../engine/rate-limiter.ts';
import type { KeyRecord, Tier } from '@marketplace/contracts';
import { type UsageEvent, UsageRecorder } from '../usage/usage-recorder.ts';
import type { QuotaPolicy as TierPolicy, SolutionDirectory } from './ports.ts';
import { QuotaService, type ValidateInput } from './quota.service.ts';

/**
 * The quota rules as validate (`consume: true`) and check (`consume: false`) use them, over the real engine and
 * table; other packages' directories are in-memory stand-ins. Each service is one shim process.
 */
const db = testDb();
const table = tableName(testTablePrefix('quota-svc'), 'quotas');
const clock = new ManualClock('2026-08-10T12:00:00.250Z');
const policies: Record<Tier, TierPolicy> = {
  anonymous: { tier: 'anonymous', callAllowance: 10, window: { kind: 'trial', days: 15 }, ratePerSecond: null, limitMode: 'hard', features: {} },
  registered: { tier: 'registered', callAllowance: 100, window: { kind: 'trial', days: 30 }, ratePerSecond: 3, limitMode: 'hard', features: {} },
  pro: { tier: 'pro', callAllowance: 20, window: { kind: 'monthly' }, ratePerSecond: null, limitMode: 'soft', features: {} },
  enterprise: { tier: 'enterprise', callAllowance: 1_000_000, window: { kind: 'monthly' }, ratePerSecond: null, limitMode: 'hard', features: {} },
};
/** Solutions in another status than PUBLISHED, by id. */
const statuses = new Map<string, string>([['sol_unpublished', 'UNPUBLISHED'], ['sol_suspended', 'SUSPENDED'], ['sol_draft', 'DRAFT']]);
const solutions: SolutionDirectory = {
  solutionBySecretHash: async () => null,
  solution: async (id) => ({ id, slug: 'summarizer', name: 'Summarizer', status: statuses.get(id) ?? 'PUBLISHED' }),
  policy: async (_id, tier) => policies[tier],
  endpoint: async (_id, endpoint) =>
    endpoint.startsWith('POST /v1/items/') ? { method: 'POST', path: '/v1/items/{id}', costWeight: 2, tiers: ['registered', 'pro', 'enterprise'] } : null,
};
const keyRecords = new Map<string, KeyRecord>();
/** The plaintext key → its hash, to change a key's record as the keys package would. */
const hashes = new Map<string, string>();
const grants = new Map<string, Tier>();
let users = 0;
function newKey(tier: Tier = 'registered', overrides: Partial<KeyRecord> = {}) {
  const key = generateApiKey();
  const userId = `usr_svc${++users}`;
  keyRecords.set(key.hash, { id: `key_svc${users}`, userId, solutionId: 'sol_svc', status: 'active', expiresAt: null, graceEndsAt: null, ...overrides });
  hashes.set(key.plaintext, key.hash);
  grants.set(userId, tier);
  return key.plaintext;
}

const store = new CounterStore(db, table);
const logger = createLogger('test', 'silent');
/** Reads of the other packages' directories, by what was asked. */
const reads = { keys: 0, accounts: 0, tiers: 0, policies: 0 };
function shimProcess(factsMs = 0) {
  const usage = new UsageRecorder({ db, table, clock, logger });
  const service = new QuotaService({
    clock,
    engine: new QuotaEngine(store, { clock }),
    rateLimiter: new RateLimiter(store, clock),
    usage,
    solutions,
    keys: { check: checkApiKey, findKeyByHash: async (h) => (reads.keys++, keyRecords.get(h) ?? null), verdict: keyVerdict, touch: () => {} },
    accounts: { status: async () => (reads.accounts++, 'active') },
    tiers: { tierOf: async (userId) => (reads.tiers++, grants.get(userId) ?? 'registered') },
    fingerprint: (client) => anonymousFingerprint('fingerprint-secret-for-tests-0123456789', client),
    publicUrl: 'http://localhost:4000',
    factsMs,
  });
  const events: UsageEvent[] = [];
  vi.spyOn(usage, 'record').mockImplementation((event) => void events.push(event));
  return {
    events,
    validate: (input: ValidateInput) => service.decide('sol_svc', input, true),
    /** A validate call made with another solution's secret. */
    validateAs: (solutionId: string, input: ValidateInput) => service.decide(solutionId, input, true),
    check: (input: ValidateInput) => service.decide('sol_svc', input, false),
  };
}
beforeAll(() => ensureTable(db, table));

describe('check answers as validate would, without consuming', () => {
  it('refuses with RATE_LIMITED once the second is used up, on this process and on another', async () => {
    const [one, other] = [shimProcess(), shimProcess()];
    const apiKey = newKey();
    for (let i = 0; i < 3; i++) expect(await one.validate({ apiKey })).toMatchObject({ code: 'VALID' });
    expect(await one.validate({ apiKey })).toMatchObject({ allowed: false, code: 'RATE_LIMITED', used: 3, remaining: 97 });
    expect(await one.check({ apiKey })).toMatchObject({ allowed: false, code: 'RATE_LIMITED', used: 3, remaining: 97, retryAfterSeconds: 1 });
    expect(await other.check({ apiKey })).toMatchObject({ allowed: false, code: 'RATE_LIMITED', used: 3 });
    clock.advance(1000);
    expect(await other.check({ apiKey })).toMatchObject({ allowed: true, code: 'VALID', used: 4 });
  });

  it('takes no token: checks never use up the second', async () => {
    const service = shimProcess();
    const apiKey = newKey();
    clock.advance(1000);
    for (let i = 0; i < 5; i++) expect(await service.check({ apiKey })).toMatchObject({ code: 'VALID', used: 1 });
    for (let i = 1; i <= 3; i++) expect(await service.validate({ apiKey })).toMatchObject({ code: 'VALID', used: i });
    expect(service.events.map((e) => e.code)).toEqual(['VALID', 'VALID', 'VALID']);
  });
});

describe('a cost larger than the whole allowance', () => {
  it('is refused with the usage as it stands, as check says', async () => {
    const service = shimProcess();
    const client = { ip: '192.0.2.77', userAgent: 'svc/1' };
    expect(await service.validate({ client, cost: 9 })).toMatchObject({ allowed: true, used: 9, remaining: 1 });
    const refused = await service.validate({ client, cost: 1000 });
    expect(refused).toMatchObject({ allowed: false, code: 'QUOTA_EXCEEDED', used: 9, remaining: 1 });
    expect(await service.check({ client, cost: 1000 })).toEqual(refused);
    expect(await service.validate({ client })).toMatchObject({ allowed: true, used: 10, remaining: 0 });
  });

  it('says the call costs more than the whole allowance (not "used 0 of 10"), and offers the lowest tier it fits', async () => {
    const service = shimProcess();
    const client = { ip: '192.0.2.78', userAgent: 'svc/1' };
    const refused = await service.validate({ client, cost: 50 });
    expect(refused).toMatchObject({ allowed: false, code: 'QUOTA_EXCEEDED', tier: 'anonymous', limit: 10, used: 0, remaining: 10 });
    expect(refused.upgrade).toEqual({
      tier: 'registered',
      url: 'http://localhost:4000/signup?solution=summarizer',
      message: 'This call costs 50 calls, more than the whole allowance of the anonymous tier (10 calls for the whole trial). Sign up free for an allowance that fits it and your own API key.',
    });
    expect(await service.check({ client, cost: 50 })).toEqual(refused);
    // Past the registered tier's 100 too: Pro's soft limit takes any cost.
    expect((await service.validate({ client, cost: 150 })).upgrade).toMatchObject({ tier: 'pro', url: 'http://localhost:4000/solutions/summarizer?upgrade=pro', message: expect.stringMatching(/^This call costs 150 calls, .* Upgrade to Pro, whose allowance fits it\.$/) });
    // A keyed caller with a rate goes the same way; an ordinary refusal keeps its own prompt.
    const apiKey = newKey('registered');
    expect((await service.validate({ apiKey, cost: 101 })).upgrade?.message).toMatch(/^This call costs 101 calls, more than the whole allowance of the registered tier \(100 calls for the whole trial\)\. Upgrade to Pro/);
    expect(await service.validate({ apiKey, cost: 100 })).toMatchObject({ allowed: true });
    clock.advance(1000);
    expect((await service.validate({ apiKey })).upgrade?.message).toBe('You have used 100 of 100 calls of the trial. Upgrade to Pro for a larger allowance.');
    expect((await service.validate({ apiKey, cost: 101 })).upgrade?.message).toMatch(/^This call costs 101 calls/);
  });
});

describe('a solution that is not listed', () => {
  it('decides an unpublished solution\'s calls as before, but prompts no upgrade or sign-up whose page is gone', async () => {
    const service = shimProcess();
    for (const [solutionId, prompted] of [['sol_svc', true], ['sol_unpublished', false], ['sol_draft', false]] as const) {
      const client = { ip: `192.0.2.${prompted ? 81 : solutionId === 'sol_draft' ? 83 : 82}`, userAgent: 'svc/1' };
      const verdicts = [];
      for (let i = 0; i < 11; i++) verdicts.push(await service.validateAs(solutionId, { client }));
      expect(verdicts.filter((v) => v.allowed)).toHaveLength(10);
      expect(verdicts[10]).toMatchObject({ allowed: false, code: 'QUOTA_EXCEEDED', tier: 'anonymous' });
      expect(verdicts.map((v) => v.upgrade !== undefined), solutionId).toEqual([...Array(7).fill(false), ...Array(4).fill(prompted)]);
      const bot = await service.validateAs(solutionId, { client: { ip: '192.0.2.90', userAgent: '' } });
      expect(bot).toMatchObject({ allowed: false, code: 'BOT_SUSPECTED' });
      expect(bot.upgrade !== undefined).toBe(prompted);
      const endpoint = await service.validateAs(solutionId, { client: { ip: '192.0.2.91', userAgent: 'svc/1' }, endpoint: 'POST /v1/items/7' });
      expect(endpoint).toMatchObject({ allowed: false, code: 'ENDPOINT_NOT_IN_TIER' });
      expect(endpoint.upgrade !== undefined).toBe(prompted);
    }
    // Analytics still sees the calls near the limit.
    const unpublished = service.events.filter((e) => e.solutionId === 'sol_unpublished' && e.code !== 'BOT_SUSPECTED' && e.code !== 'ENDPOINT_NOT_IN_TIER');
    expect(unpublished.map((e) => e.nearLimit)).toEqual([...Array(7).fill(false), ...Array(4).fill(true)]);
  });

  it('refuses a suspended solution\'s calls with SOLUTION_SUSPENDED and no prompt, keyed or anonymous', async () => {
    const service = shimProcess();
    const apiKey = newKey('registered', { solutionId: 'sol_suspended' });
    for (const input of [{ apiKey }, { client: { ip: '192.0.2.84', userAgent: 'svc/1' } }]) {
      const verdict = await service.validateAs('sol_suspended', input);
      expect(verdict).toMatchObject({ allowed: false, code: 'SOLUTION_SUSPENDED' });
      expect(verdict.upgrade).toBeUndefined();
    }
  });
});

describe('usage events', () => {
  it('name the endpoint by its registered template and the verdict code, for every decision', async () => {
    const service = shimProcess();
    const apiKey = newKey('pro');
    clock.advance(1000);
    await service.validate({ apiKey, endpoint: 'POST /v1/items/42' });
    await service.validate({ apiKey, cost: 19 });
    await service.validate({ apiKey, endpoint: 'POST /v1/items/43', cost: 3 });
    await service.validate({ apiKey: newKey('registered', { status: 'revoked' }), endpoint: 'POST /v1/items/7' });
    await service.validate({ apiKey: 'mk_live_nonsense' });
    await service.validate({ client: { ip: '192.0.2.78' }, endpoint: 'POST /v1/items/9' });
    await service.check({ apiKey });
    const pick = ({ tier, code, endpoint, allowed, units, overage }: UsageEvent) => ({ tier, code, endpoint, allowed, units, overage });
    expect(service.events.map(pick)).toEqual([
      { tier: 'pro', code: 'VALID', endpoint: 'POST /v1/items/{id}', allowed: true, units: 2, overage: 0 },
      // 21 of a soft 20: one unit past the allowance, then three more.
      { tier: 'pro', code: 'VALID', endpoint: undefined, allowed: true, units: 19, overage: 1 },
      { tier: 'pro', code: 'VALID', endpoint: 'POST /v1/items/{id}', allowed: true, units: 3, overage: 3 },
      { tier: null, code: 'KEY_REVOKED', endpoint: 'POST /v1/items/{id}', allowed: false, units: 2, overage: 0 },
      { tier: null, code: 'KEY_INVALID', endpoint: undefined, allowed: false, units: 1, overage: 0 },
      { tier: 'anonymous', code: 'ENDPOINT_NOT_IN_TIER', endpoint: 'POST /v1/items/{id}', allowed: false, units: 2, overage: 0 },
    ]);
  });
});

describe('a caller seen within factsMs', () => {
  it('is answered from memory, without a read or a promise, and a revocation is seen once factsMs has passed', async () => {
    const service = shimProcess(1000);
    const apiKey = newKey('enterprise');
    clock.advance(1000);
    expect(await service.validate({ apiKey })).toMatchObject({ allowed: true, code: 'VALID', tier: 'enterprise', used: 1 });
    const before = { ...reads };
    const answer = service.validate({ apiKey });
    expect(answer).not.toBeInstanceOf(Promise);
    expect(answer).toMatchObject({ allowed: true, code: 'VALID', used: 2, limit: 1_000_000 });
    expect(reads).toEqual(before);

    // Revoked (the keys package's reader would now read a new record): what was read stays good for at most
    // factsMs of the injected clock (used past a quarter of it, it is re-read sooner: the next test).
    const hash = hashes.get(apiKey)!;
    keyRecords.set(hash, { ...keyRecords.get(hash)!, status: 'revoked' });
    clock.advance(249);
    expect(service.validate({ apiKey })).toMatchObject({ code: 'VALID', used: 3 });
    clock.advance(751);
    expect(await service.validate({ apiKey })).toMatchObject({ allowed: false, code: 'KEY_REVOKED', tier: null });
    expect(reads.keys).toBe(before.keys + 1);
  });

  it('in steady use is re-read in the background past a quarter of factsMs: no call waits for the read, and a revocation is seen by the next', async () => {
    const service = shimProcess(1000);
    const apiKey = newKey('enterprise');
    expect(await service.validate({ apiKey })).toMatchObject({ code: 'VALID', used: 1 });
    const before = { ...reads };
    const hash = hashes.get(apiKey)!;
    keyRecords.set(hash, { ...keyRecords.get(hash)!, status: 'revoked' });
    clock.advance(250);
    // Still within factsMs: answered from memory while the re-read starts behind it (once, however many calls).
    const answers = [service.validate({ apiKey }), service.validate({ apiKey })];
    for (const answer of answers) expect(answer).not.toBeInstanceOf(Promise);
    expect(answers).toMatchObject([{ code: 'VALID', used: 2 }, { code: 'VALID', used: 3 }]);
    await vi.waitFor(() => expect(reads.keys).toBe(before.keys + 1));
    await new Promise((resolve) => setImmediate(resolve));
    const revoked = service.validate({ apiKey });
    expect(revoked).not.toBeInstanceOf(Promise);
    expect(revoked).toMatchObject({ allowed: false, code: 'KEY_REVOKED' });
    expect(reads.keys).toBe(before.keys + 1);
  });

  it('whose background re-read fails expires as it would have: the next call reads again and meets the failure', async () => {
    const service = shimProcess(1000);
    const apiKey = newKey('enterprise');
    expect(await service.validate({ apiKey })).toMatchObject({ code: 'VALID', used: 1 });
    const down = vi.spyOn(grants, 'get').mockImplementation(() => {
      throw new Error('store unreachable');
    });
    try {
      clock.advance(300);
      expect(service.validate({ apiKey })).toMatchObject({ code: 'VALID', used: 2 });
      await new Promise((resolve) => setImmediate(resolve));
      clock.advance(699);
      expect(service.validate({ apiKey })).toMatchObject({ code: 'VALID', used: 3 });
      clock.advance(1);
      await expect(service.validate({ apiKey })).rejects.toThrow('store unreachable');
    } finally {
      down.mockRestore();
    }
    expect(await service.validate({ apiKey })).toMatchObject({ code: 'VALID', used: 4 });
  });

  it('that is refused (a used-up trial) is refused from memory, counted like every refusal', async () => {
    const service = shimProcess(1000);
    const client = { ip: '192.0.2.90', userAgent: 'svc/2' };
    for (let i = 1; i <= 10; i++) expect(await service.validate({ client })).toMatchObject({ allowed: true, used: i });
    expect(await service.validate({ client })).toMatchObject({ allowed: false, code: 'QUOTA_EXCEEDED' });
    const again = service.validate({ client });
    expect(again).not.toBeInstanceOf(Promise);
    expect(again).toMatchObject({ allowed: false, code: 'QUOTA_EXCEEDED', used: 10, remaining: 0, upgrade: { tier: 'registered' } });
    expect(service.events.filter((e) => e.code === 'QUOTA_EXCEEDED')).toHaveLength(2);
  });

  it('refused again within the second gets the same verdict (frozen), and a fresh one when the reset is a second nearer', async () => {
    const service = shimProcess(1000);
    const client = { ip: '192.0.2.91', userAgent: 'svc/3' };
    for (let i = 1; i <= 10; i++) await service.validate({ client });
    // The first refusal comes from the store; the engine remembers it, and from then on the same verdict is reused.
    const fromStore = await service.validate({ client });
    const first = await service.validate({ client });
    const again = await service.validate({ client });
    expect(again).toBe(first);
    expect(first).toEqual(fromStore);
    expect(Object.isFrozen(first)).toBe(true);
    expect(first).toMatchObject({ allowed: false, code: 'QUOTA_EXCEEDED', used: 10, remaining: 0, upgrade: { tier: 'registered' } });
    clock.advance(1000);
    const later = await service.validate({ client });
    expect(later).not.toBe(first);
    // A used-up trial never resets: no time to it is told (the RateLimit header has no `t`), then as now.
    expect([first.policy!.secondsToReset, later.policy!.secondsToReset]).toEqual([null, null]);
    expect({ ...later, policy: undefined }).toEqual({ ...first, policy: undefined });
    // Every refusal is still counted.
    expect(service.events.filter((e) => e.code === 'QUOTA_EXCEEDED' && e.fingerprint === service.events.at(-1)!.fingerprint)).toHaveLength(4);
  });

  it('that another solution presents between its owner\'s calls is refused there and still valid here', async () => {
    const service = shimProcess(1000);
    const apiKey = newKey('enterprise');
    expect(await service.validate({ apiKey })).toMatchObject({ code: 'VALID', used: 1 });
    expect(await service.validateAs('sol_other', { apiKey })).toMatchObject({ allowed: false, code: 'KEY_WRONG_SOLUTION', subject: { type: 'key' } });
    expect(await service.validate({ apiKey })).toMatchObject({ code: 'VALID', used: 2 });
    expect(service.validate({ apiKey })).toMatchObject({ code: 'VALID', used: 3 });
  });

  it('anonymous: each client is its own caller, and only a bot-like user agent is refused as one', async () => {
    const service = shimProcess(1000);
    const person = { ip: '192.0.2.92', userAgent: 'Mozilla/5.0 (X11; Linux x86_64)', acceptLanguage: 'en' };
    const bot = { ...person, userAgent: 'Googlebot/2.1 (+http://www.google.com/bot.html)' };
    const otherLanguage = { ...person, acceptLanguage: 'de' };
    expect(await service.validate({ client: person })).toMatchObject({ allowed: true, used: 1 });
    expect(await service.validate({ client: bot })).toMatchObject({ allowed: false, code: 'BOT_SUSPECTED', reason: 'KNOWN_BOT_USER_AGENT' });
    expect(await service.validate({ client: otherLanguage })).toMatchObject({ allowed: true, used: 1 });
    expect(await service.validate({ client: person })).toMatchObject({ allowed: true, used: 2 });
    expect(await service.validate({ client: bot })).toMatchObject({ allowed: false, code: 'BOT_SUSPECTED' });
    const subjects = new Set(service.events.map((e) => e.fingerprint));
    expect(subjects.size).toBe(3);
  });

  it('with bad input gets the same rejected promise as any caller (never a throw)', async () => {
    const service = shimProcess(1000);
    await service.validate({ client: { ip: '192.0.2.91' } });
    let answer: unknown;
    expect(() => (answer = service.validate({ client: { ip: 'not-an-ip' } }))).not.toThrow();
    await expect(answer).rejects.toMatchObject({ field: 'client.ip' });
    await expect(service.validate({})).rejects.toMatchObject({ field: 'client' });
  });
});
