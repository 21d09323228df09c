import type { Session } from '@marketplace/identity/testing';
import { SECOND } from '@marketplace/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPriceChangeFeed } from '../public/price-change-feed.ts';
import { DEFAULT_PLATFORM_TIER_SETTINGS } from '../services/tier-rules.ts';
import {
  BY_ID,
  type CatalogHarness,
  codes,
  field,
  refusal,
  REJECT_SOLUTION,
  SET_TIERS,
  startCatalogHarness,
  SUBMIT,
  TEST_INTERNAL_SECRET,
  TIER_HISTORY,
  tiersInput,
} from '../testing/catalog-harness.ts';

let h: CatalogHarness;
let partner: Session;
let other: Session;
beforeAll(async () => {
  h = await startCatalogHarness('tiers');
  partner = await h.partner('tiers.partner@example.com', 'Tiered Inc');
  other = await h.partner('other.partner@example.com', 'Other Inc');
});
afterAll(() => h?.close());

const SETTINGS = `{ platformTierSettings { currency updatedAt updatedBy tiers { tier defaultCallAllowance minCallAllowance maxCallAllowance defaultTrialDays minTrialDays maxTrialDays defaultRatePerSecond maxRatePerSecond defaultMonthlyPricePaise minMonthlyPricePaise maxMonthlyPricePaise } } }`;
const UPDATE_SETTINGS = `mutation($input: PlatformTierSettingsInput!) { updatePlatformTierSettings(input: $input) { settings { updatedAt updatedBy tiers { tier defaultCallAllowance maxCallAllowance } } problems { field message } } }`;
const SETTINGS_HISTORY = `{ platformTierSettingsHistory(first: 10) { nodes { actorId action before after at } } }`;
const apiBounds = () => DEFAULT_PLATFORM_TIER_SETTINGS.tiers.map((b) => ({ ...b, tier: b.tier.toUpperCase() }));

describe('setting a solution’s tiers', () => {
  it('replaces all four at once, with typed feature flags, highlights and soft limits', async () => {
    const id = await h.draft(partner, 'four-tiers');
    const res = await h.run(SET_TIERS, { id, tiers: tiersInput() }, partner.caller);
    expect(res.errors).toBeUndefined();
    expect(res.data!.setSolutionTiers.problems).toEqual([]);
    const tiers = res.data!.setSolutionTiers.solution.tiers;
    expect(tiers[1]).toEqual({
      tier: 'REGISTERED',
      callAllowance: 100,
      trialDays: 30,
      billingPeriod: null,
      ratePerSecond: 2,
      monthlyPricePaise: null,
      currency: 'INR',
      limitMode: 'HARD',
      overagePricePaise: null,
      features: [{ key: 'maxWords', type: 'NUMBER', booleanValue: null, numberValue: 500, stringValue: null }],
      highlights: [],
    });
    expect(tiers[2]).toMatchObject({ tier: 'PRO', billingPeriod: 'MONTHLY', monthlyPricePaise: 99_900, limitMode: 'SOFT', overagePricePaise: 10 });
    expect(tiers[2].features.map((f: { key: string }) => f.key)).toEqual(['maxWords', 'priority']);
    expect(tiers[3].features[0]).toMatchObject({ key: 'sla', type: 'STRING', stringValue: '99.9%' });
  });

  it.each([
    ['a negative allowance', { 1: { callAllowance: -1 } }, 'tiers[1].callAllowance', /REGISTERED/],
    ['a decreasing allowance', { 2: { callAllowance: 50, monthlyPricePaise: 99_900 } }, 'tiers[2].callAllowance', /PRO/],
    ['a price on a free tier', { 0: { monthlyPricePaise: 100 } }, 'tiers[0].monthlyPricePaise', /ANONYMOUS tier: a free tier has no monthly price/],
    ['no price on a paid tier', { 3: { monthlyPricePaise: null } }, 'tiers[3].monthlyPricePaise', /ENTERPRISE tier: a paid tier needs a monthly price above zero/],
    ['a soft limit without overage price', { 2: { overagePricePaise: null } }, 'tiers[2].overagePricePaise', /PRO/],
    ['a duplicate tier', { 3: { tier: 'PRO' } }, 'tiers[3].tier', /PRO tier is given twice/],
  ])('refuses %s as a whole with typed problems naming the tier and field, changing nothing', async (_what, patches, name, message) => {
    const id = await h.draft(partner, `refused-${Math.random().toString(36).slice(2, 8)}`);
    const before = (await h.run(BY_ID, { id }, partner.caller)).data!.solutionById.tiers;
    const itemsBefore = (await h.scan()).length;
    const res = await h.run(SET_TIERS, { id, tiers: tiersInput(patches as never) }, partner.caller);
    expect(res.errors).toBeUndefined();
    const { solution, problems } = res.data!.setSolutionTiers;
    expect(solution).toBeNull();
    expect(problems[0]).toEqual({ field: name, message: expect.stringMatching(message) });
    expect((await h.run(BY_ID, { id }, partner.caller)).data!.solutionById.tiers).toEqual(before);
    expect((await h.scan()).length).toBe(itemsBefore);
  });

  it('refuses an unknown tier name at the schema (the gateway answers BAD_USER_INPUT), and a missing tier', async () => {
    const id = await h.draft(partner, 'unknown-tier');
    const unknown = await h.run(SET_TIERS, { id, tiers: tiersInput({ 3: { tier: 'GOLD' } }) }, partner.caller);
    expect(unknown.errors![0]!.message).toMatch(/"GOLD" does not exist in "Tier" enum/);
    const three = await h.run(SET_TIERS, { id, tiers: tiersInput().slice(0, 3) }, partner.caller);
    expect(three.data!.setSolutionTiers.problems).toEqual([{ field: 'tiers', message: expect.stringMatching(/missing: ENTERPRISE/) }]);
  });

  it('is refused while in review, and moves a rejected solution back to draft', async () => {
    const id = await h.draft(partner, 'review-freeze');
    await h.ready(partner, id);
    await h.run(SUBMIT, { id }, partner.caller);
    const frozen = await h.run(SET_TIERS, { id, tiers: tiersInput() }, partner.caller);
    expect(codes(frozen)).toEqual(['CONFLICT']);
    expect(field(frozen)).toBe('solutionId');
    await h.run(REJECT_SOLUTION, { id, reason: 'Prices look wrong.' }, h.admin.caller);
    const revised = await h.run(SET_TIERS, { id, tiers: tiersInput() }, partner.caller);
    expect(revised.data!.setSolutionTiers.solution.status).toBe('DRAFT');
  });

  it("is only for the owning partner: another partner gets NOT_FOUND on a draft, FORBIDDEN on a published one", async () => {
    const id = await h.draft(partner, 'not-yours');
    expect(refusal(await h.run(SET_TIERS, { id, tiers: tiersInput() }, other.caller))).toEqual({ code: 'NOT_FOUND', field: 'solutionId' });
    // A solution that does not exist is answered alike, on the id argument of whatever acts on it.
    expect(refusal(await h.run(SET_TIERS, { id: 'sol_00000000000000000000000000', tiers: tiersInput() }, partner.caller))).toEqual({ code: 'NOT_FOUND', field: 'solutionId' });
    expect(refusal(await h.run(SUBMIT, { id: 'sol_00000000000000000000000000' }, partner.caller))).toEqual({ code: 'NOT_FOUND', field: 'id' });
    expect(refusal(await h.run(SUBMIT, { id }, other.caller))).toEqual({ code: 'NOT_FOUND', field: 'id' });
    // Whose solution it is is settled before the tiers are checked: bad tiers change none of these answers.
    const bad = tiersInput({ 1: { callAllowance: -5 } });
    expect(refusal(await h.run(SET_TIERS, { id: 'sol_00000000000000000000000000', tiers: bad }, partner.caller))).toEqual({ code: 'NOT_FOUND', field: 'solutionId' });
    expect(refusal(await h.run(SET_TIERS, { id, tiers: bad }, other.caller))).toEqual({ code: 'NOT_FOUND', field: 'solutionId' });
    const live = await h.published(partner, 'not-yours-live');
    expect(codes(await h.run(SET_TIERS, { id: live, tiers: bad }, other.caller))).toEqual(['FORBIDDEN']);
    expect(codes(await h.run(SET_TIERS, { id: live, tiers: tiersInput() }, other.caller))).toEqual(['FORBIDDEN']);
    expect(codes(await h.run(SET_TIERS, { id: live, tiers: tiersInput() }, h.admin.caller))).toEqual(['FORBIDDEN']);
  });
});

describe('a new price of a paid tier', () => {
  const feed = (internalSecret = TEST_INTERNAL_SECRET) => createPriceChangeFeed({ db: h.deps.db, table: h.deps.table, clock: h.clock, internalSecret });
  /** What billing's preview hands the partner: the catalog's seal of the change as previewed now. */
  const preview = async (id: string, newPricePaise: number, options: { tier?: 'pro' | 'enterprise'; subscribers?: number; by?: Session; internalSecret?: string } = {}) => {
    const tier = options.tier ?? 'pro';
    const currentPricePaise = await feed().currentPrice(id, tier);
    return feed(options.internalSecret).confirmation({ solutionId: id, tier, currentPricePaise, newPricePaise, subscribers: options.subscribers ?? 2, userId: (options.by ?? partner).caller.userId! });
  };
  const pendingOf = async (id: string) => (await feed().pending()).filter((c) => c.solutionId === id);
  const proPrice = async (id: string) => (await h.run(BY_ID, { id }, partner.caller)).data!.solutionById.tiers[2].monthlyPricePaise;

  it('is saved with a pending change for billing to tell its subscribers, in the same write; only for a solution once published', async () => {
    const draft = await h.draft(partner, 'price-draft');
    await h.run(SET_TIERS, { id: draft, tiers: tiersInput() }, partner.caller);
    // Never published: nobody to tell, so no preview is needed either.
    const unconfirmed = await h.run(SET_TIERS, { id: draft, tiers: tiersInput({ 2: { monthlyPricePaise: 149_900 } }) }, partner.caller);
    expect(unconfirmed.data!.setSolutionTiers.problems).toEqual([]);
    expect(await pendingOf(draft)).toEqual([]);

    const live = await h.published(partner, 'price-live');
    const confirmation = await preview(live, 149_900, { subscribers: 2 });
    const saved = await h.run(SET_TIERS, { id: live, tiers: tiersInput({ 2: { monthlyPricePaise: 149_900 } }), confirmations: [confirmation] }, partner.caller);
    expect(saved.errors).toBeUndefined();
    expect(saved.data!.setSolutionTiers.problems).toEqual([]);
    const pending = await pendingOf(live);
    expect(pending).toEqual([
      {
        id: `${live}#pro#${h.clock.now().toISOString()}`,
        solutionId: live,
        tier: 'pro',
        oldPricePaise: 99_900,
        newPricePaise: 149_900,
        changedAt: h.clock.now().toISOString(),
        actorId: partner.caller.userId,
        confirmedSubscribers: 2,
        settledAt: null,
      },
    ]);

    // The same tiers again, or a refused save, records no change.
    await h.run(SET_TIERS, { id: live, tiers: tiersInput({ 2: { monthlyPricePaise: 149_900 } }) }, partner.caller);
    const refused = await h.run(SET_TIERS, { id: live, tiers: tiersInput({ 2: { monthlyPricePaise: 199_900 }, 3: { monthlyPricePaise: null } }) }, partner.caller);
    expect(refused.data!.setSolutionTiers.problems).toHaveLength(1);
    expect(await pendingOf(live)).toHaveLength(1);

    // Settled once billing made its notices: off the pending list, and a second settle changes nothing.
    expect(await feed().settle(pending[0]!)).toBe(true);
    expect(await feed().settle(pending[0]!)).toBe(false);
    expect(await pendingOf(live)).toEqual([]);
  });

  it('is refused, naming the field and saving nothing, without the confirmation of exactly the change previewed', async () => {
    const live = await h.published(partner, 'price-confirm');
    const tiers = tiersInput({ 2: { monthlyPricePaise: 149_900 } });
    const refusals: [string, Record<string, unknown>, string, string, RegExp][] = [
      ['none', {}, 'BAD_USER_INPUT', 'priceConfirmations', /PRO needs its preview/],
      ['a forged one', { confirmations: [`${(await preview(live, 149_900)).slice(0, -4)}AAAA`] }, 'BAD_USER_INPUT', 'priceConfirmations[0]', /not a price-change preview/],
      // The count it showed edited in the token's body: the seal no longer matches it.
      ['an edited one', { confirmations: [await tampered(await preview(live, 149_900, { subscribers: 40 }), (facts) => (facts[4] = 0))] }, 'BAD_USER_INPUT', 'priceConfirmations[0]', /not a price-change preview/],
      ['one sealed with another secret', { confirmations: [await preview(live, 149_900, { internalSecret: 'another-platform-secret-0123456789abcdef' })] }, 'BAD_USER_INPUT', 'priceConfirmations[0]', /not a price-change preview/],
      ['one of another price', { confirmations: [await preview(live, 129_900)] }, 'BAD_USER_INPUT', 'priceConfirmations[0]', /confirmed PRO at 129900 paise, but the tiers set 149900/],
      ['one of another tier', { confirmations: [await preview(live, 149_900, { tier: 'enterprise' })] }, 'BAD_USER_INPUT', 'priceConfirmations', /PRO needs its preview/],
      ['one previewed by another partner', { confirmations: [await preview(live, 149_900, { by: other })] }, 'BAD_USER_INPUT', 'priceConfirmations[0]', /another solution or by another user/],
      ['two of one tier', { confirmations: [await preview(live, 149_900), await preview(live, 149_900)] }, 'BAD_USER_INPUT', 'priceConfirmations[1]', /Two previews of PRO/],
    ];
    for (const [what, variables, code, at, message] of refusals) {
      const res = await h.run(SET_TIERS, { id: live, tiers, ...variables }, partner.caller);
      expect([what, codes(res), field(res)], what).toEqual([what, [code], at]);
      expect(res.errors![0]!.message, what).toMatch(message);
    }
    // Another partner's solution: the confirmation of its own preview still proves nothing about this one.
    const others = await h.published(other, 'price-confirm-other');
    const foreign = await h.run(SET_TIERS, { id: live, tiers, confirmations: [await preview(others, 149_900, { by: other })] }, partner.caller);
    expect([codes(foreign), field(foreign)]).toEqual([['BAD_USER_INPUT'], 'priceConfirmations[0]']);
    // …and its partner cannot save this one's tiers with this one's preview.
    const theirs = await h.run(SET_TIERS, { id: live, tiers, confirmations: [await preview(live, 149_900)] }, other.caller);
    expect(codes(theirs)).toEqual(['FORBIDDEN']);
    expect(await proPrice(live)).toBe(99_900);
    expect(await pendingOf(live)).toEqual([]);
  });

  it('is refused as stale (CONFLICT) once the price changed after the preview, or the preview expired', async () => {
    const live = await h.published(partner, 'price-stale');
    const early = await preview(live, 149_900);
    const meanwhile = await h.run(SET_TIERS, { id: live, tiers: tiersInput({ 2: { monthlyPricePaise: 119_900 } }), confirmations: [await preview(live, 119_900)] }, partner.caller);
    expect(meanwhile.errors).toBeUndefined();
    const stale = await h.run(SET_TIERS, { id: live, tiers: tiersInput({ 2: { monthlyPricePaise: 149_900 } }), confirmations: [early] }, partner.caller);
    expect([codes(stale), field(stale)]).toEqual([['CONFLICT'], 'priceConfirmations[0]']);
    expect(stale.errors![0]!.message).toMatch(/price changed after the preview \(now 119900 paise\)/);

    const fresh = await preview(live, 149_900);
    h.clock.advance(30 * 60 * SECOND);
    const expired = await h.run(SET_TIERS, { id: live, tiers: tiersInput({ 2: { monthlyPricePaise: 149_900 } }), confirmations: [fresh] }, partner.caller);
    expect([codes(expired), field(expired)]).toEqual([['CONFLICT'], 'priceConfirmations[0]']);
    expect(await proPrice(live)).toBe(119_900);
    expect((await pendingOf(live)).map((c) => c.newPricePaise)).toEqual([119_900]);

    // Previewed again: saved.
    const again = await h.run(SET_TIERS, { id: live, tiers: tiersInput({ 2: { monthlyPricePaise: 149_900 } }), confirmations: [await preview(live, 149_900)] }, partner.caller);
    expect(again.errors).toBeUndefined();
    expect(await proPrice(live)).toBe(149_900);
  });
});

/** A confirmation with its body's facts changed by `edit` and its seal kept (what a client could try). */
async function tampered(token: string, edit: (facts: unknown[]) => void): Promise<string> {
  const [prefix, body, mac] = token.split('.');
  const facts = JSON.parse(Buffer.from(body!, 'base64url').toString('utf8')) as unknown[];
  edit(facts);
  return `${prefix}.${Buffer.from(JSON.stringify(facts)).toString('base64url')}.${mac}`;
}

describe('tier history', () => {
  it('records every change with actor, before, after and time, newest first, for the partner and admins only', async () => {
    const id = await h.draft(partner, 'history-tiers');
    const created = h.identity.clock.now().toISOString();
    h.identity.clock.advance(SECOND);
    await h.run(SET_TIERS, { id, tiers: tiersInput() }, partner.caller);
    const firstChange = h.identity.clock.now().toISOString();
    h.identity.clock.advance(SECOND);
    await h.run(SET_TIERS, { id, tiers: tiersInput({ 0: { callAllowance: 20 } }) }, partner.caller);
    // The same tiers again change nothing and record nothing.
    await h.run(SET_TIERS, { id, tiers: tiersInput({ 0: { callAllowance: 20 } }) }, partner.caller);

    const history = await h.run(TIER_HISTORY, { id }, partner.caller);
    const nodes = history.data!.solutionById.tierHistory.nodes;
    expect(nodes.map((n: { at: string }) => n.at)).toEqual([h.identity.clock.now().toISOString(), firstChange, created]);
    expect(nodes.every((n: { actorId: string; action: string }) => n.actorId === partner.userId && n.action === 'solution.tiers.set')).toBe(true);
    expect(nodes[0].before.tiers[0]).toMatchObject({ tier: 'ANONYMOUS', callAllowance: 10 });
    expect(nodes[0].after.tiers[0]).toMatchObject({ tier: 'ANONYMOUS', callAllowance: 20 });
    expect(nodes[1].after.tiers[2]).toMatchObject({
      tier: 'PRO',
      limitMode: 'SOFT',
      overagePricePaise: 10,
      features: [{ key: 'maxWords', type: 'NUMBER', value: 5000 }, { key: 'priority', type: 'BOOLEAN', value: true }],
    });
    expect(nodes[2]).toMatchObject({ before: null, reason: 'Platform defaults' });
    expect(nodes[2].after.tiers.map((t: { callAllowance: number }) => t.callAllowance)).toEqual([10, 100, 10_000, 1_000_000]);

    const asAdmin = await h.run(TIER_HISTORY, { id, first: 1 }, h.admin.caller);
    expect(asAdmin.data!.solutionById.tierHistory.nodes).toHaveLength(1);
    expect(asAdmin.data!.solutionById.tierHistory.pageInfo.hasNextPage).toBe(true);
    const page2 = await h.run(TIER_HISTORY, { id, first: 5, after: asAdmin.data!.solutionById.tierHistory.pageInfo.endCursor }, h.admin.caller);
    expect(page2.data!.solutionById.tierHistory.nodes.map((n: { id: string }) => n.id)).toEqual(nodes.slice(1).map((n: { id: string }) => n.id));
  });

  it('is hidden from other partners, customers and anonymous callers, even on a published solution', async () => {
    const id = await h.published(partner, 'history-hidden');
    const customer = await h.customer('history.customer@example.com');
    for (const caller of [other.caller, customer.caller, undefined]) {
      const res = await h.run(TIER_HISTORY, { id }, caller);
      expect(res.errors).toBeUndefined();
      expect(res.data!.solutionById.tierHistory).toBeNull();
    }
  });
});

describe('platform tier settings', () => {
  it('are public to read, start at the built-in defaults, and are changed by admins with an audited history', async () => {
    const initial = await h.run(SETTINGS);
    expect(initial.data!.platformTierSettings).toMatchObject({ currency: 'INR', updatedAt: null });
    expect(initial.data!.platformTierSettings.tiers[0]).toMatchObject({ tier: 'ANONYMOUS', defaultCallAllowance: 10, defaultTrialDays: 15 });
    expect(initial.data!.platformTierSettings.tiers[1]).toMatchObject({ tier: 'REGISTERED', defaultCallAllowance: 100, defaultTrialDays: 30 });

    const tiers = apiBounds();
    tiers[0]!.defaultCallAllowance = 25;
    h.identity.clock.advance(SECOND);
    const updated = await h.run(UPDATE_SETTINGS, { input: { tiers } }, h.admin.caller);
    expect(updated.errors).toBeUndefined();
    expect(updated.data!.updatePlatformTierSettings.settings).toMatchObject({ updatedBy: h.admin.userId, updatedAt: h.identity.clock.now().toISOString() });
    // New solutions start from the new defaults.
    const id = await h.draft(partner, 'new-defaults');
    expect((await h.run(BY_ID, { id }, partner.caller)).data!.solutionById.tiers[0].callAllowance).toBe(25);

    const history = await h.run(SETTINGS_HISTORY, {}, h.admin.caller);
    expect(history.data!.platformTierSettingsHistory.nodes[0]).toMatchObject({
      actorId: h.admin.userId,
      action: 'platform.tierSettings.update',
      at: h.identity.clock.now().toISOString(),
    });
    expect(history.data!.platformTierSettingsHistory.nodes[0].before.tiers[0]).toMatchObject({ tier: 'ANONYMOUS', defaultCallAllowance: 10 });
    expect(history.data!.platformTierSettingsHistory.nodes[0].after.tiers[0]).toMatchObject({ tier: 'ANONYMOUS', defaultCallAllowance: 25 });
    await h.run(UPDATE_SETTINGS, { input: { tiers: apiBounds() } }, h.admin.caller);
  });

  it('refuses invalid settings naming the tier and field, changing nothing', async () => {
    const before = (await h.run(SETTINGS)).data!.platformTierSettings;
    const tiers = apiBounds();
    tiers[2]!.defaultTrialDays = 14;
    const res = await h.run(UPDATE_SETTINGS, { input: { tiers } }, h.admin.caller);
    expect(res.errors).toBeUndefined();
    expect(res.data!.updatePlatformTierSettings).toEqual({
      settings: null,
      problems: [{ field: 'input.tiers[2].defaultTrialDays', message: expect.stringMatching(/PRO tier/) }],
    });
    expect((await h.run(SETTINGS)).data!.platformTierSettings).toEqual(before);
  });

  it('are changed by admins only, and their history is for admins only', async () => {
    const customer = await h.customer('settings.customer@example.com');
    for (const [caller, code] of [[undefined, 'UNAUTHENTICATED'], [customer.caller, 'FORBIDDEN'], [partner.caller, 'FORBIDDEN']] as const) {
      expect(codes(await h.run(UPDATE_SETTINGS, { input: { tiers: apiBounds() } }, caller))).toEqual([code]);
      expect(codes(await h.run(SETTINGS_HISTORY, {}, caller))).toEqual([code]);
    }
  });
});
