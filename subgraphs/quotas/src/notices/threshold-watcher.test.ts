import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { KeyRecord, Tier } from '@marketplace/contracts';
import { checkApiKey, generateApiKey, keyVerdict } from '@marketplace/keys/public';
import type { EventInput, EventLog } from '@marketplace/analytics/public';
import { createEventOutbox, createLogger, DAY, ensureTable, ManualClock, tableName } from '@marketplace/shared';
import { testDb, testTablePrefix } from '../../../../test/support/dynamo.ts';
import { NoticeRepository } from '../data/notice.repository.ts';
import { CounterStore } from '../engine/counter-store.ts';
import { anonymousFingerprint } from '../engine/fingerprint.ts';
import { QuotaEngine } from '../engine/quota-engine.ts';
import { RateLimiter } from '../engine/rate-limiter.ts';
import type { QuotaPolicy } from '../services/ports.ts';
import { QuotaService } from '../services/quota.service.ts';
import { UsageRecorder } from '../usage/usage-recorder.ts';
import { ThresholdWatcher } from './threshold-watcher.ts';

/**
 * The shim's side of upgrade notices over the real engine and table: several QuotaServices are several shim
 * processes. Other packages' directories are in-memory stand-ins; the clock is a manual one.
 */
const db = testDb();
const table = tableName(testTablePrefix('notices'), 'quotas');
const clock = new ManualClock('2026-09-01T08:00:00.000Z');
const logger = createLogger('test', 'silent');
const policies: Record<Tier, QuotaPolicy> = {
  anonymous: { tier: 'anonymous', callAllowance: 10, window: { kind: 'trial', days: 15 }, ratePerSecond: null, limitMode: 'hard', features: {} },
  registered: { tier: 'registered', callAllowance: 10, window: { kind: 'trial', days: 30 }, ratePerSecond: null, limitMode: 'hard', features: {} },
  pro: { tier: 'pro', callAllowance: 20, window: { kind: 'monthly' }, ratePerSecond: null, limitMode: 'soft', features: {} },
  // Above the exact path's 100: decided from leases.
  enterprise: { tier: 'enterprise', callAllowance: 400, window: { kind: 'monthly' }, ratePerSecond: null, limitMode: 'hard', features: {} },
};
const keyRecords = new Map<string, KeyRecord>();
const grants = new Map<string, Tier>();
let users = 0;
function newCustomer(tier: Tier = 'registered') {
  const key = generateApiKey();
  const userId = `usr_ntc${++users}`;
  keyRecords.set(key.hash, { id: `key_ntc${users}`, userId, solutionId: 'sol_ntc', status: 'active', expiresAt: null, graceEndsAt: null });
  grants.set(userId, tier);
  return { apiKey: key.plaintext, userId };
}

const notices = new NoticeRepository(db, table);
/** Counts the notice store's writes, to prove calls below a threshold cost none. */
const writes = { create: vi.spyOn(notices, 'create'), schedule: vi.spyOn(notices, 'scheduleTrialEnd') };

/** A browser's user agent (anonymous callers without one are refused as bots). */
const BROWSER = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Safari/537.36';

/** What the shims appended to the analytics log (a recording stand-in for the event writer). */
const appended: EventInput[] = [];
const events: EventLog = { append: async (e) => void appended.push(...e), enqueue: () => {}, flush: async () => {}, close: async () => {} };

function shimProcess() {
  const store = new CounterStore(db, table);
  const watcher = new ThresholdWatcher({ notices, clock, logger, outbox: createEventOutbox({ db, table, clock, logger, events }) });
  const service = new QuotaService({
    clock,
    engine: new QuotaEngine(store, { clock }),
    rateLimiter: new RateLimiter(store, clock),
    usage: Object.assign(new UsageRecorder({ db, table, clock, logger }), { record: () => {} }),
    solutions: {
      solutionBySecretHash: async () => null,
      solution: async (id) => ({ id, slug: 'summarizer', name: 'Summarizer', status: 'PUBLISHED' }),
      policy: async (_id, tier) => policies[tier],
      endpoint: async () => null,
    },
    keys: { check: checkApiKey, findKeyByHash: async (h) => keyRecords.get(h) ?? null, verdict: keyVerdict, touch: () => {} },
    accounts: { status: async () => 'active' },
    tiers: { tierOf: async (userId) => grants.get(userId) ?? 'registered' },
    fingerprint: (client) => anonymousFingerprint('fingerprint-secret-for-tests-0123456789', client),
    publicUrl: 'http://localhost:4000',
    notices: watcher,
  });
  return { watcher, validate: (input: { apiKey?: string; client?: { ip: string; userAgent?: string }; cost?: number }) => service.decide('sol_ntc', input, true) };
}

beforeAll(() => ensureTable(db, table));

describe('usage thresholds', () => {
  it('make one notice each per window, however many processes admit the calls that cross them', async () => {
    const shims = [shimProcess(), shimProcess(), shimProcess()];
    const { apiKey, userId } = newCustomer();
    const results = await Promise.all(Array.from({ length: 30 }, (_, i) => shims[i % 3]!.validate({ apiKey })));
    expect(results.filter((r) => r.allowed)).toHaveLength(10);
    await Promise.all(shims.map((s) => s.watcher.settled()));
    const mine = await notices.ofUser(userId);
    expect(mine.map((n) => n.kind).sort()).toEqual(['USAGE_100', 'USAGE_80']);
    expect(mine.find((n) => n.kind === 'USAGE_80')).toMatchObject({ limit: 10, tier: 'registered', windowId: 'TRIAL', mail: 'pending', dismissedAt: null });
    // The count the first process to write saw: a later call may have been faster to its write.
    expect(mine.find((n) => n.kind === 'USAGE_80')!.used).toBeGreaterThanOrEqual(8);
    expect(mine.find((n) => n.kind === 'USAGE_100')).toMatchObject({ used: 10, limit: 10 });
  });

  it('cost no store call below 80 %, and at most one per process and threshold above it', async () => {
    const shim = shimProcess();
    const { apiKey } = newCustomer();
    clock.advance(1000);
    writes.create.mockClear();
    for (let i = 0; i < 7; i++) await shim.validate({ apiKey });
    expect(writes.create).not.toHaveBeenCalled();
    for (let i = 0; i < 10; i++) await shim.validate({ apiKey });
    await shim.watcher.settled();
    // 80 % at the 8th call, 100 % at the 10th; the 7 refused calls after it write nothing.
    expect(writes.create.mock.calls.map(([n]) => n.kind)).toEqual(['USAGE_80', 'USAGE_100']);
  });

  it('are reached by a weighted call that jumps past both, and by a soft limit (whose calls go on)', async () => {
    const shim = shimProcess();
    const jumper = newCustomer();
    await shim.validate({ apiKey: jumper.apiKey, cost: 10 });
    const pro = newCustomer('pro');
    for (let i = 0; i < 22; i++) expect((await shim.validate({ apiKey: pro.apiKey })).allowed).toBe(true);
    await shim.watcher.settled();
    expect((await notices.ofUser(jumper.userId)).map((n) => n.kind).sort()).toEqual(['USAGE_100', 'USAGE_80']);
    const proNotices = await notices.ofUser(pro.userId);
    expect(proNotices.map((n) => [n.kind, n.used, n.limitMode, n.windowId])).toEqual(
      expect.arrayContaining([
        ['USAGE_80', 16, 'soft', 'M2026-09'],
        ['USAGE_100', 20, 'soft', 'M2026-09'],
      ]),
    );
  });

  it('are told on the leased path too (a process may first see the counter past the threshold)', async () => {
    const shims = [shimProcess(), shimProcess()];
    const { apiKey, userId } = newCustomer('enterprise');
    await Promise.all(Array.from({ length: 500 }, (_, i) => shims[i % 2]!.validate({ apiKey })));
    await Promise.all(shims.map((s) => s.watcher.settled()));
    const mine = await notices.ofUser(userId);
    expect(mine.map((n) => n.kind).sort()).toEqual(['USAGE_100', 'USAGE_80']);
    expect(mine.find((n) => n.kind === 'USAGE_80')!.used).toBeGreaterThanOrEqual(320);
  });

  it('start again with the next window', async () => {
    const shim = shimProcess();
    const { apiKey, userId } = newCustomer('pro');
    for (let i = 0; i < 16; i++) await shim.validate({ apiKey });
    clock.set(new Date('2026-10-01T00:00:01.000Z'));
    for (let i = 0; i < 16; i++) await shim.validate({ apiKey });
    await shim.watcher.settled();
    expect((await notices.ofUser(userId)).map((n) => `${n.kind} ${n.windowId}`).sort()).toEqual(['USAGE_80 M2026-09', 'USAGE_80 M2026-10']);
  });

  it('are not reached by a refused call that costs more than the whole allowance', async () => {
    const shim = shimProcess();
    const { apiKey, userId } = newCustomer();
    expect((await shim.validate({ apiKey, cost: 11 })).allowed).toBe(false);
    await shim.watcher.settled();
    expect(await notices.ofUser(userId)).toEqual([]);
  });

  it('are not for anonymous callers (nobody to tell)', async () => {
    const shim = shimProcess();
    writes.create.mockClear();
    const verdicts = [];
    for (let i = 0; i < 12; i++) verdicts.push(await shim.validate({ client: { ip: '192.0.2.200', userAgent: BROWSER } }));
    await shim.watcher.settled();
    expect(verdicts.map((v) => v.code)).toEqual([...Array(10).fill('VALID'), 'QUOTA_EXCEEDED', 'QUOTA_EXCEEDED']);
    expect(writes.create).not.toHaveBeenCalled();
  });

  it('are retried by the next call when the write failed', async () => {
    const shim = shimProcess();
    const { apiKey, userId } = newCustomer('pro');
    writes.create.mockRejectedValueOnce(new Error('store down'));
    for (let i = 0; i < 16; i++) await shim.validate({ apiKey });
    await shim.watcher.settled();
    expect(await notices.ofUser(userId)).toEqual([]);
    await shim.validate({ apiKey });
    await shim.watcher.settled();
    expect((await notices.ofUser(userId)).map((n) => [n.kind, n.used])).toEqual([['USAGE_80', 17]]);
  });
});

describe('the trial-end warning', () => {
  it('is scheduled once, by the call that starts a registered trial, three days before it ends', async () => {
    const shims = [shimProcess(), shimProcess()];
    const { apiKey, userId } = newCustomer();
    const startedAt = clock.now();
    writes.schedule.mockClear();
    await Promise.all(Array.from({ length: 6 }, (_, i) => shims[i % 2]!.validate({ apiKey })));
    await Promise.all(shims.map((s) => s.watcher.settled()));
    expect(writes.schedule).toHaveBeenCalledTimes(1);
    const due = await notices.dueTrialEnds(new Date(startedAt.getTime() + 27 * DAY), 100);
    expect(due.filter((t) => t.userId === userId)).toEqual([
      { userId, solutionId: 'sol_ntc', tier: 'registered', windowId: 'TRIAL', windowEnd: new Date(startedAt.getTime() + 30 * DAY).toISOString(), limit: 10, limitMode: 'hard' },
    ]);
    expect((await notices.dueTrialEnds(new Date(startedAt.getTime() + 27 * DAY - 1000), 100)).filter((t) => t.userId === userId)).toEqual([]);
  });

  it('appends trial.started once per window, after the window is scheduled, keyed by the window', async () => {
    const shims = [shimProcess(), shimProcess()];
    const { apiKey, userId } = newCustomer();
    const startedAt = clock.now();
    await Promise.all(Array.from({ length: 6 }, (_, i) => shims[i % 2]!.validate({ apiKey })));
    await Promise.all(shims.map((s) => s.watcher.settled()));
    // Only the call that started the window appends (a retry after a failed write would carry the same key).
    const windowEnd = new Date(startedAt.getTime() + 30 * DAY).toISOString();
    expect(appended.filter((e) => e.userId === userId)).toEqual([
      { type: 'trial.started', time: startedAt, dedupeKey: `${userId}:sol_ntc:registered:TRIAL:${windowEnd}`, userId, solutionId: 'sol_ntc', tier: 'registered' },
    ]);
    expect(await notices.dueTrialEnds(new Date(windowEnd), 100)).toContainEqual(expect.objectContaining({ userId, windowEnd }));
  });

  it("of an anonymous caller: trial.started with its keyed fingerprint (no user, no IP), and trial.ended once its allowance is used up", async () => {
    const shims = [shimProcess(), shimProcess()];
    const client = { ip: '203.0.113.77', userAgent: BROWSER };
    const fingerprint = anonymousFingerprint('fingerprint-secret-for-tests-0123456789', client)!;
    const startedAt = clock.now();
    const windowEnd = new Date(startedAt.getTime() + 15 * DAY).toISOString();
    const key = `${fingerprint}:sol_ntc:anonymous:TRIAL:${windowEnd}`;
    const first = await shims[0]!.validate({ client });
    expect(first).toMatchObject({ allowed: true, code: 'VALID' });
    await Promise.all(shims.map((s) => s.watcher.settled()));
    expect(appended.filter((e) => e.fingerprint === fingerprint)).toEqual([
      { type: 'trial.started', time: startedAt, dedupeKey: key, fingerprint, solutionId: 'sol_ntc', tier: 'anonymous' },
    ]);
    clock.advance(60_000);
    // The other nine calls, and three refused ones, over both processes: the end is logged once.
    const verdicts = await Promise.all(Array.from({ length: 12 }, (_, i) => shims[i % 2]!.validate({ client })));
    expect(verdicts.filter((v) => v.allowed)).toHaveLength(9);
    await Promise.all(shims.map((s) => s.watcher.settled()));
    const mine = appended.filter((e) => e.fingerprint === fingerprint);
    expect(mine.map((e) => [e.type, e.outcome, e.dedupeKey])).toEqual([['trial.started', undefined, key], ['trial.ended', 'limit', key]]);
    expect(mine.some((e) => e.userId !== undefined || JSON.stringify(e).includes(client.ip))).toBe(false);
    // Off the schedule: the window's close logs nothing more; and no upgrade notice for nobody.
    expect((await notices.dueTrialEnds(new Date(windowEnd), 100)).filter((t) => t.userId === fingerprint)).toEqual([]);
    expect(await notices.ofUser(fingerprint)).toEqual([]);
  });

  it('of a registered customer: trial.ended once, across processes, when the allowance is used up before the window closes', async () => {
    const shims = [shimProcess(), shimProcess()];
    const { apiKey, userId } = newCustomer();
    const startedAt = clock.now();
    const windowEnd = new Date(startedAt.getTime() + 30 * DAY).toISOString();
    const key = `${userId}:sol_ntc:registered:TRIAL:${windowEnd}`;
    await shims[0]!.validate({ apiKey });
    await Promise.all(shims.map((s) => s.watcher.settled()));
    clock.advance(DAY);
    const usedUpAt = clock.now();
    // The other nine calls and four refused ones, concurrently over both processes.
    const verdicts = await Promise.all(Array.from({ length: 13 }, (_, i) => shims[i % 2]!.validate({ apiKey })));
    expect(verdicts.filter((v) => v.allowed)).toHaveLength(9);
    await Promise.all(shims.map((s) => s.watcher.settled()));
    // A third process's refused call, later: the end is logged already (the window is off the schedule).
    clock.advance(60_000);
    const late = shimProcess();
    expect(await late.validate({ apiKey })).toMatchObject({ allowed: false, code: 'QUOTA_EXCEEDED' });
    await late.watcher.settled();
    expect(appended.filter((e) => e.userId === userId)).toEqual([
      { type: 'trial.started', time: startedAt, dedupeKey: key, userId, solutionId: 'sol_ntc', tier: 'registered' },
      { type: 'trial.ended', time: usedUpAt, dedupeKey: key, userId, solutionId: 'sol_ntc', tier: 'registered', outcome: 'limit' },
    ]);
    // Neither the trial-end warning nor the window's close is due any more: the customer was told at 80 % and 100 %.
    expect((await notices.dueTrialEnds(new Date(windowEnd), 100)).filter((t) => t.userId === userId)).toEqual([]);
    expect((await notices.ofUser(userId)).map((n) => n.kind).sort()).toEqual(['USAGE_100', 'USAGE_80']);
  });

  it('ends a trial used up before the process that started it has scheduled it: the next refused call settles it', async () => {
    const [starter, other] = [shimProcess(), shimProcess()];
    const { apiKey, userId } = newCustomer();
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    writes.schedule.mockImplementationOnce(async (...args) => {
      await held;
      return NoticeRepository.prototype.scheduleTrialEnd.apply(notices, args);
    });
    await starter.validate({ apiKey });
    for (let i = 0; i < 10; i++) await other.validate({ apiKey });
    await other.watcher.settled();
    expect(appended.filter((e) => e.userId === userId)).toEqual([]);
    release();
    await starter.watcher.settled();
    expect(await other.validate({ apiKey })).toMatchObject({ allowed: false, code: 'QUOTA_EXCEEDED' });
    await other.watcher.settled();
    expect(appended.filter((e) => e.userId === userId).map((e) => [e.type, e.outcome])).toEqual([['trial.started', undefined], ['trial.ended', 'limit']]);
    expect((await notices.dueTrialEnds(new Date(clock.now().getTime() + 31 * DAY), 100)).filter((t) => t.userId === userId)).toEqual([]);
  });

  it('appends nothing for paid tiers (no trial)', async () => {
    const { apiKey, userId } = newCustomer('pro');
    const shim = shimProcess();
    await shim.validate({ apiKey });
    await shim.watcher.settled();
    expect(appended.filter((e) => e.userId === userId)).toEqual([]);
  });
});
