import type { Session } from '@marketplace/identity/testing';
import { type Caller, SECOND } from '@marketplace/shared';
import { graphql } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCatalogContext } from '../context.ts';
import { createSolutionReferenceCache } from '../data/catalog.loaders.ts';
import { DEFAULT_PLATFORM_TIER_SETTINGS } from '../services/tier-rules.ts';
import {
  APPROVE_SOLUTION,
  BY_ID,
  type CatalogHarness,
  codes,
  CREATE_SOLUTION,
  field,
  REINSTATE,
  REJECT_SOLUTION,
  REPUBLISH,
  SET_TIERS,
  solutionInput,
  SUBMIT,
  SUSPEND,
  startCatalogHarness,
  tiersInput,
  UNPUBLISH,
  UPDATE_SOLUTION,
} from '../testing/catalog-harness.ts';

let h: CatalogHarness;
let partner: Session;
beforeAll(async () => {
  h = await startCatalogHarness('sols');
  partner = await h.partner('solutions.partner@example.com', 'Summit Labs');
});
afterAll(() => h?.close());

const CATALOG = `query($search: String, $category: String, $tag: String, $first: Int, $after: String) {
  solutions(search: $search, category: $category, tag: $tag, first: $first, after: $after) {
    nodes { id slug status } pageInfo { endCursor hasNextPage }
  }
}`;
const BY_SLUG = `query($slug: String!) { solution(slug: $slug) { id slug status reviewReason } }`;

describe('creating a solution', () => {
  it("starts as a DRAFT with the platform's default tiers, owned by the partner", async () => {
    const res = await h.run(CREATE_SOLUTION, { input: solutionInput('text-summarizer', { tags: ['NLP', ' summarization ', 'nlp'] }) }, partner.caller);
    expect(res.errors).toBeUndefined();
    const solution = res.data!.createSolution;
    expect(solution).toMatchObject({
      id: expect.stringMatching(/^sol_/),
      slug: 'text-summarizer',
      status: 'DRAFT',
      partnerId: partner.userId,
      publisherName: 'Summit Labs',
      tags: ['nlp', 'summarization'],
      category: 'AI & Machine Learning',
      healthCheckUrl: null,
      publishedAt: null,
      endpoints: [],
    });
    expect(solution.tiers.map((t: { tier: string; callAllowance: number; trialDays: number | null; billingPeriod: string | null }) => [t.tier, t.callAllowance, t.trialDays, t.billingPeriod])).toEqual([
      ['ANONYMOUS', 10, 15, null],
      ['REGISTERED', 100, 30, null],
      ['PRO', 10_000, null, 'MONTHLY'],
      ['ENTERPRISE', 1_000_000, null, 'MONTHLY'],
    ]);
    expect(solution.tiers[2]).toMatchObject({ monthlyPricePaise: 99_900, currency: 'INR', limitMode: 'HARD' });
  });

  it('refuses a duplicate slug with CONFLICT, writing nothing', async () => {
    const before = (await h.scan()).length;
    const res = await h.run(CREATE_SOLUTION, { input: solutionInput('text-summarizer') }, partner.caller);
    expect(codes(res)).toEqual(['CONFLICT']);
    expect(field(res)).toBe('input.slug');
    expect((await h.scan()).length).toBe(before);
  });

  it.each([
    ['input.slug', { slug: 'Has Spaces' }],
    ['input.slug', { slug: 'UpperCase' }],
    ['input.slug', { slug: 'ab' }],
    ['input.slug', { slug: 'trailing-' }],
    ['input.baseUrl', { baseUrl: 'not a url' }],
    ['input.baseUrl', { baseUrl: 'https://user:pass@api.example' }],
    ['input.documentationUrl', { documentationUrl: 'javascript:alert(1)' }],
    ['input.name', { name: '   ' }],
    ['input.summary', { summary: 'x'.repeat(201) }],
    ['input.name', { name: 'Bell\u0007 and NUL\u0000' }],
    ['input.summary', { summary: 'An escape \u001b[31m in red' }],
    ['input.description', { description: 'Markdown with a NUL \u0000 in it.' }],
    ['input.category', { category: 'Gardening' }],
    ['input.tags[0]', { tags: ['no spaces allowed'] }],
    ['input.tags', { tags: Array.from({ length: 11 }, (_, i) => `t${i}`) }],
  ])('refuses bad input (%s) with BAD_USER_INPUT, writing nothing', async (name, patch) => {
    const before = (await h.scan()).length;
    const res = await h.run(CREATE_SOLUTION, { input: solutionInput('fresh-slug', patch) }, partner.caller);
    expect(codes(res)).toEqual(['BAD_USER_INPUT']);
    expect(field(res)).toBe(name);
    expect((await h.scan()).length).toBe(before);
  });

  it('names every field at fault in one refusal, so the form marks them all at once', async () => {
    const before = (await h.scan()).length;
    const res = await h.run(CREATE_SOLUTION, { input: solutionInput('Bad Slug', { name: ' ', baseUrl: 'ftp://x', category: 'Gardening' }) }, partner.caller);
    expect(codes(res)).toEqual(['BAD_USER_INPUT']);
    expect(field(res)).toBe('input.name');
    expect((res.errors![0]!.extensions!.problems as { field: string }[]).map((p) => p.field)).toEqual(['input.name', 'input.slug', 'input.category', 'input.baseUrl']);
    expect((await h.scan()).length).toBe(before);
  });

  it('names every bad tag, each by its place and text', async () => {
    const res = await h.run(CREATE_SOLUTION, { input: solutionInput('tagged-slug', { tags: ['nlp', 'Bad_Tag!', 'x'.repeat(31)] }) }, partner.caller);
    expect(codes(res)).toEqual(['BAD_USER_INPUT']);
    const problems = res.errors![0]!.extensions!.problems as { field: string; message: string }[];
    expect(problems.map((p) => p.field)).toEqual(['input.tags[1]', 'input.tags[2]']);
    expect(problems[0]!.message).toMatch(/^"bad_tag!" is not a tag: a tag has 1 to 30 /);
    expect(problems[1]!.message).toMatch(new RegExp(`^"${'x'.repeat(30)}…" is not a tag`));
  });

  it('is for partners only', async () => {
    const customer = await h.customer('wannabe@example.com');
    expect(codes(await h.run(CREATE_SOLUTION, { input: solutionInput('nope-one') }))).toEqual(['UNAUTHENTICATED']);
    expect(codes(await h.run(CREATE_SOLUTION, { input: solutionInput('nope-one') }, customer.caller))).toEqual(['FORBIDDEN']);
  });
});

describe('finding a solution by slug', () => {
  it('answers null for a slug no solution can have, however long, as for any unknown slug', async () => {
    for (const slug of ['no-such-solution', 'a'.repeat(10_000), ' ']) {
      const found = await h.run(BY_SLUG, { slug });
      expect(found.errors).toBeUndefined();
      expect(found.data!.solution).toBeNull();
    }
  });
});

describe('the state machine', () => {
  type Step = [mutation: string, by: 'partner' | 'admin', expected: string | null];
  const run = (id: string, [mutation, by]: Step) =>
    h.run(mutation, { id, reason: 'Needs a clearer description.' }, by === 'partner' ? partner.caller : h.admin.caller);

  it('goes DRAFT → IN_REVIEW → REJECTED → DRAFT (edit) → IN_REVIEW → PUBLISHED → UNPUBLISHED → PUBLISHED → SUSPENDED → PUBLISHED', async () => {
    const id = await h.draft(partner, 'state-walker');
    await h.ready(partner, id);
    const expectStatus = async (status: string) => expect((await h.run(BY_ID, { id }, partner.caller)).data!.solutionById.status).toBe(status);

    expect((await run(id, [SUBMIT, 'partner', null])).data!.submitSolution.status).toBe('IN_REVIEW');
    const rejected = await run(id, [REJECT_SOLUTION, 'admin', null]);
    expect(rejected.data!.rejectSolution).toEqual({ id, status: 'REJECTED', reviewReason: 'Needs a clearer description.' });
    const rejectionMail = await h.identity.smtp.waitFor('solutions.partner@example.com', /was not approved/);
    expect(rejectionMail.text).toContain('Needs a clearer description.');

    // A rejected solution must be edited before it is submitted again.
    expect(codes(await run(id, [SUBMIT, 'partner', null]))).toEqual(['CONFLICT']);
    const edited = await h.run(UPDATE_SOLUTION, { id, input: { description: 'A much clearer description.' } }, partner.caller);
    expect(edited.data!.updateSolution).toMatchObject({ status: 'DRAFT', reviewReason: null, description: 'A much clearer description.' });

    await run(id, [SUBMIT, 'partner', null]);
    h.identity.clock.advance(SECOND);
    const approved = await run(id, [APPROVE_SOLUTION, 'admin', null]);
    expect(approved.data!.approveSolution).toEqual({ id, status: 'PUBLISHED', publishedAt: h.identity.clock.now().toISOString(), reviewReason: null });
    const liveMail = await h.identity.smtp.waitFor('solutions.partner@example.com', /is live/);
    expect(liveMail.text).toContain('http://localhost:4000/solutions/state-walker');

    expect((await run(id, [UNPUBLISH, 'partner', null])).data!.unpublishSolution.status).toBe('UNPUBLISHED');
    expect((await h.run(BY_SLUG, { slug: 'state-walker' })).data!.solution).toBeNull();
    expect((await run(id, [REPUBLISH, 'partner', null])).data!.republishSolution.status).toBe('PUBLISHED');
    expect((await run(id, [SUSPEND, 'admin', null])).data!.suspendSolution).toMatchObject({ status: 'SUSPENDED', reviewReason: 'Needs a clearer description.' });
    await h.identity.smtp.waitFor('solutions.partner@example.com', /has been suspended/);
    // Suspended: no edits until reinstated.
    const frozen = await h.run(UPDATE_SOLUTION, { id, input: { name: 'Sneaky rename' } }, partner.caller);
    expect(codes(frozen)).toEqual(['CONFLICT']);
    expect(frozen.errors![0]!.message).toMatch(/suspended/);
    expect((await run(id, [REINSTATE, 'admin', null])).data!.reinstateSolution).toEqual({ id, status: 'PUBLISHED', reviewReason: null });
    await h.identity.smtp.waitFor('solutions.partner@example.com', /reinstated/);
    await expectStatus('PUBLISHED');
  });

  // Every move from every state: which are allowed is the table in SolutionService.TRANSITIONS.
  const moves: Step[] = [
    [SUBMIT, 'partner', null],
    [APPROVE_SOLUTION, 'admin', null],
    [REJECT_SOLUTION, 'admin', null],
    [UNPUBLISH, 'partner', null],
    [REPUBLISH, 'partner', null],
    [SUSPEND, 'admin', null],
    [REINSTATE, 'admin', null],
  ];
  const allowed: Record<string, string[]> = {
    DRAFT: ['submitSolution'],
    IN_REVIEW: ['approveSolution', 'rejectSolution'],
    PUBLISHED: ['unpublishSolution', 'suspendSolution'],
    REJECTED: [],
    UNPUBLISHED: ['republishSolution', 'suspendSolution'],
    SUSPENDED: ['reinstateSolution'],
  };
  const reach: Record<string, Step[]> = {
    DRAFT: [],
    IN_REVIEW: [[SUBMIT, 'partner', null]],
    PUBLISHED: [[SUBMIT, 'partner', null], [APPROVE_SOLUTION, 'admin', null]],
    REJECTED: [[SUBMIT, 'partner', null], [REJECT_SOLUTION, 'admin', null]],
    UNPUBLISHED: [[SUBMIT, 'partner', null], [APPROVE_SOLUTION, 'admin', null], [UNPUBLISH, 'partner', null]],
    SUSPENDED: [[SUBMIT, 'partner', null], [APPROVE_SOLUTION, 'admin', null], [SUSPEND, 'admin', null]],
  };
  let counter = 0;

  it.each(Object.keys(allowed))('from %s allows exactly the moves of the table and refuses the rest with CONFLICT on id', async (state) => {
    for (const move of moves) {
      const id = await h.draft(partner, `machine-${++counter}`);
      await h.ready(partner, id);
      for (const step of reach[state]!) expect((await run(id, step)).errors).toBeUndefined();
      const name = /\{ (\w+)\(/.exec(move[0])![1]!;
      const res = await run(id, move);
      if (allowed[state]!.includes(name)) {
        expect(res.errors, `${state} → ${name}`).toBeUndefined();
      } else {
        expect(codes(res), `${state} → ${name}`).toEqual(['CONFLICT']);
        expect(field(res)).toBe('id');
        expect(res.errors![0]!.message).toContain(`this one is ${state}`);
        expect((await h.run(BY_ID, { id }, partner.caller)).data!.solutionById.status).toBe(state);
      }
    }
  });

  it('refuses approving a draft, naming the rule', async () => {
    const id = await h.draft(partner, 'eager-draft');
    const res = await h.run(APPROVE_SOLUTION, { id }, h.admin.caller);
    expect(res.errors![0]).toMatchObject({
      message: 'Only a solution in IN_REVIEW can be approved; this one is DRAFT.',
      extensions: { code: 'CONFLICT', field: 'id' },
    });
  });

  it('tells the analytics log of each approval once it is written, and of nothing else', async () => {
    const id = await h.draft(partner, 'logged-approval');
    const logged = () => h.appended.filter((e) => e.solutionId === id);
    expect(codes(await h.run(APPROVE_SOLUTION, { id }, h.admin.caller))).toEqual(['CONFLICT']);
    await h.ready(partner, id);
    await h.run(SUBMIT, { id }, partner.caller);
    await h.run(REJECT_SOLUTION, { id, reason: 'Needs a clearer description.' }, h.admin.caller);
    expect(logged()).toEqual([]);
    await h.run(UPDATE_SOLUTION, { id, input: { description: 'A much clearer description.' } }, partner.caller);
    await h.run(SUBMIT, { id }, partner.caller);
    expect((await h.run(APPROVE_SOLUTION, { id }, h.admin.caller)).data!.approveSolution.status).toBe('PUBLISHED');
    const [approval, ...more] = logged();
    expect(more).toEqual([]);
    expect(approval).toEqual({ type: 'solution.approved', time: h.identity.clock.now(), dedupeKey: expect.stringMatching(new RegExp(`^${id}:\\d+$`)), solutionId: id, partnerId: partner.userId, ref: id });
    // Other moves are not approvals.
    await h.run(UNPUBLISH, { id }, partner.caller);
    expect(logged()).toHaveLength(1);
  });

  it('re-validates the tiers on approval against the platform bounds of the day, naming the problem', async () => {
    const id = await h.draft(partner, 'outgrown-bounds');
    await h.ready(partner, id);
    expect((await h.run(SET_TIERS, { id, tiers: tiersInput({ 0: { callAllowance: 500 }, 1: { callAllowance: 600 } }) }, partner.caller)).errors).toBeUndefined();
    await h.run(SUBMIT, { id }, partner.caller);
    // The admin lowers the anonymous maximum to 100 while the solution waits for review.
    const tiers = DEFAULT_PLATFORM_TIER_SETTINGS.tiers.map((b) => ({ ...b, tier: b.tier.toUpperCase(), maxCallAllowance: b.tier === 'anonymous' ? 100 : b.maxCallAllowance }));
    const update = await h.run(`mutation($input: PlatformTierSettingsInput!) { updatePlatformTierSettings(input: $input) { settings { tiers { tier maxCallAllowance } } problems { field } } }`, { input: { tiers } }, h.admin.caller);
    expect(update.errors).toBeUndefined();
    expect(update.data!.updatePlatformTierSettings.problems).toEqual([]);

    const refused = await h.run(APPROVE_SOLUTION, { id }, h.admin.caller);
    expect(codes(refused)).toEqual(['BAD_USER_INPUT']);
    expect(refused.errors![0]!.extensions).toMatchObject({ field: 'tiers[0].callAllowance', problems: [{ field: 'tiers[0].callAllowance' }] });
    expect(refused.errors![0]!.message).toMatch(/^The tier configuration does not fit the platform bounds: ANONYMOUS tier: the call allowance must be between 1 and 100/);
    expect((await h.run(BY_ID, { id }, partner.caller)).data!.solutionById.status).toBe('IN_REVIEW');

    // Restore the defaults for the other tests.
    const restore = DEFAULT_PLATFORM_TIER_SETTINGS.tiers.map((b) => ({ ...b, tier: b.tier.toUpperCase() }));
    await h.run(`mutation($input: PlatformTierSettingsInput!) { updatePlatformTierSettings(input: $input) { settings { updatedAt } } }`, { input: { tiers: restore } }, h.admin.caller);
    expect((await h.run(APPROVE_SOLUTION, { id }, h.admin.caller)).data!.approveSolution.status).toBe('PUBLISHED');
  });
});

describe('editing', () => {
  it('keeps the slug once published, and moves the slug claim before that', async () => {
    const id = await h.draft(partner, 'early-name');
    const renamed = await h.run(UPDATE_SOLUTION, { id, input: { slug: 'better-name' } }, partner.caller);
    expect(renamed.data!.updateSolution.slug).toBe('better-name');
    // The old slug is free again, the new one is taken.
    expect((await h.run(CREATE_SOLUTION, { input: solutionInput('early-name') }, partner.caller)).errors).toBeUndefined();
    const clash = await h.run(UPDATE_SOLUTION, { id, input: { slug: 'early-name' } }, partner.caller);
    expect(codes(clash)).toEqual(['CONFLICT']);
    expect((await h.run(BY_ID, { id }, partner.caller)).data!.solutionById.slug).toBe('better-name');

    await h.ready(partner, id);
    await h.run(SUBMIT, { id }, partner.caller);
    const inReview = await h.run(UPDATE_SOLUTION, { id, input: { name: 'Mid-review change' } }, partner.caller);
    expect(codes(inReview)).toEqual(['CONFLICT']);
    expect(inReview.errors![0]!.message).toMatch(/in review/);
    await h.run(APPROVE_SOLUTION, { id }, h.admin.caller);
    const fixed = await h.run(UPDATE_SOLUTION, { id, input: { slug: 'another-name' } }, partner.caller);
    expect(codes(fixed)).toEqual(['BAD_USER_INPUT']);
    expect(field(fixed)).toBe('input.slug');
    // Other edits of a live solution are live at once.
    const live = await h.run(UPDATE_SOLUTION, { id, input: { summary: 'Now even faster.', documentationUrl: null } }, partner.caller);
    expect(live.data!.updateSolution).toMatchObject({ status: 'PUBLISHED', summary: 'Now even faster.', documentationUrl: null });
    expect(codes(await h.run(UPDATE_SOLUTION, { id, input: { name: null } }, partner.caller))).toEqual(['BAD_USER_INPUT']);
    // Every field at fault in one refusal, each named in words; nothing changes.
    const stored = JSON.stringify(await h.scan());
    const faults = await h.run(UPDATE_SOLUTION, { id, input: { name: null, baseUrl: 'ftp://x', summary: 'Fine.' } }, partner.caller);
    expect(codes(faults)).toEqual(['BAD_USER_INPUT']);
    expect(faults.errors![0]!.extensions!.problems).toEqual([
      { field: 'input.name', message: 'The name cannot be removed.' },
      { field: 'input.baseUrl', message: 'Enter an absolute http:// or https:// URL.' },
    ]);
    expect(JSON.stringify(await h.scan())).toBe(stored);
  });
});

describe('the public catalog', () => {
  let catalogPartner: Session;
  const ids: Record<string, string> = {};
  beforeAll(async () => {
    catalogPartner = await h.partner('catalog.partner@example.com', 'Catalog Co');
    const specs: [string, Record<string, unknown>][] = [
      ['geo-coder', { name: 'Geo Coder', category: 'Location & Maps', tags: ['maps', 'geocoding'], summary: 'Addresses to coordinates.' }],
      ['route-planner', { name: 'Route Planner', category: 'Location & Maps', tags: ['maps', 'routing'], summary: 'Fastest routes across India.' }],
      ['fraud-score', { name: 'Fraud Score', category: 'Finance & Payments', tags: ['risk'], summary: 'Scores UPI transactions for fraud.' }],
    ];
    for (const [slug, overrides] of specs) {
      h.identity.clock.advance(SECOND);
      ids[slug] = await h.published(catalogPartner, slug, overrides);
    }
    h.identity.clock.advance(SECOND);
    await h.draft(catalogPartner, 'secret-draft', { name: 'Geo Draft', category: 'Location & Maps', tags: ['maps'] });
  });
  const slugs = (res: { data?: any }) => res.data!.solutions.nodes.map((n: { slug: string }) => n.slug);

  it('lists published solutions only, most recently published first, to anonymous callers', async () => {
    const all = await h.run(CATALOG, { first: 100 });
    expect(all.errors).toBeUndefined();
    expect(slugs(all).slice(0, 3)).toEqual(['fraud-score', 'route-planner', 'geo-coder']);
    expect(slugs(all)).not.toContain('secret-draft');
    expect(all.data!.solutions.nodes.every((n: { status: string }) => n.status === 'PUBLISHED')).toBe(true);
  });

  it('searches words in name, summary and tags, case-insensitively, and filters by category and tag', async () => {
    expect(slugs(await h.run(CATALOG, { search: 'GEO' }))).toEqual(['geo-coder']);
    expect(slugs(await h.run(CATALOG, { search: 'upi fraud' }))).toEqual(['fraud-score']);
    expect(slugs(await h.run(CATALOG, { search: 'routes india' }))).toEqual(['route-planner']);
    expect(slugs(await h.run(CATALOG, { category: 'location & maps' }))).toEqual(['route-planner', 'geo-coder']);
    expect(slugs(await h.run(CATALOG, { tag: 'Routing' }))).toEqual(['route-planner']);
    expect(slugs(await h.run(CATALOG, { category: 'Location & Maps', tag: 'risk' }))).toEqual([]);
    expect(field(await h.run(CATALOG, { category: 'Knitting' }))).toBe('category');
  });

  it('pages with cursors', async () => {
    const first = await h.run(CATALOG, { category: 'Location & Maps', first: 1 });
    expect(slugs(first)).toEqual(['route-planner']);
    expect(first.data!.solutions.pageInfo.hasNextPage).toBe(true);
    const second = await h.run(CATALOG, { category: 'Location & Maps', first: 1, after: first.data!.solutions.pageInfo.endCursor });
    expect(slugs(second)).toEqual(['geo-coder']);
    expect(second.data!.solutions.pageInfo.hasNextPage).toBe(false);
    expect(field(await h.run(CATALOG, { first: 0 }))).toBe('first');
    expect(field(await h.run(CATALOG, { after: 'nonsense' }))).toBe('after');
  });

  it('opens a solution by slug with its tiers for anyone, and a draft only for its partner and admins', async () => {
    const pub = await h.run(`{ solution(slug: "geo-coder") { name publisherName tiers { tier } secrets { id } tierHistory { nodes { id } } healthCheckUrl } }`);
    expect(pub.data!.solution).toEqual({
      name: 'Geo Coder',
      publisherName: 'Catalog Co',
      tiers: [{ tier: 'ANONYMOUS' }, { tier: 'REGISTERED' }, { tier: 'PRO' }, { tier: 'ENTERPRISE' }],
      secrets: null,
      tierHistory: null,
      healthCheckUrl: null,
    });
    expect((await h.run(BY_SLUG, { slug: 'secret-draft' })).data!.solution).toBeNull();
    expect((await h.run(BY_SLUG, { slug: 'secret-draft' }, partner.caller)).data!.solution).toBeNull();
    expect((await h.run(BY_SLUG, { slug: 'secret-draft' }, catalogPartner.caller)).data!.solution.status).toBe('DRAFT');
    expect((await h.run(BY_SLUG, { slug: 'secret-draft' }, h.admin.caller)).data!.solution.status).toBe('DRAFT');
    expect((await h.run(BY_SLUG, { slug: 'no-such-thing' })).data!.solution).toBeNull();
  });

  it("lists a partner's solutions on User.solutions: all for them, published ones for others", async () => {
    const q = `query($r: [_Any!]!) { _entities(representations: $r) { ... on User { solutions { slug } } } }`;
    const r = [{ __typename: 'User', id: catalogPartner.userId }];
    const own = (await h.run(q, { r }, catalogPartner.caller)).data!._entities[0].solutions.map((s: { slug: string }) => s.slug);
    expect(own).toEqual(['secret-draft', 'fraud-score', 'route-planner', 'geo-coder']);
    const others = (await h.run(q, { r })).data!._entities[0].solutions.map((s: { slug: string }) => s.slug);
    expect(others).toEqual(['fraud-score', 'route-planner', 'geo-coder']);
    const mine = await h.run(`{ mySolutions { slug } }`, {}, catalogPartner.caller);
    expect(mine.data!.mySolutions.map((s: { slug: string }) => s.slug)).toEqual(own);
  });

  it('gives admins the review queue (oldest first) and lists by status', async () => {
    const a = await h.draft(catalogPartner, 'queue-first');
    const b = await h.draft(catalogPartner, 'queue-second');
    await h.ready(catalogPartner, a);
    await h.ready(catalogPartner, b);
    await h.run(SUBMIT, { id: a }, catalogPartner.caller);
    h.identity.clock.advance(SECOND);
    await h.run(SUBMIT, { id: b }, catalogPartner.caller);
    const queue = await h.run(`{ reviewQueue(first: 100) { nodes { id } } }`, {}, h.admin.caller);
    const queued = queue.data!.reviewQueue.nodes.map((n: { id: string }) => n.id);
    expect(queued.indexOf(a)).toBeLessThan(queued.indexOf(b));
    const drafts = await h.run(`{ adminSolutions(status: DRAFT, first: 100) { nodes { status } } }`, {}, h.admin.caller);
    expect(drafts.data!.adminSolutions.nodes.every((n: { status: string }) => n.status === 'DRAFT')).toBe(true);
    const every: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 100; i++) {
      const page: { data?: any } = await h.run(`query($after: String) { adminSolutions(first: 3, after: $after) { nodes { id } pageInfo { endCursor hasNextPage } } }`, { after }, h.admin.caller);
      every.push(...page.data.adminSolutions.nodes.map((n: { id: string }) => n.id));
      if (!page.data.adminSolutions.pageInfo.hasNextPage) break;
      after = page.data.adminSolutions.pageInfo.endCursor;
    }
    const stored = (await h.scan()).filter((i) => i.type === 'Solution').map((i) => i.id);
    expect(new Set(every).size).toBe(every.length);
    expect([...every].sort()).toEqual([...stored].sort());
  });

  it('lists the categories', async () => {
    const res = await h.run(`{ categories }`);
    expect(res.data!.categories).toContain('Location & Maps');
  });
});

describe('solutions other subgraphs reference (the per-process reference cache)', () => {
  const REFERENCE = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Solution { id name status publisherName reviewReason } } }`;

  it('serves a reference from memory for its TTL, then shows a suspension; each caller sees only what they may', async () => {
    const id = await h.published(partner, 'cached-reference');
    const customer = await h.customer('reference.reader@example.com');
    const deps = { ...h.deps, solutionReferences: createSolutionReferenceCache({ clock: h.clock, ttlMs: 1000 }) };
    const resolve = async (caller: Caller) => {
      const result = await graphql({
        schema: h.schema,
        source: REFERENCE,
        variableValues: { r: [{ __typename: 'Solution', id }, { __typename: 'Solution', id: 'sol_00000000000000000000000000' }] },
        contextValue: createCatalogContext(deps, { caller, requestId: 'ref' }),
      });
      expect(result.errors).toBeUndefined();
      return (result.data as { _entities: Record<string, unknown>[] })._entities;
    };
    expect(await resolve(customer.caller)).toEqual([{ id, name: expect.any(String), status: 'PUBLISHED', publisherName: 'Summit Labs', reviewReason: null }, null]);

    await h.run(SUSPEND, { id, reason: 'Abuse reports under review.' }, h.admin.caller);
    h.clock.advance(999);
    // Within the TTL the cached record answers; the private field is still decided per caller.
    expect((await resolve(customer.caller))[0]).toMatchObject({ status: 'PUBLISHED', reviewReason: null });
    expect((await resolve(partner.caller))[0]).toMatchObject({ status: 'PUBLISHED', reviewReason: null });
    h.clock.advance(1);
    expect((await resolve(customer.caller))[0]).toMatchObject({ status: 'SUSPENDED', reviewReason: null });
    expect((await resolve(partner.caller))[0]).toMatchObject({ status: 'SUSPENDED', reviewReason: 'Abuse reports under review.' });
    expect((await resolve(h.admin.caller))[0]).toMatchObject({ reviewReason: 'Abuse reports under review.' });
  });
});
