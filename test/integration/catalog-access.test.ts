import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codes, type GraphQLResponse, startTestPlatform, type TestPlatform } from '../support/platform.ts';

/**
 * Who may do what in the catalog, as one table of roles × operations through the real gateway. Partner A owns
 * the solutions under test; partner B is another partner who tries to read and change them by id.
 *
 * Outcomes: `ok` (answered, non-null), `null` (answered null: the solution does not exist for this caller),
 * `hidden` (the solution is answered but its private fields are null), or the error code.
 */
type Role = 'anonymous' | 'customer' | 'partnerA' | 'partnerB' | 'admin';
type Outcome = 'ok' | 'null' | 'hidden' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND';
const ROLES: Role[] = ['anonymous', 'customer', 'partnerA', 'partnerB', 'admin'];

let platform: TestPlatform;
const tokens: Partial<Record<Role, string>> = {};
let draftA: string;
let publishedA: string;
let secretA: string;
let endpointA: string;
let suspendedA: string;
let unpublishedA: string;
let pendingApplication: string;
let seq = 0;

const gql = (query: string, variables: Record<string, unknown>, role: Role) => platform.graphql(query, variables, tokens[role]);
const unique = () => `acl-${++seq}-${Math.random().toString(36).slice(2, 6)}`;

async function createSolution(role: Role, slug = unique()): Promise<string> {
  const res = await gql(
    `mutation($input: CreateSolutionInput!) { createSolution(input: $input) { id } }`,
    { input: { name: `ACL ${slug}`, slug, summary: 'Access control fixture.', description: 'Fixture.', category: 'Other', baseUrl: 'https://acl.example' } },
    role,
  );
  if (!res.data?.createSolution) throw new Error(JSON.stringify(res.errors));
  return res.data.createSolution.id;
}

/** Completes a draft's review checklist: a documented endpoint, a health-check URL, a secret. */
async function ready(id: string): Promise<void> {
  for (const mutation of [
    `mutation($id: ID!) { addEndpoint(solutionId: $id, input: { method: GET, path: "/v1/ready", description: "Ready" }) { id } }`,
    `mutation($id: ID!) { setHealthCheckUrl(solutionId: $id, url: "https://acl.example/health") { id } }`,
    `mutation($id: ID!) { createSolutionSecret(solutionId: $id) { plaintext } }`,
  ]) {
    const res = await gql(mutation, { id }, 'partnerA');
    if (res.errors) throw new Error(`ready: ${JSON.stringify(res.errors)}`);
  }
}

async function move(id: string, ...steps: [mutation: string, role: Role][]): Promise<void> {
  for (const [mutation, role] of steps) {
    if (mutation === 'submitSolution') await ready(id);
    const res = await gql(`mutation($id: ID!) { ${mutation}(id: $id${mutation === 'suspendSolution' || mutation === 'rejectSolution' ? ', reason: "Fixture"' : ''}) { id } }`, { id }, role);
    if (res.errors) throw new Error(`${mutation}: ${JSON.stringify(res.errors)}`);
  }
}

async function secretOf(solutionId: string): Promise<string> {
  const res = await gql(`mutation($id: ID!) { createSolutionSecret(solutionId: $id) { secret { id } } }`, { id: solutionId }, 'partnerA');
  return res.data!.createSolutionSecret.secret.id;
}

async function freshPartnerA(): Promise<string> {
  return createSolution('partnerA');
}

beforeAll(async () => {
  platform = await startTestPlatform();
  const admin = await platform.login(platform.admin.email, platform.admin.password);
  tokens.admin = admin.accessToken;
  tokens.customer = (await platform.signUp('acl.customer@example.com', 'customer-password-1')).accessToken;
  for (const [role, email] of [['partnerA', 'acl.a@example.com'], ['partnerB', 'acl.b@example.com']] as const) {
    const user = await platform.signUp(email, 'partner-password-1');
    const applied = await platform.graphql(
      `mutation($input: ApplyForPartnershipInput!) { applyForPartnership(input: $input) { id } }`,
      { input: { companyName: `${role} Ltd`, website: 'https://partner.example', contactName: role, contactEmail: email, description: 'Fixture partner.' } },
      user.accessToken,
    );
    await platform.graphql(`mutation($id: ID!) { approvePartnerApplication(id: $id) { id } }`, { id: applied.data!.applyForPartnership.id }, tokens.admin);
    tokens[role] = (await platform.login(email, 'partner-password-1')).accessToken;
  }
  const applicant = await platform.signUp('acl.applicant@example.com', 'applicant-password-1');
  const applied = await platform.graphql(
    `mutation($input: ApplyForPartnershipInput!) { applyForPartnership(input: $input) { id } }`,
    { input: { companyName: 'Pending Ltd', website: 'https://pending.example', contactName: 'P', contactEmail: 'acl.applicant@example.com', description: 'Waiting.' } },
    applicant.accessToken,
  );
  pendingApplication = applied.data!.applyForPartnership.id;

  draftA = await createSolution('partnerA', 'acl-draft-a');
  publishedA = await createSolution('partnerA', 'acl-published-a');
  await move(publishedA, ['submitSolution', 'partnerA'], ['approveSolution', 'admin']);
  unpublishedA = await createSolution('partnerA');
  await move(unpublishedA, ['submitSolution', 'partnerA'], ['approveSolution', 'admin'], ['unpublishSolution', 'partnerA']);
  suspendedA = await createSolution('partnerA');
  await move(suspendedA, ['submitSolution', 'partnerA'], ['approveSolution', 'admin'], ['suspendSolution', 'admin']);
  secretA = await secretOf(publishedA);
  const endpoint = await gql(`mutation($id: ID!) { addEndpoint(solutionId: $id, input: { method: GET, path: "/v1/fixed" }) { id } }`, { id: draftA }, 'partnerA');
  endpointA = endpoint.data!.addEndpoint.id;
  await createSolution('partnerB', 'acl-draft-b');
}, 120_000);
afterAll(() => platform?.close());

const TIERS = [
  { tier: 'ANONYMOUS', callAllowance: 10, trialDays: 15, ratePerSecond: 1 },
  { tier: 'REGISTERED', callAllowance: 100, trialDays: 30, ratePerSecond: 5 },
  { tier: 'PRO', callAllowance: 10_000, ratePerSecond: 20, monthlyPricePaise: 99_900 },
  { tier: 'ENTERPRISE', callAllowance: 1_000_000, ratePerSecond: 100, monthlyPricePaise: 999_900 },
];
const PRIVATE = 'id secrets { id } tierHistory { nodes { id } } healthCheckUrl reviewReason';

interface Operation {
  name: string;
  /** The top-level field the operation answers. */
  field: string;
  query: string;
  /** Variables for one call by `role`; may prepare what an allowed call needs (a fresh draft…). */
  variables: (role: Role) => Record<string, unknown> | Promise<Record<string, unknown>>;
  expect: Record<Role, Outcome>;
}

const publicRead: Record<Role, Outcome> = { anonymous: 'ok', customer: 'ok', partnerA: 'ok', partnerB: 'ok', admin: 'ok' };
const ownerOrAdminSees: Record<Role, Outcome> = { anonymous: 'null', customer: 'null', partnerA: 'ok', partnerB: 'null', admin: 'ok' };
const privateFields: Record<Role, Outcome> = { anonymous: 'hidden', customer: 'hidden', partnerA: 'ok', partnerB: 'hidden', admin: 'ok' };
const adminOnly: Record<Role, Outcome> = { anonymous: 'UNAUTHENTICATED', customer: 'FORBIDDEN', partnerA: 'FORBIDDEN', partnerB: 'FORBIDDEN', admin: 'ok' };
const partnerOnly: Record<Role, Outcome> = { anonymous: 'UNAUTHENTICATED', customer: 'FORBIDDEN', partnerA: 'ok', partnerB: 'ok', admin: 'FORBIDDEN' };
/** Changing partner A's draft: B does not even learn it exists. */
const ownerOnDraft: Record<Role, Outcome> = { anonymous: 'UNAUTHENTICATED', customer: 'FORBIDDEN', partnerA: 'ok', partnerB: 'NOT_FOUND', admin: 'FORBIDDEN' };
/** Rotating or revoking one of A's secrets: B does not learn it exists (as another customer's API key), even on a published solution. */
const ownerOfSecret: Record<Role, Outcome> = { anonymous: 'UNAUTHENTICATED', customer: 'FORBIDDEN', partnerA: 'ok', partnerB: 'NOT_FOUND', admin: 'FORBIDDEN' };
/** Changing partner A's published solution: B sees it, but may not change it. */
const ownerOnPublished: Record<Role, Outcome> = { anonymous: 'UNAUTHENTICATED', customer: 'FORBIDDEN', partnerA: 'ok', partnerB: 'FORBIDDEN', admin: 'FORBIDDEN' };

const OPERATIONS: Operation[] = [
  // Reading
  { name: 'solutions (public catalog)', field: 'solutions', query: `{ solutions { nodes { id } } }`, variables: () => ({}), expect: publicRead },
  { name: 'solution(slug) of a published one', field: 'solution', query: `{ solution(slug: "acl-published-a") { id } }`, variables: () => ({}), expect: publicRead },
  { name: "solution(slug) of A's draft", field: 'solution', query: `{ solution(slug: "acl-draft-a") { id } }`, variables: () => ({}), expect: ownerOrAdminSees },
  { name: "solutionById of A's draft", field: 'solutionById', query: `query($id: ID!) { solutionById(id: $id) { id } }`, variables: () => ({ id: draftA }), expect: ownerOrAdminSees },
  { name: "solutionById of A's unpublished one", field: 'solutionById', query: `query($id: ID!) { solutionById(id: $id) { id } }`, variables: () => ({ id: unpublishedA }), expect: ownerOrAdminSees },
  { name: "solutionById of A's suspended one", field: 'solutionById', query: `query($id: ID!) { solutionById(id: $id) { id } }`, variables: () => ({ id: suspendedA }), expect: ownerOrAdminSees },
  { name: 'secrets, tier history, health URL and review reason of a published one', field: 'solutionById', query: `query($id: ID!) { solutionById(id: $id) { ${PRIVATE} } }`, variables: () => ({ id: publishedA }), expect: privateFields },
  { name: 'mySolutions', field: 'mySolutions', query: `{ mySolutions { id } }`, variables: () => ({}), expect: partnerOnly },
  { name: 'reviewQueue', field: 'reviewQueue', query: `{ reviewQueue { nodes { id } } }`, variables: () => ({}), expect: adminOnly },
  { name: 'adminSolutions', field: 'adminSolutions', query: `{ adminSolutions { nodes { id } } }`, variables: () => ({}), expect: adminOnly },
  { name: 'partnerApplications', field: 'partnerApplications', query: `{ partnerApplications { nodes { id } } }`, variables: () => ({}), expect: adminOnly },
  {
    name: 'myPartnerApplication',
    field: 'myPartnerApplication',
    query: `{ myPartnerApplication { id } }`,
    variables: () => ({}),
    // The customer and the admin never applied: answered null.
    expect: { anonymous: 'UNAUTHENTICATED', customer: 'null', partnerA: 'ok', partnerB: 'ok', admin: 'null' },
  },
  { name: 'platformTierSettings', field: 'platformTierSettings', query: `{ platformTierSettings { tiers { tier } } }`, variables: () => ({}), expect: publicRead },
  { name: 'platformTierSettingsHistory', field: 'platformTierSettingsHistory', query: `{ platformTierSettingsHistory { nodes { id } } }`, variables: () => ({}), expect: adminOnly },

  // Partner applications
  {
    name: 'approvePartnerApplication',
    field: 'approvePartnerApplication',
    query: `mutation($id: ID!) { approvePartnerApplication(id: $id) { id } }`,
    variables: () => ({ id: pendingApplication }),
    expect: adminOnly,
  },
  {
    name: 'rejectPartnerApplication',
    field: 'rejectPartnerApplication',
    query: `mutation($id: ID!) { rejectPartnerApplication(id: $id, reason: "No") { id } }`,
    variables: async (role) => {
      if (role !== 'admin') return { id: pendingApplication };
      const user = await platform.signUp(`acl.reject.${unique()}@example.com`, 'applicant-password-1');
      const res = await platform.graphql(
        `mutation { applyForPartnership(input: { companyName: "R", website: "https://r.example", contactName: "R", contactEmail: "r@example.com", description: "R" }) { id } }`,
        {},
        user.accessToken,
      );
      return { id: res.data!.applyForPartnership.id };
    },
    expect: adminOnly,
  },

  // A partner's own solutions
  {
    name: 'createSolution',
    field: 'createSolution',
    query: `mutation($input: CreateSolutionInput!) { createSolution(input: $input) { id } }`,
    variables: () => ({ input: { name: 'New', slug: unique(), summary: 'S', description: 'D', category: 'Other', baseUrl: 'https://n.example' } }),
    expect: partnerOnly,
  },
  { name: "updateSolution of A's draft", field: 'updateSolution', query: `mutation($id: ID!) { updateSolution(id: $id, input: { summary: "Edited" }) { id } }`, variables: () => ({ id: draftA }), expect: ownerOnDraft },
  { name: "updateSolution of A's published one", field: 'updateSolution', query: `mutation($id: ID!) { updateSolution(id: $id, input: { summary: "Edited live" }) { id } }`, variables: () => ({ id: publishedA }), expect: ownerOnPublished },
  { name: "setSolutionTiers of A's draft", field: 'setSolutionTiers', query: `mutation($id: ID!, $t: [TierConfigInput!]!) { setSolutionTiers(solutionId: $id, tiers: $t) { solution { id } } }`, variables: () => ({ id: draftA, t: TIERS }), expect: ownerOnDraft },
  { name: "setSolutionTiers of A's published one", field: 'setSolutionTiers', query: `mutation($id: ID!, $t: [TierConfigInput!]!) { setSolutionTiers(solutionId: $id, tiers: $t) { solution { id } } }`, variables: () => ({ id: publishedA, t: TIERS }), expect: ownerOnPublished },
  {
    name: 'submitSolution',
    field: 'submitSolution',
    query: `mutation($id: ID!) { submitSolution(id: $id) { id } }`,
    variables: async (role) => {
      if (role !== 'partnerA') return { id: draftA };
      const id = await freshPartnerA();
      await ready(id);
      return { id };
    },
    expect: ownerOnDraft,
  },
  {
    name: 'unpublishSolution',
    field: 'unpublishSolution',
    query: `mutation($id: ID!) { unpublishSolution(id: $id) { id } }`,
    variables: async (role) => {
      if (role !== 'partnerA') return { id: publishedA };
      const id = await freshPartnerA();
      await move(id, ['submitSolution', 'partnerA'], ['approveSolution', 'admin']);
      return { id };
    },
    expect: ownerOnPublished,
  },
  {
    name: 'republishSolution',
    field: 'republishSolution',
    query: `mutation($id: ID!) { republishSolution(id: $id) { id } }`,
    variables: async (role) => {
      if (role !== 'partnerA') return { id: unpublishedA };
      const id = await freshPartnerA();
      await move(id, ['submitSolution', 'partnerA'], ['approveSolution', 'admin'], ['unpublishSolution', 'partnerA']);
      return { id };
    },
    expect: ownerOnDraft,
  },
  {
    name: 'addEndpoint',
    field: 'addEndpoint',
    query: `mutation($id: ID!, $path: String!) { addEndpoint(solutionId: $id, input: { method: POST, path: $path }) { id } }`,
    variables: () => ({ id: draftA, path: `/v1/${unique()}` }),
    expect: ownerOnDraft,
  },
  {
    name: 'updateEndpoint',
    field: 'updateEndpoint',
    query: `mutation($id: ID!, $e: ID!, $path: String!) { updateEndpoint(solutionId: $id, endpointId: $e, input: { method: GET, path: $path }) { id } }`,
    variables: () => ({ id: draftA, e: endpointA, path: `/v1/${unique()}` }),
    expect: ownerOnDraft,
  },
  {
    name: 'removeEndpoint',
    field: 'removeEndpoint',
    query: `mutation($id: ID!, $e: ID!) { removeEndpoint(solutionId: $id, endpointId: $e) }`,
    variables: async (role) => {
      if (role !== 'partnerA') return { id: draftA, e: endpointA };
      const res = await gql(`mutation($id: ID!, $path: String!) { addEndpoint(solutionId: $id, input: { method: DELETE, path: $path }) { id } }`, { id: draftA, path: `/v1/${unique()}` }, 'partnerA');
      return { id: draftA, e: res.data!.addEndpoint.id };
    },
    expect: ownerOnDraft,
  },
  { name: 'setHealthCheckUrl', field: 'setHealthCheckUrl', query: `mutation($id: ID!) { setHealthCheckUrl(solutionId: $id, url: "https://acl.example/health") { id } }`, variables: () => ({ id: publishedA }), expect: ownerOnPublished },
  {
    name: 'createSolutionSecret',
    field: 'createSolutionSecret',
    query: `mutation($id: ID!) { createSolutionSecret(solutionId: $id) { plaintext } }`,
    variables: async (role) => ({ id: role === 'partnerA' ? await freshPartnerA() : publishedA }),
    expect: ownerOnPublished,
  },
  {
    name: 'rotateSolutionSecret',
    field: 'rotateSolutionSecret',
    query: `mutation($id: ID!) { rotateSolutionSecret(secretId: $id) { plaintext } }`,
    variables: async (role) => ({ id: role === 'partnerA' ? await secretOf(await freshPartnerA()) : secretA }),
    expect: ownerOfSecret,
  },
  {
    name: 'revokeSolutionSecret',
    field: 'revokeSolutionSecret',
    query: `mutation($id: ID!) { revokeSolutionSecret(secretId: $id) { id } }`,
    variables: async (role) => ({ id: role === 'partnerA' ? await secretOf(await freshPartnerA()) : secretA }),
    expect: ownerOfSecret,
  },

  // Admin decisions
  {
    name: 'approveSolution',
    field: 'approveSolution',
    query: `mutation($id: ID!) { approveSolution(id: $id) { id } }`,
    variables: async (role) => {
      const id = await freshPartnerA();
      if (role === 'admin') await move(id, ['submitSolution', 'partnerA']);
      return { id };
    },
    expect: adminOnly,
  },
  {
    name: 'rejectSolution',
    field: 'rejectSolution',
    query: `mutation($id: ID!) { rejectSolution(id: $id, reason: "Not yet") { id } }`,
    variables: async (role) => {
      const id = await freshPartnerA();
      if (role === 'admin') await move(id, ['submitSolution', 'partnerA']);
      return { id };
    },
    expect: adminOnly,
  },
  {
    name: 'suspendSolution',
    field: 'suspendSolution',
    query: `mutation($id: ID!) { suspendSolution(id: $id, reason: "Abuse") { id } }`,
    variables: async (role) => {
      if (role !== 'admin') return { id: publishedA };
      const id = await freshPartnerA();
      await move(id, ['submitSolution', 'partnerA'], ['approveSolution', 'admin']);
      return { id };
    },
    expect: adminOnly,
  },
  {
    name: 'reinstateSolution',
    field: 'reinstateSolution',
    query: `mutation($id: ID!) { reinstateSolution(id: $id) { id } }`,
    variables: async (role) => {
      if (role !== 'admin') return { id: suspendedA };
      const id = await freshPartnerA();
      await move(id, ['submitSolution', 'partnerA'], ['approveSolution', 'admin'], ['suspendSolution', 'admin']);
      return { id };
    },
    expect: adminOnly,
  },
  {
    name: 'updatePlatformTierSettings (unchanged)',
    field: 'updatePlatformTierSettings',
    query: `mutation($input: PlatformTierSettingsInput!) { updatePlatformTierSettings(input: $input) { settings { tiers { tier } } } }`,
    variables: async () => {
      const res = await platform.graphql(`{ platformTierSettings { tiers { tier defaultCallAllowance minCallAllowance maxCallAllowance defaultTrialDays minTrialDays maxTrialDays defaultRatePerSecond maxRatePerSecond defaultMonthlyPricePaise minMonthlyPricePaise maxMonthlyPricePaise } } }`);
      return { input: { tiers: res.data!.platformTierSettings.tiers } };
    },
    expect: adminOnly,
  },
];

function outcomeOf(res: GraphQLResponse, field: string): string {
  if (res.errors?.length) return codes(res).join(',');
  const value = res.data?.[field];
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'object' && 'secrets' in value) {
    const hidden = value.secrets === null && value.tierHistory === null && value.healthCheckUrl === null && value.reviewReason === null;
    const shown = value.secrets !== null && value.tierHistory !== null;
    return hidden ? 'hidden' : shown ? 'ok' : 'partly hidden';
  }
  return 'ok';
}

describe('catalog roles × operations', () => {
  it.each(OPERATIONS.flatMap((op) => ROLES.map((role) => [op.name, role, op.expect[role], op] as const)))(
    '%s as %s → %s',
    async (_name, role, expected, op) => {
      const res = await gql(op.query, await op.variables(role), role);
      expect(outcomeOf(res, op.field), JSON.stringify(res.errors)).toBe(expected);
    },
  );

  it("leaves partner A's draft as A left it after everyone else's attempts", async () => {
    const res = await gql(`query($id: ID!) { solutionById(id: $id) { summary status partnerId } }`, { id: draftA }, 'partnerA');
    expect(res.data!.solutionById).toMatchObject({ summary: 'Edited', status: 'DRAFT' });
    const secrets = await gql(`query($id: ID!) { solutionById(id: $id) { secrets { id status } } }`, { id: publishedA }, 'partnerA');
    // secretA and the one the review checklist needed, both untouched.
    const listed = secrets.data!.solutionById.secrets as { id: string; status: string }[];
    expect(listed).toHaveLength(2);
    expect(listed).toEqual(expect.arrayContaining([{ id: secretA, status: 'ACTIVE' }, { id: expect.stringMatching(/^sec_/), status: 'ACTIVE' }]));
    expect(listed.every((secret) => secret.status === 'ACTIVE')).toBe(true);
  });
});
