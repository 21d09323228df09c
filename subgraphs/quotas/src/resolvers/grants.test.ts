import { endDayRange, endOfDayUtc, latestFutureEnd } from '@marketplace/contracts';
import type { Session } from '@marketplace/identity/testing';
import { DAY, HOUR } from '@marketplace/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  codes,
  field,
  fields,
  GRANT_TIER,
  MY_TIER,
  MY_USAGE,
  type QuotasHarness,
  REVOKE_TIER_GRANT,
  startQuotasHarness,
  TIER_GRANT_HISTORY,
  TIER_GRANTS,
} from '../testing/quotas-harness.ts';

let h: QuotasHarness;
let partner: Session;
let customer: Session;
let solutionId: string;
beforeAll(async () => {
  h = await startQuotasHarness('grants');
  partner = await h.catalog.partner('grants.partner@example.com', 'Granted Inc');
  customer = await h.catalog.customer('grants.customer@example.com');
  solutionId = await h.catalog.published(partner, 'grantable');
});
afterAll(() => h?.close());

const grant = (input: Record<string, unknown>, caller = h.admin.caller) => h.run(GRANT_TIER, { input: { solutionId, ...input } }, caller);
/** Two years after the harness clock's now, plus `plusMs`, as ISO. */
const twoYearsAhead = (plusMs: number) => {
  const at = new Date(h.clock.now());
  at.setUTCFullYear(at.getUTCFullYear() + 2);
  return new Date(at.getTime() + plusMs).toISOString();
};
const history = async (userId: string) => {
  const res = await h.run(TIER_GRANT_HISTORY, { userId, solutionId }, h.admin.caller);
  expect(res.errors).toBeUndefined();
  return res.data!.tierGrantHistory as Record<string, any>[];
};
const myTier = async (session: Session) => (await h.run(MY_TIER, { solutionId }, session.caller)).data!.myTier;

describe('who may grant', () => {
  const operations = [
    { name: 'grantTier', source: GRANT_TIER, variables: () => ({ input: { userId: customer.userId, solutionId, tier: 'PRO' } }) },
    { name: 'revokeTierGrant', source: REVOKE_TIER_GRANT, variables: () => ({ userId: customer.userId, solutionId }) },
    { name: 'tierGrants', source: TIER_GRANTS, variables: () => ({ solutionId }) },
    { name: 'tierGrantHistory', source: TIER_GRANT_HISTORY, variables: () => ({ userId: customer.userId, solutionId }) },
    { name: 'auditTrail.quotas', source: `{ auditTrail { quotas { nodes { id } } } }`, variables: () => ({}) },
  ];
  for (const op of operations) {
    it(`${op.name}: anonymous → UNAUTHENTICATED, customer and partner → FORBIDDEN, admin → allowed`, async () => {
      const before = (await h.scan()).length;
      expect(codes(await h.run(op.source, op.variables()))).toEqual(['UNAUTHENTICATED']);
      expect(codes(await h.run(op.source, op.variables(), customer.caller))).toEqual(['FORBIDDEN']);
      expect(codes(await h.run(op.source, op.variables(), partner.caller))).toEqual(['FORBIDDEN']);
      expect((await h.scan()).length).toBe(before);
      expect((await h.run(op.source, op.variables(), h.admin.caller)).errors).toBeUndefined();
    });
  }
  afterAll(async () => {
    await h.run(REVOKE_TIER_GRANT, { userId: customer.userId, solutionId }, h.admin.caller);
  });
});

describe('granting a tier', () => {
  it('gives a user PRO until a date, audited with before and after in the same write, listed for admins', async () => {
    const user = await h.catalog.customer('pro.until@example.com');
    expect(await myTier(user)).toBe('REGISTERED');
    const endsAt = new Date(h.clock.now().getTime() + 30 * DAY).toISOString();
    const res = await grant({ userId: user.userId, tier: 'PRO', endsAt, reason: '  Pilot customer  ' });
    expect(res.errors).toBeUndefined();
    expect(res.data!.grantTier).toEqual({
      userId: user.userId,
      user: { id: user.userId },
      solutionId,
      solution: { id: solutionId },
      tier: 'PRO',
      endsAt,
      grantedBy: h.admin.userId,
      grantedAt: h.clock.now().toISOString(),
    });
    // The grant applies at once in this process (its cached "no grant" is forgotten).
    expect(await myTier(user)).toBe('PRO');
    expect(await history(user.userId)).toEqual([
      {
        id: expect.stringMatching(/^aud_/),
        actorId: h.admin.userId,
        action: 'tier.grant',
        userId: user.userId,
        solutionId,
        before: null,
        after: { tier: 'PRO', endsAt },
        reason: 'Pilot customer',
        at: h.clock.now().toISOString(),
      },
    ]);
    const grants = (await h.run(TIER_GRANTS, { solutionId }, h.admin.caller)).data!.tierGrants;
    expect(grants).toContainEqual(expect.objectContaining({ userId: user.userId, tier: 'PRO', endsAt }));
    const item = (await h.scan()).find((i) => i.pk === `GRANT#${user.userId}` && i.sk === `SOLUTION#${solutionId}`);
    expect(item).toMatchObject({ gsi1pk: `GRANTS#${solutionId}`, gsi1sk: user.userId, tier: 'pro', endsAt });
  });

  it('replaces a grant (audited before → after) and changes nothing when granted the same again', async () => {
    const user = await h.catalog.customer('upgraded@example.com');
    const endsAt = new Date(h.clock.now().getTime() + 10 * DAY).toISOString();
    expect((await grant({ userId: user.userId, tier: 'PRO', endsAt })).errors).toBeUndefined();
    h.clock.advance(HOUR);
    expect((await grant({ userId: user.userId, tier: 'ENTERPRISE' })).data!.grantTier).toMatchObject({ tier: 'ENTERPRISE', endsAt: null });
    expect(await myTier(user)).toBe('ENTERPRISE');
    const again = await grant({ userId: user.userId, tier: 'ENTERPRISE' });
    expect(again.data!.grantTier).toMatchObject({ tier: 'ENTERPRISE', grantedAt: h.clock.now().toISOString() });
    const events = await history(user.userId);
    expect(events.map((e) => [e.action, e.before, e.after])).toEqual([
      ['tier.grant', { tier: 'PRO', endsAt }, { tier: 'ENTERPRISE', endsAt: null }],
      ['tier.grant', null, { tier: 'PRO', endsAt }],
    ]);
  });

  it('serialises concurrent grants: each event’s before is the previous event’s after', async () => {
    const user = await h.catalog.customer('raced@example.com');
    const results = await Promise.all([
      grant({ userId: user.userId, tier: 'PRO' }),
      grant({ userId: user.userId, tier: 'ENTERPRISE' }),
      grant({ userId: user.userId, tier: 'PRO', endsAt: new Date(h.clock.now().getTime() + DAY).toISOString() }),
    ]);
    expect(results.flatMap((r) => r.errors ?? [])).toEqual([]);
    const events = (await history(user.userId)).reverse();
    expect(events[0]!.before).toBeNull();
    for (let i = 1; i < events.length; i++) expect(events[i]!.before).toEqual(events[i - 1]!.after);
    const final = (await h.run(TIER_GRANTS, { solutionId }, h.admin.caller)).data!.tierGrants.find((g: { userId: string }) => g.userId === user.userId);
    expect({ tier: final.tier, endsAt: final.endsAt }).toEqual(events.at(-1)!.after);
  });

  it.each<[string, { tier: string; endsAt?: string; reason?: string }, string]>([
    ['REGISTERED', { tier: 'REGISTERED' }, 'input.tier'],
    ['ANONYMOUS', { tier: 'ANONYMOUS' }, 'input.tier'],
    ['an end date in the past', { tier: 'PRO', endsAt: '2020-01-01T00:00:00.000Z' }, 'input.endsAt'],
    ['an end date of now', { tier: 'PRO', endsAt: 'now' }, 'input.endsAt'],
    ['an end date in year 9999', { tier: 'PRO', endsAt: '9999-12-31T23:59:59.999Z' }, 'input.endsAt'],
    ['an end date a millisecond past two years ahead', { tier: 'PRO', endsAt: 'two years and 1 ms' }, 'input.endsAt'],
    ['a reason of over 500 characters', { tier: 'PRO', reason: 'x'.repeat(501) }, 'input.reason'],
    ['a reason with control characters', { tier: 'PRO', reason: 'Pilot\u0000\u001b[31m' }, 'input.reason'],
  ])('refuses %s with BAD_USER_INPUT naming the field, writing nothing', async (_what, input, name) => {
    const before = await h.scan();
    const endsAt = input.endsAt === 'now' ? h.clock.now().toISOString() : input.endsAt === 'two years and 1 ms' ? twoYearsAhead(1) : input.endsAt;
    const res = await grant({ userId: customer.userId, ...input, endsAt });
    expect(codes(res)).toEqual(['BAD_USER_INPUT']);
    expect(field(res)).toBe(name);
    expect(await h.scan()).toEqual(before);
  });

  it('grants until two years ahead at most, as far as a key may expire', async () => {
    const user = await h.catalog.customer('pro.two.years@example.com');
    const res = await grant({ userId: user.userId, tier: 'PRO', endsAt: twoYearsAhead(0) });
    expect(res.errors).toBeUndefined();
    expect(res.data!.grantTier.endsAt).toBe(twoYearsAhead(0));
    const refused = await grant({ userId: user.userId, tier: 'PRO', endsAt: twoYearsAhead(1) });
    expect(refused.errors![0]!.message).toBe('A grant can end at most 2 years from now; leave the end empty for an open-ended grant.');
    // The last day the admin's date picker offers (the same rule, from contracts) is granted to its last millisecond.
    const { max } = endDayRange(h.clock.now(), latestFutureEnd(h.clock.now()));
    const lastDay = await grant({ userId: user.userId, tier: 'PRO', endsAt: endOfDayUtc(max) });
    expect(lastDay.errors).toBeUndefined();
    expect(lastDay.data!.grantTier.endsAt).toBe(endOfDayUtc(max));
  });

  it('refuses every problem of a grant at once, each in words', async () => {
    const before = await h.scan();
    const res = await grant({ userId: customer.userId, tier: 'REGISTERED', endsAt: '2020-01-01T00:00:00.000Z', reason: 'x'.repeat(501) });
    expect(codes(res)).toEqual(['BAD_USER_INPUT']);
    const problems = res.errors![0]!.extensions!.problems as { field: string; message: string }[];
    expect(problems.map((p) => p.field)).toEqual(['input.tier', 'input.endsAt', 'input.reason']);
    expect(problems.slice(1).map((p) => p.message)).toEqual(['The grant must end in the future.', 'A reason has at most 500 characters.']);
    expect(await h.scan()).toEqual(before);
  });

  it('refuses an unknown solution or user with NOT_FOUND naming the id argument', async () => {
    const unknownSolution = await grant({ userId: customer.userId, solutionId: 'sol_00000000000000000000000000', tier: 'PRO' });
    expect([codes(unknownSolution), fields(unknownSolution)]).toEqual([['NOT_FOUND'], ['input.solutionId']]);
    expect(unknownSolution.errors![0]!.message).toMatch(/Solution/);
    const unknownUser = await grant({ userId: 'usr_00000000000000000000000000', tier: 'PRO' });
    expect([codes(unknownUser), fields(unknownUser)]).toEqual([['NOT_FOUND'], ['input.userId']]);
    expect(unknownUser.errors![0]!.message).toMatch(/User/);
    const notAUser = await grant({ userId: 'not-a-user', tier: 'PRO' });
    expect([codes(notAUser), fields(notAUser)]).toEqual([['NOT_FOUND'], ['input.userId']]);
  });

  it('refuses a solution that was never public with CONFLICT on input.solutionId, writing nothing; unpublished and suspended stay grantable', async () => {
    const draft = await h.catalog.draft(partner, 'never-public');
    const before = (await h.scan()).length;
    const states: [string, () => Promise<unknown>][] = [
      ['DRAFT', async () => {}],
      ['IN_REVIEW', () => h.catalog.ready(partner, draft).then(() => h.catalog.run(`mutation($id: ID!) { submitSolution(id: $id) { status } }`, { id: draft }, partner.caller))],
      ['REJECTED', () => h.catalog.run(`mutation($id: ID!) { rejectSolution(id: $id, reason: "Not yet") { status } }`, { id: draft }, h.admin.caller)],
    ];
    for (const [status, reach] of states) {
      await reach();
      const res = await grant({ userId: customer.userId, solutionId: draft, tier: 'PRO' });
      expect(codes(res), status).toEqual(['CONFLICT']);
      expect(field(res)).toBe('input.solutionId');
      expect(res.errors![0]!.message).toContain(`it is ${status}`);
    }
    expect((await h.scan()).length).toBe(before);

    const lapsed = await h.catalog.published(partner, 'once-public');
    expect((await h.catalog.run(`mutation($id: ID!) { unpublishSolution(id: $id) { status } }`, { id: lapsed }, partner.caller)).errors).toBeUndefined();
    expect((await grant({ userId: customer.userId, solutionId: lapsed, tier: 'PRO' })).errors).toBeUndefined();
    const suspended = await h.catalog.published(partner, 'suspended-once');
    expect((await h.catalog.run(`mutation($id: ID!) { suspendSolution(id: $id, reason: "Abuse") { status } }`, { id: suspended }, h.admin.caller)).errors).toBeUndefined();
    expect((await grant({ userId: customer.userId, solutionId: suspended, tier: 'ENTERPRISE' })).errors).toBeUndefined();
  });
});

describe('the end of a grant', () => {
  it('by the clock: the user is REGISTERED again, on their trial, the moment endsAt passes', async () => {
    const user = await h.catalog.customer('expiring@example.com');
    const endsAt = new Date(h.clock.now().getTime() + 2 * DAY);
    expect((await grant({ userId: user.userId, tier: 'PRO', endsAt: endsAt.toISOString() })).errors).toBeUndefined();
    expect(await myTier(user)).toBe('PRO');
    expect((await h.run(MY_USAGE, { solutionId }, user.caller)).data!.myUsage).toMatchObject({ tier: 'PRO', windowKind: 'MONTHLY' });
    h.clock.set(new Date(endsAt.getTime() - 1));
    expect(await myTier(user)).toBe('PRO');
    h.clock.set(endsAt);
    expect(await myTier(user)).toBe('REGISTERED');
    expect((await h.run(MY_USAGE, { solutionId }, user.caller)).data!.myUsage).toMatchObject({ tier: 'REGISTERED', windowKind: 'TRIAL', limit: 100 });
    // An ended grant stays listed (with its end) until replaced or revoked.
    const listed = (await h.run(TIER_GRANTS, { solutionId }, h.admin.caller)).data!.tierGrants;
    expect(listed).toContainEqual(expect.objectContaining({ userId: user.userId, endsAt: endsAt.toISOString() }));
  });

  it('by revocation: audited, applied at once, and false (writing nothing) when there is no grant', async () => {
    const user = await h.catalog.customer('revoked@example.com');
    expect((await grant({ userId: user.userId, tier: 'ENTERPRISE' })).errors).toBeUndefined();
    h.clock.advance(HOUR);
    const revoked = await h.run(REVOKE_TIER_GRANT, { userId: user.userId, solutionId, reason: 'Pilot over' }, h.admin.caller);
    expect(revoked.data).toEqual({ revokeTierGrant: true });
    expect(await myTier(user)).toBe('REGISTERED');
    const [event] = await history(user.userId);
    expect(event).toMatchObject({
      action: 'tier.revoke',
      actorId: h.admin.userId,
      before: { tier: 'ENTERPRISE', endsAt: null },
      after: null,
      reason: 'Pilot over',
      at: h.clock.now().toISOString(),
    });
    const listed = (await h.run(TIER_GRANTS, { solutionId }, h.admin.caller)).data!.tierGrants;
    expect(listed.map((g: { userId: string }) => g.userId)).not.toContain(user.userId);

    const before = await h.scan();
    expect((await h.run(REVOKE_TIER_GRANT, { userId: user.userId, solutionId }, h.admin.caller)).data).toEqual({ revokeTierGrant: false });
    expect(await h.scan()).toEqual(before);
  });

  it('tierGrants of an unknown solution is NOT_FOUND', async () => {
    const unknown = await h.run(TIER_GRANTS, { solutionId: 'sol_00000000000000000000000000' }, h.admin.caller);
    expect([codes(unknown), fields(unknown)]).toEqual([['NOT_FOUND'], ['solutionId']]);
  });
});
