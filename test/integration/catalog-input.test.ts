import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codes, startTestPlatform, type TestPlatform } from '../support/platform.ts';

/**
 * Every bad input the catalog issue lists, as a client sends it through the gateway: a clear BAD_USER_INPUT
 * (or CONFLICT) naming the field, and nothing half-written — each refusal is followed by reading back.
 */
let platform: TestPlatform;
let adminToken: string;
let partnerToken: string;
let solutionId: string;
beforeAll(async () => {
  platform = await startTestPlatform();
  adminToken = (await platform.login(platform.admin.email, platform.admin.password)).accessToken;
  const user = await platform.signUp('input.partner@example.com', 'partner-password-1');
  const applied = await platform.graphql(
    `mutation { applyForPartnership(input: { companyName: "Input Co", website: "https://input.example", contactName: "I", contactEmail: "input.partner@example.com", description: "D" }) { id } }`,
    {},
    user.accessToken,
  );
  await platform.graphql(`mutation($id: ID!) { approvePartnerApplication(id: $id) { id } }`, { id: applied.data!.applyForPartnership.id }, adminToken);
  partnerToken = (await platform.login('input.partner@example.com', 'partner-password-1')).accessToken;
  const created = await platform.graphql(`mutation($input: CreateSolutionInput!) { createSolution(input: $input) { id } }`, { input: solution('taken-slug') }, partnerToken);
  solutionId = created.data!.createSolution.id;
});
afterAll(() => platform?.close());

function solution(slug: string, patch: Record<string, unknown> = {}) {
  return { name: 'Input Checker', slug, summary: 'Checks input.', description: 'Markdown *here*.', category: 'Developer Tools', baseUrl: 'https://api.input.example', ...patch };
}

const TIERS = () => [
  { tier: 'ANONYMOUS', callAllowance: 10, trialDays: 15 },
  { tier: 'REGISTERED', callAllowance: 100, trialDays: 30 },
  { tier: 'PRO', callAllowance: 10_000, monthlyPricePaise: 99_900 },
  { tier: 'ENTERPRISE', callAllowance: 1_000_000, monthlyPricePaise: 999_900 },
] as Record<string, unknown>[];

const CREATE = `mutation($input: CreateSolutionInput!) { createSolution(input: $input) { id } }`;
const SET_TIERS = `mutation($id: ID!, $tiers: [TierConfigInput!]!) { setSolutionTiers(solutionId: $id, tiers: $tiers) { solution { id } problems { field message } } }`;
const READ_BACK = `query($id: ID!) { solutionById(id: $id) { status tiers { tier callAllowance monthlyPricePaise } endpoints { path } } }`;
const MINE = `{ mySolutions { slug } }`;

async function readBack() {
  return (await platform.graphql(READ_BACK, { id: solutionId }, partnerToken)).data!.solutionById;
}
async function slugs() {
  return (await platform.graphql(MINE, {}, partnerToken)).data!.mySolutions.map((s: { slug: string }) => s.slug);
}

describe('bad solution input', () => {
  it.each([
    ['a duplicate slug', solution('taken-slug'), 'CONFLICT', 'input.slug', /already taken/],
    ['a slug with spaces', solution('has spaces'), 'BAD_USER_INPUT', 'input.slug', /no spaces or upper case/],
    ['a slug with upper case', solution('Upper-Case'), 'BAD_USER_INPUT', 'input.slug', /no spaces or upper case/],
    ['an invalid base URL', solution('bad-base-url', { baseUrl: 'api.input.example' }), 'BAD_USER_INPUT', 'input.baseUrl', /absolute http/],
    ['an invalid documentation URL', solution('bad-doc-url', { documentationUrl: 'mailto:docs@input.example' }), 'BAD_USER_INPUT', 'input.documentationUrl', /absolute http/],
  ])('refuses %s, naming the field, creating nothing', async (_what, input, code, field, message) => {
    const before = await slugs();
    const res = await platform.graphql(CREATE, { input }, partnerToken);
    expect(codes(res)).toEqual([code]);
    expect(res.errors![0]!.extensions!.field).toBe(field);
    expect(res.errors![0]!.message).toMatch(message);
    expect(await slugs()).toEqual(before);
  });
});

describe('bad tier configuration', () => {
  it.each([
    ['a negative allowance', (t: Record<string, unknown>[]) => Object.assign(t[1]!, { callAllowance: -100 }), 'tiers[1].callAllowance', /REGISTERED tier/],
    ['a decreasing allowance', (t: Record<string, unknown>[]) => Object.assign(t[1]!, { callAllowance: 5 }), 'tiers[1].callAllowance', /REGISTERED tier: the call allowance \(5\) is below the ANONYMOUS tier's \(10\)/],
    ['a price on a free tier', (t: Record<string, unknown>[]) => Object.assign(t[0]!, { monthlyPricePaise: 4_900 }), 'tiers[0].monthlyPricePaise', /ANONYMOUS tier: a free tier has no monthly price/],
    ['no price on a paid tier', (t: Record<string, unknown>[]) => delete t[2]!.monthlyPricePaise, 'tiers[2].monthlyPricePaise', /PRO tier: a paid tier needs a monthly price above zero/],
  ])('refuses %s as a whole, naming tier and field in typed problems, changing no tier', async (_what, breakIt, field, message) => {
    const before = await readBack();
    const tiers = TIERS();
    breakIt(tiers);
    const res = await platform.graphql(SET_TIERS, { id: solutionId, tiers }, partnerToken);
    expect(res.errors).toBeUndefined();
    expect(res.data!.setSolutionTiers.solution).toBeNull();
    expect(res.data!.setSolutionTiers.problems[0]).toEqual({ field, message: expect.stringMatching(message) });
    expect(await readBack()).toEqual(before);
  });

  it('refuses an unknown tier name, naming where it is', async () => {
    const before = await readBack();
    const tiers = TIERS();
    tiers[3]!.tier = 'PLATINUM';
    const res = await platform.graphql(SET_TIERS, { id: solutionId, tiers }, partnerToken);
    expect(codes(res)).toEqual(['BAD_USER_INPUT']);
    expect(res.errors![0]!.message).toMatch(/tiers\[3\]\.tier.*"PLATINUM" does not exist in "Tier" enum/);
    expect(await readBack()).toEqual(before);
  });
});

describe('bad moves and endpoints', () => {
  it('refuses a transition the state machine does not allow (approving a draft)', async () => {
    const res = await platform.graphql(`mutation($id: ID!) { approveSolution(id: $id) { id } }`, { id: solutionId }, adminToken);
    expect(codes(res)).toEqual(['CONFLICT']);
    expect(res.errors![0]!).toMatchObject({
      message: 'Only a solution in IN_REVIEW can be approved; this one is DRAFT.',
      extensions: { field: 'id' },
    });
    expect((await readBack()).status).toBe('DRAFT');
  });

  it('refuses an endpoint path without a leading slash', async () => {
    const res = await platform.graphql(
      `mutation($id: ID!) { addEndpoint(solutionId: $id, input: { method: POST, path: "v1/summarize" }) { id } }`,
      { id: solutionId },
      partnerToken,
    );
    expect(codes(res)).toEqual(['BAD_USER_INPUT']);
    expect(res.errors![0]!.extensions!.field).toBe('input.path');
    expect(res.errors![0]!.message).toMatch(/starts with "\/"/);
    expect((await readBack()).endpoints).toEqual([]);
  });
});
