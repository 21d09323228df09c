import { QueryCommand, ScanCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { checkApiKey, keyVerdict } from '@marketplace/keys/public';
import { createLogger, DAY, ensureTable, ManualClock, tableName } from '@marketplace/shared';
import { ANONYMOUS_BLOCK_MARGIN_DAYS, type AnonymousGuard, type Tier } from '@marketplace/contracts';
import { testDb, testTablePrefix } from '../../../../test/support/dynamo.ts';
import { AnonymousGate } from '../engine/anonymous-gate.ts';
import { CounterStore } from '../engine/counter-store.ts';
import { anonymousFingerprint } from '../engine/fingerprint.ts';
import { QuotaEngine } from '../engine/quota-engine.ts';
import { RateLimiter } from '../engine/rate-limiter.ts';
import { UsageRecorder } from '../usage/usage-recorder.ts';
import type { QuotaPolicy, SolutionDirectory } from './ports.ts';
import { QuotaService, type ValidateInput } from './quota.service.ts';

/**
 * The anonymous tier's protection against automation, over the real engine and table: each service is one shim
 * process with its own memory, all on one table.
 */
const db = testDb();
const table = tableName(testTablePrefix('anon-guard'), 'quotas');
const clock = new ManualClock('2026-08-10T12:00:00.000Z');
const SECRET = 'fingerprint-secret-for-tests-0123456789';
const guards = new Map<string, AnonymousGuard>();
const policyOf = (solutionId: string): QuotaPolicy => ({
  tier: 'anonymous',
  callAllowance: 10,
  window: { kind: 'trial', days: 15 },
  ratePerSecond: null,
  limitMode: 'hard',
  features: {},
  guard: guards.get(solutionId) ?? { newCallersPerBlockPerDay: 5, refuseBots: true },
});
const solutions: SolutionDirectory = {
  solutionBySecretHash: async () => null,
  solution: async (id) => ({ id, slug: 'summarizer', name: 'Summarizer', status: 'PUBLISHED' }),
  policy: async (id, tier: Tier) => (tier === 'anonymous' ? policyOf(id) : null),
  endpoint: async () => null,
};
const store = new CounterStore(db, table);

function shimProcess() {
  const usage = new UsageRecorder({ db, table, clock, logger: createLogger('test', 'silent') });
  vi.spyOn(usage, 'record').mockImplementation(() => {});
  const gate = new AnonymousGate(db, table, store, { clock, secret: SECRET });
  const service = new QuotaService({
    clock,
    engine: new QuotaEngine(store, { clock }),
    rateLimiter: new RateLimiter(store, clock),
    usage,
    solutions,
    keys: { check: checkApiKey, findKeyByHash: async () => null, verdict: keyVerdict, touch: () => {} },
    accounts: { status: async () => 'active' },
    tiers: { tierOf: async () => 'registered' },
    fingerprint: (client) => anonymousFingerprint(SECRET, client),
    anonymousGate: gate,
    publicUrl: 'http://localhost:4000',
  });
  return {
    gate,
    validate: (solutionId: string, client: ValidateInput['client']) => service.decide(solutionId, { client }, true),
    check: (solutionId: string, client: ValidateInput['client']) => service.decide(solutionId, { client }, false),
  };
}
const browser = (n: number | string) => `Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Chrome/131.0.${n} Safari/537.36`;
let solutions_ = 0;
const newSolution = (guard?: AnonymousGuard) => {
  const id = `sol_guard${++solutions_}`;
  if (guard) guards.set(id, guard);
  return id;
};
const blockItems = async (solutionId: string) =>
  (await db.send(new ScanCommand({ TableName: table, FilterExpression: 'begins_with(pk, :p)', ExpressionAttributeValues: { ':p': `ANONBLOCK#${solutionId}#` } }))).Items ?? [];

beforeAll(() => ensureTable(db, table));

describe('obvious automation', () => {
  it('is refused with BOT_SUSPECTED and the reason, consuming nothing, when the solution refuses bots', async () => {
    const [shim] = [shimProcess()];
    const sol = newSolution();
    for (const [userAgent, reason] of [
      [undefined, 'EMPTY_USER_AGENT'],
      ['   ', 'EMPTY_USER_AGENT'],
      ['Scrapy/2.11.0 (+https://scrapy.org)', 'KNOWN_BOT_USER_AGENT'],
      ['Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)', 'KNOWN_BOT_USER_AGENT'],
      ['Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)', 'KNOWN_BOT_USER_AGENT'],
      ['Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 HeadlessChrome/131.0.0.0 Safari/537.36', 'KNOWN_BOT_USER_AGENT'],
      ['Mozilla/5.0 zgrab/0.x', 'KNOWN_BOT_USER_AGENT'],
    ] as const) {
      const verdict = await shim.validate(sol, { ip: '198.51.100.7', ...(userAgent === undefined ? {} : { userAgent }) });
      expect(verdict, String(userAgent)).toMatchObject({ allowed: false, code: 'BOT_SUSPECTED', reason, tier: 'anonymous', remaining: 0 });
      expect(verdict.upgrade).toMatchObject({ tier: 'registered', message: expect.stringContaining('Sign up') });
      expect(await shim.check(sol, { ip: '198.51.100.7', ...(userAgent === undefined ? {} : { userAgent }) })).toMatchObject({ code: 'BOT_SUSPECTED', reason });
    }
    // Nothing was consumed or admitted: a browser on the same network still starts its trial.
    expect(await blockItems(sol)).toEqual([]);
    expect(await shim.validate(sol, { ip: '198.51.100.7', userAgent: browser(1) })).toMatchObject({ allowed: true, code: 'VALID', used: 1, remaining: 9 });
    // HTTP clients are how developers try an API: not refused.
    for (const userAgent of ['curl/8.5.0', 'python-requests/2.32.3', 'okhttp/4.12.0', 'node']) {
      expect(await shim.validate(sol, { ip: '198.51.100.7', userAgent }), userAgent).toMatchObject({ allowed: true });
    }
  });

  it('is let through when the solution does not refuse bots (still within the network cap)', async () => {
    const sol = newSolution({ newCallersPerBlockPerDay: 5, refuseBots: false });
    const shim = shimProcess();
    expect(await shim.validate(sol, { ip: '198.51.100.8', userAgent: 'Googlebot/2.1' })).toMatchObject({ allowed: true, code: 'VALID' });
    expect(await shim.validate(sol, { ip: '198.51.100.8' })).toMatchObject({ allowed: true, code: 'VALID' });
  });
});

describe('new anonymous callers per network block and day', () => {
  it('are capped exactly across three shim processes, and the admitted keep their trial on any of them', async () => {
    const sol = newSolution({ newCallersPerBlockPerDay: 5, refuseBots: true });
    const shims = [shimProcess(), shimProcess(), shimProcess()];
    // 30 distinct callers rotating through one /24 (addresses and agents), spread over the three processes at once.
    const callers = Array.from({ length: 30 }, (_, n) => ({ ip: `203.0.113.${n + 1}`, userAgent: browser(n) }));
    const verdicts = await Promise.all(callers.map((client, n) => shims[n % 3]!.validate(sol, client)));
    const admitted = callers.filter((_, n) => verdicts[n]!.allowed);
    expect(admitted).toHaveLength(5);
    expect(verdicts.filter((v) => !v.allowed).every((v) => v.code === 'BOT_SUSPECTED' && v.reason === 'NETWORK_NEW_CALLER_LIMIT')).toBe(true);
    // Admitted callers go on, on every process (the ones that never saw them read their counter once).
    for (const shim of shims) expect(await shim.validate(sol, admitted[0]!)).toMatchObject({ allowed: true, code: 'VALID' });
    expect(await shims[1]!.validate(sol, admitted[0]!)).toMatchObject({ used: 5 });
    // A refused caller stays refused on every process; another network is not affected.
    const refused = callers.find((c) => !admitted.includes(c))!;
    for (const shim of shims) expect(await shim.validate(sol, refused)).toMatchObject({ code: 'BOT_SUSPECTED', reason: 'NETWORK_NEW_CALLER_LIMIT' });
    expect(await shims[0]!.validate(sol, { ip: '203.0.114.1', userAgent: browser('x') })).toMatchObject({ allowed: true });
    // One item per block and day, holding fingerprints only: no IP, no block.
    const items = await blockItems(sol);
    expect(items).toHaveLength(2);
    expect(JSON.stringify(items, (_k, v) => (v instanceof Set ? [...v] : v))).not.toMatch(/203\.0\.11|\/24/);
    expect(items.map((item) => (item.callers as Set<string>).size).sort()).toEqual([1, 5]);
    // Dropped by DynamoDB's TTL the privacy page's margin after their UTC day.
    const dayEnd = (Math.floor(clock.now().getTime() / DAY) + 1) * DAY;
    expect(items.map((item) => item.ttl)).toEqual([0, 0].map(() => (dayEnd + ANONYMOUS_BLOCK_MARGIN_DAYS * DAY) / 1000));
  });

  it('start again the next UTC day, and yesterday’s callers do not count against today', async () => {
    const sol = newSolution({ newCallersPerBlockPerDay: 2, refuseBots: true });
    const shim = shimProcess();
    const caller = (n: number) => ({ ip: `192.0.2.${n}`, userAgent: browser(n) });
    const firstDay = [];
    for (const n of [1, 2, 3]) firstDay.push((await shim.validate(sol, caller(n))).allowed);
    expect(firstDay).toEqual([true, true, false]);
    clock.advance(12 * 3_600_000); // past midnight UTC
    const fresh = shimProcess(); // knows nobody: reads the counters of yesterday's callers
    expect(await fresh.validate(sol, caller(1))).toMatchObject({ allowed: true, used: 2 });
    expect(await fresh.validate(sol, caller(3))).toMatchObject({ allowed: true, used: 1 });
    expect(await fresh.validate(sol, caller(4))).toMatchObject({ allowed: true });
    expect(await fresh.validate(sol, caller(5))).toMatchObject({ code: 'BOT_SUSPECTED', reason: 'NETWORK_NEW_CALLER_LIMIT' });
  });

  it('group IPv6 callers by their /48: rotating subnets and interfaces stays one block', async () => {
    const sol = newSolution({ newCallersPerBlockPerDay: 3, refuseBots: true });
    const shim = shimProcess();
    const inBlock = ['2001:db8:aa:1::1', '2001:db8:aa:2::1', '2001:db8:aa:ffff::9', '2001:0db8:00aa:3::1', '::ffff:10.0.0.1'];
    const verdicts = [];
    for (const ip of inBlock.slice(0, 4)) verdicts.push(await shim.validate(sol, { ip, userAgent: browser(ip) }));
    expect(verdicts.map((v) => v.allowed)).toEqual([true, true, true, false]);
    expect(await shim.validate(sol, { ip: '2001:db8:ab:1::1', userAgent: browser('other /48') })).toMatchObject({ allowed: true });
    expect(await shim.validate(sol, { ip: inBlock[4]!, userAgent: browser('v4-mapped') })).toMatchObject({ allowed: true });
  });

  it('cost no store call for a caller the process knows, and a check never takes a place', async () => {
    const sol = newSolution({ newCallersPerBlockPerDay: 1, refuseBots: true });
    const shim = shimProcess();
    const first = { ip: '198.18.0.1', userAgent: browser('known') };
    expect(await shim.check(sol, first)).toMatchObject({ allowed: true });
    expect(await blockItems(sol)).toEqual([]);
    expect(await shim.validate(sol, first)).toMatchObject({ allowed: true });

    const sent = vi.spyOn(db, 'send');
    const readCounter = vi.spyOn(store, 'read');
    for (let i = 0; i < 3; i++) expect(await shim.validate(sol, first)).toMatchObject({ allowed: true });
    const gateCalls = sent.mock.calls.filter(([command]) => JSON.stringify((command as QueryCommand).input).includes('ANONBLOCK'));
    expect(gateCalls).toEqual([]);
    expect(readCounter).not.toHaveBeenCalled();
    // Exactly the quota's own write per call.
    expect(sent).toHaveBeenCalledTimes(3);
    sent.mockRestore();
    readCounter.mockRestore();

    expect(await shim.check(sol, { ip: '198.18.0.2', userAgent: browser('second') })).toMatchObject({ code: 'BOT_SUSPECTED', reason: 'NETWORK_NEW_CALLER_LIMIT' });
  });
});
