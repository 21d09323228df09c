import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { consumerOf } from '../public/event-writer.ts';
import type { EventInput } from '../public/events.ts';
import { ANALYTICS, ANONYMOUS, type AnalyticsHarness, codes, fields, MY_ANALYTICS, PLATFORM_ANALYTICS, PSEUDONYM_KEY, SOLUTION_ANALYTICS, startAnalyticsHarness } from '../testing/index.ts';

/**
 * A hand-made story whose answers are known. Week of Monday 2 March 2026, solution S of partner P:
 * five anonymous callers (fingerprints f1–f5) start their trials at Mon 10:00 (f0's trial started in February,
 * f9's on another solution, u1's registered trial is no anonymous one). f1 calls with u1's key 2 h later, f2 with u2's a day
 * later, f3 with u3's two days later; f4 never registers; f5's key call (u5) came *before* its anonymous call, so
 * it is not a conversion. u1 subscribes a day after registering, u2 two days after (and cancels on Sunday).
 * u1 calls with two keys: key_a (POST /v1/x) on Monday, key_b (GET /v1/y, rate-limited) on the 10th.
 */
let h: AnalyticsHarness;
let partner: ReturnType<AnalyticsHarness['partner']>;
let S: string;
let T: string;
const t = (iso: string) => new Date(`2026-03-${iso}Z`);
const DAY = 86_400;

beforeAll(async () => {
  h = await startAnalyticsHarness('analytics-story');
  partner = h.partner();
  S = h.solution(partner);
  T = h.solution(h.partner());
  const p = partner.userId!;
  const call = (time: string, fields: Partial<EventInput>): EventInput => ({ type: 'call', time: t(time), solutionId: S, partnerId: p, outcome: 'VALID', calls: 1, units: 1, ...fields });
  const anon = (fp: string) => call('02T10:00:00', { fingerprint: fp, tier: 'anonymous', calls: 4 });
  const keyed = (time: string, user: string, fp?: string, extra: Partial<EventInput> = {}) => call(time, { userId: user, fingerprint: fp, tier: 'registered', ...extra });
  const signup = (time: string, user: string): EventInput => ({ type: 'user.signed_up', time: t(time), userId: user, dedupeKey: user });
  const sub = (type: EventInput['type'], time: string, user: string, mrr: number): EventInput => ({
    type, time: t(time), solutionId: S, partnerId: p, userId: user, tier: 'pro', ref: `sbs_${user}`, mrrPaise: mrr, dedupeKey: `${type}:${user}`,
  });
  const pay = (type: EventInput['type'], time: string, user: string, amount: number): EventInput => ({
    type, time: t(time), solutionId: S, partnerId: p, userId: user, tier: 'pro', amountPaise: amount, commissionPaise: amount / 5, dedupeKey: `${type}:${user}`,
  });
  const trial = (time: string, fields: Partial<EventInput>): EventInput => ({ type: 'trial.started', time: t(time), solutionId: S, partnerId: p, tier: 'anonymous', dedupeKey: `${fields.fingerprint ?? fields.userId}:${time}`, ...fields });
  await h.events.append([
    ...['f1', 'f2', 'f3', 'f4', 'f5'].map(anon),
    ...['f1', 'f2', 'f3', 'f4', 'f5'].map((fp) => trial('02T10:00:00', { fingerprint: fp })),
    { type: 'trial.ended', time: t('02T10:30:00'), solutionId: S, partnerId: p, tier: 'anonymous', fingerprint: 'f4', outcome: 'limit', dedupeKey: 'f4-end' },
    { ...trial('02T10:00:00', { fingerprint: 'f0' }), time: new Date('2026-02-20T10:00:00Z') },
    trial('05T10:00:00', { fingerprint: 'f9', solutionId: T, partnerId: 'usr_other' }),
    trial('02T11:55:00', { userId: 'u1', tier: 'registered' }),
    keyed('02T09:00:00', 'u5', 'f5'),
    keyed('02T12:00:00', 'u1', 'f1', { nearLimit: true, keyId: 'key_a', endpoint: 'POST /v1/x' }),
    keyed('03T10:00:00', 'u2', 'f2', { outcome: 'QUOTA_EXCEEDED', nearLimit: true, calls: 3 }),
    keyed('04T10:00:00', 'u3', 'f3'),
    keyed('10T10:00:00', 'u1', undefined, { keyId: 'key_b', endpoint: 'GET /v1/y', outcome: 'RATE_LIMITED' }),
    { type: 'tier.granted', time: t('02T11:50:00'), solutionId: S, userId: 'u1', tier: 'registered', dedupeKey: 'grant-u1' },
    keyed('10T11:00:00', 'u5'),
    keyed('17T10:00:00', 'u3'),
    call('05T10:00:00', { solutionId: T, partnerId: 'usr_other', userId: 'u9', tier: 'registered', calls: 2 }),
    signup('02T11:00:00', 'u1'), signup('02T11:30:00', 'u2'), signup('03T08:00:00', 'u3'), signup('09T08:00:00', 'u5'),
    sub('subscription.started', '03T12:00:00', 'u1', 500_00),
    sub('subscription.started', '05T10:00:00', 'u2', 1000_00),
    sub('subscription.cancelled', '08T10:00:00', 'u2', 0),
    pay('payment.captured', '03T12:00:00', 'u1', 500_00),
    pay('payment.captured', '05T10:00:00', 'u2', 1000_00),
    pay('payment.refunded', '08T10:00:00', 'u2', 1000_00),
  ]);
});
afterAll(() => h.close());

const FUNNEL = { anonymous: 5, registered: 3, paid: 2, registeredRate: 0.6, paidRate: 2 / 3, medianSecondsToRegister: DAY, medianSecondsToPay: 1.5 * DAY };
/** The platform's: f9's anonymous trial on the other solution too. */
const PLATFORM_FUNNEL = { ...FUNNEL, anonymous: 6, registeredRate: 0.5 };

describe('the story in numbers', () => {
  it("the partner's funnel, consumers and leads", async () => {
    const res = await h.run(SOLUTION_ANALYTICS, { id: S, from: '2026-03-02T00:00:00Z', to: '2026-03-23T00:00:00Z' }, partner);
    expect(res.errors).toBeUndefined();
    const s = res.data!.solutionAnalytics;
    expect(s.funnel).toEqual(FUNNEL);
    expect(s).toMatchObject({ calls: 5 * 4 + 1 + 1 + 3 + 1 + 1 + 1 + 1, uniqueConsumers: 4, uniqueAnonymous: 5 });
    expect(s.topConsumers[0]).toEqual({ consumer: expect.stringMatching(/^cons_/), calls: 3 });
    expect(s.leads).toMatchObject({ at80: 2, at100: 1 });
    expect(s.leads.consumers.map((l: { reached: number }) => l.reached)).toEqual([100, 80]);
    // Leads' tiers are GraphQL's Tier enum too.
    expect(s.leads.consumers.map((l: { tier: string }) => l.tier)).toEqual(['REGISTERED', 'REGISTERED']);
    expect(s.daily).toEqual([
      { day: '2026-03-02T00:00:00.000Z', outcome: 'VALID', calls: 22 },
      { day: '2026-03-03T00:00:00.000Z', outcome: 'QUOTA_EXCEEDED', calls: 3 },
      { day: '2026-03-04T00:00:00.000Z', outcome: 'VALID', calls: 1 },
      { day: '2026-03-10T00:00:00.000Z', outcome: 'RATE_LIMITED', calls: 1 },
      { day: '2026-03-10T00:00:00.000Z', outcome: 'VALID', calls: 1 },
      { day: '2026-03-17T00:00:00.000Z', outcome: 'VALID', calls: 1 },
    ]);
    // GraphQL's Tier enum, as everywhere else in the schema.
    expect(s.tiers).toEqual([
      { tier: 'ANONYMOUS', callers: 5, calls: 20 },
      { tier: 'REGISTERED', callers: 4, calls: 9 },
    ]);
    // u2's payment was refunded: what is left is u1's, and a fifth of it is commission.
    expect(s).toMatchObject({ revenuePaise: 500_00, commissionPaise: 100_00 });
  });

  it('tier adoption names calls refused before a tier applied with a null tier', async () => {
    const owner = h.partner();
    const solution = h.solution(owner);
    const at = new Date('2026-06-04T09:00:00Z'); // a week no other story looks at
    await h.events.append([
      { type: 'call', time: at, solutionId: solution, partnerId: owner.userId!, outcome: 'VALID', calls: 2, units: 2, userId: 'u7', tier: 'pro' },
      { type: 'call', time: at, solutionId: solution, partnerId: owner.userId!, outcome: 'KEY_INVALID', calls: 1, units: 1 },
    ]);
    const res = await h.run(SOLUTION_ANALYTICS, { id: solution, from: '2026-06-01T00:00:00Z', to: '2026-06-08T00:00:00Z' }, owner);
    expect(res.errors).toBeUndefined();
    expect(res.data!.solutionAnalytics.tiers).toEqual([
      { tier: 'PRO', callers: 1, calls: 2 },
      { tier: null, callers: expect.any(Number), calls: 1 },
    ]);
  });

  it("a lead's tier is the one of its latest call in the range, and tiers compare by rank, never by name", async () => {
    const owner = h.partner();
    const solution = h.solution(owner);
    const at = (hour: number) => new Date(`2026-06-10T${String(hour).padStart(2, '0')}:00:00Z`); // a week no other story looks at
    const call = (hour: number, userId: string, tier: EventInput['tier'], extra: Partial<EventInput> = {}): EventInput => ({
      type: 'call', time: at(hour), solutionId: solution, partnerId: owner.userId!, outcome: 'VALID', calls: 1, units: 1, userId, tier, ...extra,
    });
    await h.events.append([
      // Upgraded during the range: near the registered allowance, then near the Pro one ("registered" > "pro" by name).
      call(9, 'u_up', 'registered', { nearLimit: true }),
      call(10, 'u_up', 'pro', { nearLimit: true }),
    ]);
    const res = await h.run(SOLUTION_ANALYTICS, { id: solution, from: '2026-06-08T00:00:00Z', to: '2026-06-15T00:00:00Z' }, owner);
    expect(res.errors).toBeUndefined();
    const s = res.data!.solutionAnalytics;
    expect(s.leads.consumers).toEqual([{ consumer: consumerOf(PSEUDONYM_KEY, 'u_up'), tier: 'PRO', reached: 80 }]);
    // Two tiers of as many calls: in TIERS' order, not alphabetically.
    expect(s.tiers).toEqual([
      { tier: 'REGISTERED', callers: 1, calls: 1 },
      { tier: 'PRO', callers: 1, calls: 1 },
    ]);
  });

  it("a lead's reach is of its current tier's allowance in its current window: one refused as Registered who upgraded mid-range is no Pro lead", async () => {
    const owner = h.partner();
    const solution = h.solution(owner);
    const at = (day: number, hour: number) => new Date(`2026-07-${String(day).padStart(2, '0')}T${String(hour).padStart(2, '0')}:00:00Z`); // a month no other story looks at
    const call = (day: number, hour: number, userId: string, tier: EventInput['tier'], extra: Partial<EventInput> = {}): EventInput => ({
      type: 'call', time: at(day, hour), solutionId: solution, partnerId: owner.userId!, outcome: 'VALID', calls: 1, units: 1, userId, tier, ...extra,
    });
    await h.events.append([
      // Used up Registered on the 2nd, subscribed to Pro on the 5th and calls well within it.
      call(1, 9, 'u_upgraded', 'registered', { nearLimit: true, calls: 80 }),
      call(2, 9, 'u_upgraded', 'registered', { outcome: 'QUOTA_EXCEEDED', nearLimit: true, calls: 5 }),
      call(5, 9, 'u_upgraded', 'pro', { calls: 400 }),
      // Upgraded too, and already near the Pro allowance.
      call(2, 9, 'u_busy', 'registered', { outcome: 'QUOTA_EXCEEDED', nearLimit: true }),
      call(6, 9, 'u_busy', 'pro', { calls: 900 }),
      call(20, 9, 'u_busy', 'pro', { nearLimit: true, calls: 50 }),
      // Refused in June's period, within July's: its window started afresh.
      call(1, 9, 'u_renewed', 'pro', { outcome: 'QUOTA_EXCEEDED', nearLimit: true }),
      call(3, 9, 'u_renewed', 'pro', { calls: 10 }),
      // Near, a fresh period, then refused in it.
      call(1, 9, 'u_again', 'pro', { nearLimit: true }),
      call(3, 9, 'u_again', 'pro'),
      call(25, 9, 'u_again', 'pro', { outcome: 'QUOTA_EXCEEDED', nearLimit: true }),
      // Rate-limited says nothing about the allowance; an ended trial has nothing left.
      call(4, 9, 'u_fast', 'registered', { outcome: 'RATE_LIMITED', nearLimit: true }),
      call(4, 9, 'u_expired', 'registered', { outcome: 'TRIAL_EXPIRED', nearLimit: true }),
    ]);
    const res = await h.run(SOLUTION_ANALYTICS, { id: solution, from: '2026-07-01T00:00:00Z', to: '2026-08-01T00:00:00Z' }, owner);
    expect(res.errors).toBeUndefined();
    const leads = res.data!.solutionAnalytics.leads;
    const named = new Map(['u_upgraded', 'u_busy', 'u_renewed', 'u_again', 'u_fast', 'u_expired'].map((u) => [consumerOf(PSEUDONYM_KEY, u), u]));
    const byUser = Object.fromEntries(leads.consumers.map((l: { consumer: string; tier: string; reached: number }) => [named.get(l.consumer), [l.tier, l.reached]]));
    expect(byUser).toEqual({ u_busy: ['PRO', 80], u_again: ['PRO', 100], u_expired: ['REGISTERED', 100] });
    expect(leads).toMatchObject({ at80: 3, at100: 2 });
    expect(leads.consumers.map((l: { reached: number }) => l.reached)).toEqual([100, 100, 80]);
  });

  it("a customer's own usage: per day and outcome, key, endpoint and hour, and their tier history", async () => {
    const u1 = { userId: 'u1', roles: ['customer' as const], clientId: 'test-client' };
    const res = await h.run(MY_ANALYTICS, { id: S, from: '2026-03-02T00:00:00Z', to: '2026-03-23T00:00:00Z' }, u1);
    expect(res.errors).toBeUndefined();
    const c = res.data!.myAnalytics;
    expect(c.calls).toBe(2);
    expect(c.daily).toEqual([
      { day: '2026-03-02T00:00:00.000Z', outcome: 'VALID', calls: 1 },
      { day: '2026-03-10T00:00:00.000Z', outcome: 'RATE_LIMITED', calls: 1 },
    ]);
    expect(c.byKey).toEqual([{ keyId: 'key_a', calls: 1, refused: 0 }, { keyId: 'key_b', calls: 1, refused: 1 }]);
    expect(c.byEndpoint).toEqual([{ endpoint: 'GET /v1/y', calls: 1, refused: 1 }, { endpoint: 'POST /v1/x', calls: 1, refused: 0 }]);
    expect(c.hourOfDay).toEqual(Array.from({ length: 24 }, (_, h) => (h === 10 || h === 12 ? 1 : 0)));
    expect(c.tierHistory).toEqual([
      { time: '2026-03-03T12:00:00.000Z', change: 'subscription.started', tier: 'PRO', previousTier: null },
      { time: '2026-03-02T11:55:00.000Z', change: 'trial.started', tier: 'REGISTERED', previousTier: null },
      { time: '2026-03-02T11:50:00.000Z', change: 'tier.granted', tier: 'REGISTERED', previousTier: null },
    ]);
    expect(c.freshAt).toEqual(expect.any(String));

    // Nobody sees anyone else's usage: another customer of the same solution gets their own (none).
    const other = await h.run(MY_ANALYTICS, { id: S, from: '2026-03-02T00:00:00Z', to: '2026-03-23T00:00:00Z' }, h.customer());
    expect(other.data!.myAnalytics).toMatchObject({ calls: 0, daily: [], byKey: [], byEndpoint: [], tierHistory: [] });
  });

  it('customer usage: a range past 400 days names to; signed-out callers get nothing', async () => {
    const u1 = { userId: 'u1', roles: ['customer' as const], clientId: 'test-client' };
    const long = await h.run(MY_ANALYTICS, { id: S, from: '2025-01-01T00:00:00Z', to: '2026-03-23T00:00:00Z' }, u1);
    expect(codes(long)).toEqual(['BAD_USER_INPUT']);
    expect(fields(long)).toEqual(['to']);
    expect(long.errors![0]!.message).toMatch(/longer than 400 days/);
    const anonymous = await h.run(MY_ANALYTICS, { id: S, from: '2026-03-02T00:00:00Z', to: '2026-03-23T00:00:00Z' }, ANONYMOUS);
    expect(codes(anonymous)).toEqual(['UNAUTHENTICATED']);
  });

  it('the platform: funnel, sign-ups, weekly cohort retention, revenue and commission', async () => {
    const res = await h.run(PLATFORM_ANALYTICS, { from: '2026-03-02T00:00:00Z', to: '2026-03-23T00:00:00Z' }, h.admin());
    expect(res.errors).toBeUndefined();
    const p = res.data!.platformAnalytics;
    expect(p.funnel).toEqual(PLATFORM_FUNNEL);
    expect(p).toMatchObject({ signups: 4, activeCustomers: 5, payingCustomers: 1, mrrPaise: 500_00, arrPaise: 6000_00, revenuePaise: 500_00, commissionPaise: 100_00 });
    expect(p.cohorts).toEqual([
      { week: '2026-03-02T00:00:00.000Z', size: 3, retention: [1, 1 / 3, 1 / 3] },
      { week: '2026-03-09T00:00:00.000Z', size: 1, retention: [1, 0] },
    ]);
    expect(p.popularSolutions.map((s: { solutionId: string }) => s.solutionId)).toEqual([S, T]);
    expect(p.popularSolutions[0]).toMatchObject({ customers: 4, revenuePaise: 500_00 });
    expect(p.signupsDaily).toEqual([
      { day: '2026-03-02T00:00:00.000Z', count: 2 },
      { day: '2026-03-03T00:00:00.000Z', count: 1 },
      { day: '2026-03-09T00:00:00.000Z', count: 1 },
    ]);
    expect(p.daily).toContainEqual({ day: '2026-03-05T00:00:00.000Z', outcome: 'VALID', calls: 2 });
  });

  it('popular solutions: the top 10 by calls, and any solution in the top 10 by customers or by revenue', async () => {
    // April, away from the story: eleven busy solutions called anonymously (X10 the least), one with three customers
    // and few calls, one with a payment and one call.
    const april = (day: string) => new Date(`2026-04-${day}Z`);
    const busy = Array.from({ length: 11 }, () => h.solution(partner));
    const crowd = h.solution(partner);
    const paid = h.solution(partner);
    await h.events.append([
      ...busy.map((id, i): EventInput => ({ type: 'call', time: april('06T10:00:00'), solutionId: id, fingerprint: `fx${i}`, tier: 'anonymous', outcome: 'VALID', calls: 200 - i, units: 1 })),
      ...['c1', 'c2', 'c3'].map((user): EventInput => ({ type: 'call', time: april('06T10:00:00'), solutionId: crowd, userId: user, tier: 'registered', outcome: 'VALID', calls: 1, units: 1 })),
      { type: 'call', time: april('06T10:00:00'), solutionId: paid, userId: 'c1', tier: 'pro', outcome: 'VALID', calls: 1, units: 1 },
      { type: 'payment.captured', time: april('06T11:00:00'), solutionId: paid, userId: 'c1', tier: 'pro', amountPaise: 999_00, commissionPaise: 199_80, dedupeKey: 'april-pay' },
    ]);
    const res = await h.run(PLATFORM_ANALYTICS, { from: '2026-04-01T00:00:00Z', to: '2026-04-30T00:00:00Z' }, h.admin());
    expect(res.errors).toBeUndefined();
    const ids = res.data!.platformAnalytics.popularSolutions.map((s: { solutionId: string }) => s.solutionId);
    expect(ids).toEqual([...busy.slice(0, 10), crowd, paid]);
  });

  it('the platform overview is answered once per range while the log stays the same; a new batch or a compaction is seen at once', async () => {
    const may = { from: '2026-05-01T00:00:00Z', to: '2026-05-08T00:00:00Z' };
    const queries = vi.spyOn(h.log.engine, 'query');
    const first = await h.run(PLATFORM_ANALYTICS, may, h.admin());
    expect(first.data!.platformAnalytics).toMatchObject({ calls: 0, activeCustomers: 0 });
    expect(queries).toHaveBeenCalled();
    queries.mockClear();
    const [again, concurrent] = await Promise.all([h.run(PLATFORM_ANALYTICS, may, h.analyst()), h.run(PLATFORM_ANALYTICS, may, h.admin())]);
    expect(queries).not.toHaveBeenCalled();
    expect(again.data).toEqual(first.data);
    expect(concurrent.data).toEqual(first.data);
    // Another range is its own answer.
    await h.run(PLATFORM_ANALYTICS, { ...may, to: '2026-05-09T00:00:00Z' }, h.admin());
    expect(queries).toHaveBeenCalled();

    await h.events.append([{ type: 'call', time: new Date('2026-05-04T10:00:00Z'), solutionId: S, userId: 'u7', tier: 'registered', outcome: 'VALID', calls: 6, units: 1 }]);
    const fresh = (await h.run(PLATFORM_ANALYTICS, may, h.admin())).data!.platformAnalytics;
    expect(fresh).toMatchObject({ calls: 6, activeCustomers: 1 });
    await h.log.compactor.run();
    queries.mockClear();
    // The same numbers (the compacted file is newer than the batch it replaced: freshAt moves).
    expect((await h.run(PLATFORM_ANALYTICS, may, h.admin())).data!.platformAnalytics).toEqual({ ...fresh, freshAt: expect.any(String) });
    expect(queries).toHaveBeenCalled();
    queries.mockRestore();
  });

  it('churn: of the two subscriptions active on Friday, one was cancelled in the range', async () => {
    const res = await h.run(PLATFORM_ANALYTICS, { from: '2026-03-06T00:00:00Z', to: '2026-03-23T00:00:00Z' }, h.analyst());
    expect(res.data!.platformAnalytics.churnRate).toBe(0.5);
  });

  it('the conversions dataset answers "which solutions convert best, and how fast?" in one query', async () => {
    const res = await h.run(
      ANALYTICS,
      {
        input: {
          dataset: 'CONVERSIONS', from: '2026-03-01T00:00:00Z', to: '2026-03-31T00:00:00Z', dimensions: ['solution'],
          metrics: [{ fn: 'count' }, { fn: 'sum', field: 'paid' }, { fn: 'quantile', field: 'seconds_to_register', q: 0.5 }],
          orderBy: [{ column: 'count', direction: 'DESC' }],
        },
      },
      partner,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.analytics.rows).toEqual([{ dimensions: [S], metrics: [3, 2, DAY] }]);
  });
});
