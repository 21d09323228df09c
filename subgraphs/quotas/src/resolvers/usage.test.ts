import type { Session } from '@marketplace/identity/testing';
import { DAY, HOUR } from '@marketplace/shared';
import { CREATE_SOLUTION, SET_TIERS, solutionInput, tiersInput } from '@marketplace/catalog/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { UsageEvent } from '../usage/usage-recorder.ts';
import { codes, field, GRANT_TIER, MY_TIER, MY_USAGE, type QuotasHarness, type Result, SOLUTION_USAGE, startQuotasHarness } from '../testing/quotas-harness.ts';

const UNKNOWN_SOLUTION = 'sol_00000000000000000000000000';

let h: QuotasHarness;
let partner: Session;
let otherPartner: Session;
let trialUser: Session;
let proUser: Session;
let solutionId: string;
let otherSolutionId: string;
beforeAll(async () => {
  h = await startQuotasHarness('usage');
  partner = await h.catalog.partner('usage.partner@example.com', 'Metered Inc');
  otherPartner = await h.catalog.partner('usage.other@example.com', 'Other Inc');
  trialUser = await h.catalog.customer('trial.user@example.com');
  proUser = await h.catalog.customer('pro.user@example.com');
  solutionId = await h.catalog.published(partner, 'metered');
  // REGISTERED: 100 calls over 30 days at 2/s; PRO: 10,000 a month, SOFT, at 10/s.
  const tiers = await h.catalog.run(SET_TIERS, { id: solutionId, tiers: tiersInput() }, partner.caller);
  if (tiers.errors || tiers.data!.setSolutionTiers.problems.length) throw new Error(JSON.stringify(tiers.errors ?? tiers.data!.setSolutionTiers.problems));
  otherSolutionId = await h.catalog.published(otherPartner, 'elsewhere');
});
afterAll(() => h?.close());

const myUsage = async (session: Session, days?: number) => {
  const res = await h.run(MY_USAGE, { solutionId, days }, session.caller);
  expect(res.errors).toBeUndefined();
  return res.data!.myUsage;
};
const record = (events: Partial<UsageEvent>[]) => {
  for (const e of events) h.recorder.record({ solutionId, tier: 'registered', code: e.allowed === false ? 'QUOTA_EXCEEDED' : 'VALID', allowed: true, units: 1, overage: 0, ...e });
  return h.recorder.flush();
};

// One story in time order: the clock only moves forward (2026-03-01 09:00 UTC at the start).
describe('myUsage of a registered user (a trial from the first call)', () => {
  const t0 = new Date('2026-03-01T09:00:00.000Z');

  it('before the first call: nothing used, the trial not started, all 30 days ahead', async () => {
    expect(h.clock.now()).toEqual(t0);
    const usage = await myUsage(trialUser);
    expect(usage).toMatchObject({
      solutionId,
      solution: { id: solutionId },
      tier: 'REGISTERED',
      used: 0,
      limit: 100,
      remaining: 100,
      windowKind: 'TRIAL',
      windowStart: null,
      windowEnd: null,
      daysRemaining: 30,
      trialEnded: false,
      ratePerSecond: 2,
      limitMode: 'HARD',
      overage: 0,
    });
    expect(usage.daily).toHaveLength(30);
    expect(usage.daily.at(-1)).toEqual({ day: '2026-03-01', allowed: 0, denied: 0, units: 0 });
    expect(usage.daily[0].day).toBe('2026-01-31');
  });

  it('mid-trial: used and remaining as the counter has them at once, days left by the clock', async () => {
    expect((await h.consume(solutionId, trialUser.userId, 'registered', 3)).ok).toBe(true);
    expect(await myUsage(trialUser)).toMatchObject({ used: 3, remaining: 97, windowStart: t0.toISOString() });
    h.clock.advance(10 * DAY + 12 * HOUR);
    expect((await h.consume(solutionId, trialUser.userId, 'registered', 2)).ok).toBe(true);
    expect(await myUsage(trialUser)).toMatchObject({
      used: 5,
      remaining: 95,
      windowStart: t0.toISOString(),
      windowEnd: new Date(t0.getTime() + 30 * DAY).toISOString(),
      daysRemaining: 20,
      trialEnded: false,
    });
  });

  it('a trial used up shows nothing remaining before it ends', async () => {
    expect((await h.consume(solutionId, trialUser.userId, 'registered', 95)).ok).toBe(true);
    expect((await h.consume(solutionId, trialUser.userId, 'registered', 1)).ok).toBe(false);
    expect(await myUsage(trialUser)).toMatchObject({ used: 100, remaining: 0, trialEnded: false, overage: 0 });
  });

  it('ends by the clock 30 days after the first call', async () => {
    h.clock.set(new Date(t0.getTime() + 30 * DAY - 1));
    expect(await myUsage(trialUser)).toMatchObject({ trialEnded: false, daysRemaining: 1 });
    h.clock.set(new Date(t0.getTime() + 30 * DAY));
    expect(await myUsage(trialUser)).toMatchObject({ tier: 'REGISTERED', used: 100, trialEnded: true, daysRemaining: 0 });
  });
});

describe('myUsage of a PRO user (calendar months, soft limit)', () => {
  it('after an admin grant: the month’s bounds, the allowance, and overage past the soft limit', async () => {
    h.clock.set('2026-04-13T10:00:00.000Z');
    await record([{ tier: 'pro', userId: proUser.userId, units: 2 }, { tier: 'pro', userId: proUser.userId, units: 2 }]);
    const granted = await h.run(GRANT_TIER, { input: { userId: proUser.userId, solutionId, tier: 'PRO' } }, h.admin.caller);
    expect(granted.errors).toBeUndefined();

    h.clock.set('2026-04-15T12:00:00.000Z');
    await record([{ tier: 'pro', userId: proUser.userId, units: 1 }, { tier: 'pro', userId: proUser.userId, allowed: false, units: 1 }]);
    expect((await h.consume(solutionId, proUser.userId, 'pro', 10_003)).ok).toBe(true);
    const usage = await myUsage(proUser, 5);
    expect(usage).toMatchObject({
      tier: 'PRO',
      used: 10_003,
      limit: 10_000,
      remaining: 0,
      windowKind: 'MONTHLY',
      windowStart: '2026-04-01T00:00:00.000Z',
      windowEnd: '2026-05-01T00:00:00.000Z',
      daysRemaining: 16,
      trialEnded: false,
      ratePerSecond: 10,
      limitMode: 'SOFT',
      overage: 3,
    });
    // A zero-filled series of 5 days ending today, oldest first.
    expect(usage.daily).toEqual([
      { day: '2026-04-11', allowed: 0, denied: 0, units: 0 },
      { day: '2026-04-12', allowed: 0, denied: 0, units: 0 },
      { day: '2026-04-13', allowed: 2, denied: 0, units: 4 },
      { day: '2026-04-14', allowed: 0, denied: 0, units: 0 },
      { day: '2026-04-15', allowed: 1, denied: 1, units: 1 },
    ]);
  });

  it('starts the next month from zero', async () => {
    h.clock.set('2026-05-02T00:00:00.000Z');
    expect(await myUsage(proUser, 1)).toMatchObject({
      used: 0,
      remaining: 10_000,
      overage: 0,
      windowStart: '2026-05-01T00:00:00.000Z',
      windowEnd: '2026-06-01T00:00:00.000Z',
      daysRemaining: 30,
      daily: [{ day: '2026-05-02', allowed: 0, denied: 0, units: 0 }],
    });
  });
});

describe('myUsage, myTier and User.usage: who sees what', () => {
  it('refuse anonymous callers and unknown solutions', async () => {
    expect(codes(await h.run(MY_USAGE, { solutionId }))).toEqual(['UNAUTHENTICATED']);
    expect(codes(await h.run(MY_TIER, { solutionId }))).toEqual(['UNAUTHENTICATED']);
    const notFoundOn = (result: Result) => [codes(result), field(result)];
    expect(notFoundOn(await h.run(MY_USAGE, { solutionId: UNKNOWN_SOLUTION }, trialUser.caller))).toEqual([['NOT_FOUND'], 'solutionId']);
    expect(notFoundOn(await h.run(MY_USAGE, { solutionId: 'not-an-id' }, trialUser.caller))).toEqual([['NOT_FOUND'], 'solutionId']);
    expect(notFoundOn(await h.run(MY_TIER, { solutionId: UNKNOWN_SOLUTION }, trialUser.caller))).toEqual([['NOT_FOUND'], 'solutionId']);
  });

  it('hide a draft from everyone but its partner and admins', async () => {
    const draft = await h.catalog.run(CREATE_SOLUTION, { input: solutionInput('still-a-draft') }, partner.caller);
    const draftId = draft.data!.createSolution.id as string;
    expect(codes(await h.run(MY_USAGE, { solutionId: draftId }, trialUser.caller))).toEqual(['NOT_FOUND']);
    expect((await h.run(MY_USAGE, { solutionId: draftId }, partner.caller)).data!.myUsage).toMatchObject({ used: 0, tier: 'REGISTERED' });
    expect((await h.run(MY_USAGE, { solutionId: draftId }, h.admin.caller)).errors).toBeUndefined();
    const ENTITY = `query($r: [_Any!]!, $s: ID!) { _entities(representations: $r) { ... on User { usage(solutionId: $s) { used } } } }`;
    const asUser = await h.run(ENTITY, { r: [{ __typename: 'User', id: trialUser.userId }], s: draftId }, trialUser.caller);
    expect(asUser.data!._entities).toEqual([{ usage: null }]);
  });

  it('myTier is REGISTERED without a grant and the granted tier with one', async () => {
    expect((await h.run(MY_TIER, { solutionId }, trialUser.caller)).data).toEqual({ myTier: 'REGISTERED' });
    expect((await h.run(MY_TIER, { solutionId }, proUser.caller)).data).toEqual({ myTier: 'PRO' });
  });

  it('User.usage is for the user themself and admins, and null for an unknown solution', async () => {
    const ENTITY = `query($r: [_Any!]!, $s: ID!) { _entities(representations: $r) { ... on User { id usage(solutionId: $s) { tier used } } } }`;
    const r = [{ __typename: 'User', id: proUser.userId }];
    expect((await h.run(ENTITY, { r, s: solutionId }, proUser.caller)).data!._entities).toEqual([
      { id: proUser.userId, usage: { tier: 'PRO', used: 0 } },
    ]);
    expect((await h.run(ENTITY, { r, s: solutionId }, h.admin.caller)).data!._entities[0].usage).toEqual({ tier: 'PRO', used: 0 });
    expect((await h.run(ENTITY, { r, s: UNKNOWN_SOLUTION }, proUser.caller)).data!._entities[0].usage).toBeNull();
    expect(codes(await h.run(ENTITY, { r, s: solutionId }, trialUser.caller))).toEqual(['FORBIDDEN']);
    expect(codes(await h.run(ENTITY, { r, s: solutionId }))).toEqual(['UNAUTHENTICATED']);
  });

  it("SolutionCustomer.usage (the partner's customer list) is the solution's partner's and admins' only", async () => {
    const ENTITY = `query($r: [_Any!]!) { _entities(representations: $r) { ... on SolutionCustomer { userId usage { tier used limit } } } }`;
    const r = [{ __typename: 'SolutionCustomer', solutionId, userId: proUser.userId }];
    expect((await h.run(ENTITY, { r }, partner.caller)).data!._entities).toEqual([{ userId: proUser.userId, usage: { tier: 'PRO', used: 0, limit: 10_000 } }]);
    expect((await h.run(ENTITY, { r }, h.admin.caller)).data!._entities[0].usage).toMatchObject({ tier: 'PRO' });
    // Another partner, the customer themself: the same NOT_FOUND as for a solution that does not exist.
    expect(codes(await h.run(ENTITY, { r }, otherPartner.caller))).toEqual(['NOT_FOUND']);
    expect(codes(await h.run(ENTITY, { r }, proUser.caller))).toEqual(['NOT_FOUND']);
    expect(codes(await h.run(ENTITY, { r: [{ ...r[0], solutionId: UNKNOWN_SOLUTION }] }, partner.caller))).toEqual(['NOT_FOUND']);
    expect(codes(await h.run(ENTITY, { r }))).toEqual(['UNAUTHENTICATED']);
  });

  it('daily refuses a series longer than a year, naming the argument', async () => {
    const res = await h.run(MY_USAGE, { solutionId, days: 367 }, trialUser.caller);
    expect(codes(res)).toEqual(['BAD_USER_INPUT']);
    expect(field(res)).toBe('days');
    expect(codes(await h.run(MY_USAGE, { solutionId, days: 0 }, trialUser.caller))).toEqual(['BAD_USER_INPUT']);
  });
});

describe('solutionUsage: a partner’s view by day and tier', () => {
  beforeAll(async () => {
    h.clock.set('2026-06-01T08:00:00.000Z');
    await record([
      // Anonymous callers: counted, never identified (the rollups hold no fingerprint).
      { tier: 'anonymous' },
      { tier: 'anonymous' },
      { tier: 'anonymous', units: 2 },
      { tier: 'anonymous', allowed: false },
      { tier: 'registered', userId: trialUser.userId, units: 2 },
      { tier: 'pro', userId: proUser.userId, keyId: 'key_1', units: 3, overage: 1 },
    ]);
    h.recorder.record({ solutionId: otherSolutionId, tier: 'registered', userId: trialUser.userId, code: 'VALID', allowed: true, units: 1, overage: 0 });
    h.clock.set('2026-06-03T23:59:59.000Z');
    await record([{ tier: 'anonymous', allowed: false }, { tier: 'enterprise', userId: proUser.userId, units: 5 }]);
  });

  const rows = [
    { day: '2026-06-01', tier: 'ANONYMOUS', allowed: 3, denied: 1, units: 4, overage: 0 },
    { day: '2026-06-01', tier: 'REGISTERED', allowed: 1, denied: 0, units: 2, overage: 0 },
    { day: '2026-06-01', tier: 'PRO', allowed: 1, denied: 0, units: 3, overage: 1 },
    { day: '2026-06-03', tier: 'ANONYMOUS', allowed: 0, denied: 1, units: 0, overage: 0 },
    { day: '2026-06-03', tier: 'ENTERPRISE', allowed: 1, denied: 0, units: 5, overage: 0 },
  ];

  it('lists each day’s tiers in tier order, omitting days without calls, for the owner and admins', async () => {
    const asOwner = await h.run(SOLUTION_USAGE, { solutionId, from: '2026-05-30', to: '2026-06-03' }, partner.caller);
    expect(asOwner.errors).toBeUndefined();
    expect(asOwner.data!.solutionUsage).toEqual(rows);
    const asAdmin = await h.run(SOLUTION_USAGE, { solutionId, from: '2026-06-01', to: '2026-06-01' }, h.admin.caller);
    expect(asAdmin.data!.solutionUsage).toEqual(rows.slice(0, 3));
    const between = await h.run(SOLUTION_USAGE, { solutionId, from: '2026-06-02', to: '2026-06-02' }, partner.caller);
    expect(between.data!.solutionUsage).toEqual([]);
  });

  it('is for the owning partner and admins only: anyone else is answered as for an unknown id', async () => {
    const vars = { solutionId, from: '2026-06-01', to: '2026-06-03' };
    expect(codes(await h.run(SOLUTION_USAGE, vars))).toEqual(['UNAUTHENTICATED']);
    const unknown = await h.run(SOLUTION_USAGE, { ...vars, solutionId: UNKNOWN_SOLUTION }, partner.caller);
    const refusal = (res: typeof unknown) => res.errors?.map((e) => ({ code: e.extensions?.code, field: e.extensions?.field, message: e.message }));
    expect(refusal(unknown)).toEqual([{ code: 'NOT_FOUND', field: 'solutionId', message: expect.any(String) }]);
    // Another partner, or a customer, learns nothing more of a solution that is not theirs than of one that does not exist.
    expect(refusal(await h.run(SOLUTION_USAGE, vars, otherPartner.caller))).toEqual(refusal(unknown));
    expect(refusal(await h.run(SOLUTION_USAGE, vars, trialUser.caller))).toEqual(refusal(unknown));
    const own = await h.run(SOLUTION_USAGE, { ...vars, solutionId: otherSolutionId }, otherPartner.caller);
    expect(own.data!.solutionUsage).toEqual([{ day: '2026-06-01', tier: 'REGISTERED', allowed: 1, denied: 0, units: 1, overage: 0 }]);
  });

  it.each([
    ['a day not written yyyy-mm-dd', { from: '2026-6-1', to: '2026-06-03' }, 'from'],
    ['a day that does not exist', { from: '2026-02-30', to: '2026-06-03' }, 'from'],
    ['a time instead of a day', { from: '2026-06-01', to: '2026-06-03T00:00:00Z' }, 'to'],
    ['to before from', { from: '2026-06-03', to: '2026-06-01' }, 'to'],
    ['more than 366 days apart', { from: '2025-06-01', to: '2026-06-03' }, 'to'],
  ])('refuses %s with BAD_USER_INPUT naming the argument', async (_what, dates, name) => {
    const res = await h.run(SOLUTION_USAGE, { solutionId, ...dates }, partner.caller);
    expect(codes(res)).toEqual(['BAD_USER_INPUT']);
    expect(field(res)).toBe(name);
  });

  it('accepts a range of exactly 366 days (taking in April’s PRO calls of the story above)', async () => {
    const res = await h.run(SOLUTION_USAGE, { solutionId, from: '2025-06-02', to: '2026-06-03' }, partner.caller);
    expect(res.errors).toBeUndefined();
    expect(res.data!.solutionUsage).toEqual([
      { day: '2026-04-13', tier: 'PRO', allowed: 2, denied: 0, units: 4, overage: 0 },
      { day: '2026-04-15', tier: 'PRO', allowed: 1, denied: 1, units: 1, overage: 0 },
      ...rows,
    ]);
  });
});
