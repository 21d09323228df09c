import { ensureBootstrapAdmin } from '@marketplace/identity';
import { createRoleGrants } from '@marketplace/identity/public';
import { DEFAULT_PASSWORD, type IdentityHarness, type Session, startIdentityHarness } from '@marketplace/identity/testing';
import { createMailer } from '@marketplace/shared';
import { startSubgraphHarness, type SubgraphHarness } from '@marketplace/shared/testing';
import type { CatalogEvents } from '../services/catalog-events.ts';
import { buildCatalogSchema, type CatalogDeps, createCatalogContext, type HealthSettings } from '../index.ts';

export { codes, field, refusal, type Result } from '@marketplace/shared/testing';

export const PUBLIC_URL = 'http://localhost:4000';
/** The internal secret of the harness's catalog: what billing's preview seals price-change confirmations with. */
export const TEST_INTERNAL_SECRET = 'catalog-harness-internal-secret-0123456789';

/**
 * Health monitor settings for tests: loopback allowed (local servers stand in for solutions), short deadline, and
 * every check decides the status (no debounce), so tests about other things need one sweep per change; the
 * debounce's own tests set the production defaults.
 */
export const TEST_HEALTH_SETTINGS: HealthSettings = {
  intervalMs: 60_000,
  timeoutMs: 500,
  concurrency: 4,
  failuresToOpen: 1,
  successesToClose: 1,
  checkRetentionDays: 7,
  policy: { allowLoopback: true, blockedPorts: [] },
};

/**
 * The catalog subgraph on a table of its own (see `startSubgraphHarness`), next to a real identity harness
 * (users, sign-in, the identity table that partner approval grants roles in, a real SMTP server), one manual
 * clock for both.
 */
export interface CatalogHarness extends SubgraphHarness<CatalogDeps> {
  identity: IdentityHarness;
  admin: Session;
  /** A verified, signed-in customer. */
  customer(email: string, name?: string): Promise<Session>;
  /** A customer who applied and was approved, signed in again with the partner role. */
  partner(email: string, company?: string): Promise<Session>;
  /** A new DRAFT of `partner`'s; returns its id. */
  draft(partner: Session, slug: string, overrides?: Record<string, unknown>): Promise<string>;
  /** A solution taken through review to PUBLISHED; returns its id. */
  /** Completes a draft's review checklist: an endpoint with a description, a health-check URL and a secret. */
  ready(partner: Session, solutionId: string): Promise<void>;
  /** A draft made ready, submitted and approved. */
  published(partner: Session, slug: string, overrides?: Record<string, unknown>): Promise<string>;
  /** What the catalog appended to the analytics event log, in order. */
  appended: Parameters<CatalogEvents['append']>[0][number][];
  close(): Promise<void>;
}

export async function startCatalogHarness(label = 'cat'): Promise<CatalogHarness> {
  const identity = await startIdentityHarness(`${label}-id`);
  const appended: CatalogHarness['appended'] = [];
  const base = await startSubgraphHarness<CatalogDeps>({
    subgraph: 'catalog',
    label,
    db: identity.db,
    clock: identity.clock,
    deps: (b) => ({
      ...b,
      roles: createRoleGrants({ db: identity.db, table: identity.table, clock: identity.clock }),
      internalSecret: TEST_INTERNAL_SECRET,
      mailer: createMailer({ smtpUrl: identity.smtp.url, mailDir: '/nonexistent', from: 'Marketplace <no-reply@test.local>', logger: b.logger }),
      publicUrl: PUBLIC_URL,
      production: false,
      health: TEST_HEALTH_SETTINGS,
      events: { append: async (events) => void appended.push(...events) },
    }),
    buildSchema: buildCatalogSchema,
    createContext: createCatalogContext,
  });
  await ensureBootstrapAdmin(identity.deps, { email: 'root@catalog.test', password: 'root-password-123', dataDir: '/nonexistent' });
  const admin = await identity.signIn('root@catalog.test', 'root-password-123');

  const harness: CatalogHarness = {
    ...base,
    identity,
    admin,
    appended,
    customer(email, name = 'Test Customer') {
      return identity.signUp(email, DEFAULT_PASSWORD, name);
    },
    async partner(email, company = 'Acme Analytics') {
      const user = await identity.signUp(email, DEFAULT_PASSWORD, `${company} Owner`);
      const applied = await harness.run(APPLY, { input: applicationInput(email, company) }, user.caller);
      if (applied.errors) throw new Error(`apply ${email}: ${JSON.stringify(applied.errors)}`);
      const approved = await harness.run(APPROVE_APPLICATION, { id: applied.data!.applyForPartnership.id }, admin.caller);
      if (approved.errors) throw new Error(`approve ${email}: ${JSON.stringify(approved.errors)}`);
      return identity.signIn(email, DEFAULT_PASSWORD);
    },
    async draft(partner, slug, overrides = {}) {
      const res = await harness.run(CREATE_SOLUTION, { input: solutionInput(slug, overrides) }, partner.caller);
      if (res.errors) throw new Error(`createSolution ${slug}: ${JSON.stringify(res.errors)}`);
      return res.data!.createSolution.id as string;
    },
    async ready(partner, id) {
      for (const [source, variables] of [
        [ADD_ENDPOINT, { id, input: { method: 'GET', path: '/v1/status', description: 'Whether the service is up' } }],
        [SET_HEALTH_CHECK_URL, { id, url: 'https://api.example.com/health' }],
        [CREATE_SECRET, { id }],
      ] as const) {
        const res = await harness.run(source, variables, partner.caller);
        if (res.errors) throw new Error(`ready ${id}: ${JSON.stringify(res.errors)}`);
      }
    },
    async published(partner, slug, overrides = {}) {
      const id = await harness.draft(partner, slug, overrides);
      await harness.ready(partner, id);
      for (const [source, caller] of [
        [SUBMIT, partner.caller],
        [APPROVE_SOLUTION, admin.caller],
      ] as const) {
        const res = await harness.run(source, { id }, caller);
        if (res.errors) throw new Error(`publish ${slug}: ${JSON.stringify(res.errors)}`);
      }
      return id;
    },
    close: () => identity.close(),
  };
  return harness;
}

export function applicationInput(email: string, company = 'Acme Analytics') {
  return {
    companyName: company,
    website: 'https://acme.example',
    contactName: 'Ada Partner',
    contactEmail: email,
    description: 'Text analytics APIs for Indian languages.',
  };
}

export function solutionInput(slug: string, overrides: Record<string, unknown> = {}) {
  return {
    name: `Solution ${slug}`,
    slug,
    summary: 'Summarises long documents in one call.',
    description: '# Summarizer\n\nPOST a document, get a summary.',
    category: 'AI & Machine Learning',
    tags: ['nlp', 'summarization'],
    baseUrl: 'https://api.acme.example',
    documentationUrl: 'https://docs.acme.example',
    ...overrides,
  };
}

/** A valid four-tier configuration (as TierConfigInput), with `patch` applied to tier `index`. */
export function tiersInput(patches: Record<number, Record<string, unknown>> = {}) {
  const tiers: Record<string, unknown>[] = [
    { tier: 'ANONYMOUS', callAllowance: 10, trialDays: 15, ratePerSecond: 1, highlights: ['Try it without an account'] },
    { tier: 'REGISTERED', callAllowance: 100, trialDays: 30, ratePerSecond: 2, features: [{ key: 'maxWords', type: 'NUMBER', numberValue: 500 }] },
    {
      tier: 'PRO',
      callAllowance: 10_000,
      ratePerSecond: 10,
      monthlyPricePaise: 99_900,
      limitMode: 'SOFT',
      overagePricePaise: 10,
      features: [
        { key: 'maxWords', type: 'NUMBER', numberValue: 5000 },
        { key: 'priority', type: 'BOOLEAN', booleanValue: true },
      ],
      highlights: ['10,000 calls a month', 'Overage at ₹0.10 per call'],
    },
    {
      tier: 'ENTERPRISE',
      callAllowance: 1_000_000,
      ratePerSecond: 100,
      monthlyPricePaise: 999_900,
      limitMode: 'HARD',
      features: [{ key: 'sla', type: 'STRING', stringValue: '99.9%' }],
      highlights: ['Dedicated support'],
    },
  ];
  for (const [index, patch] of Object.entries(patches)) Object.assign(tiers[Number(index)]!, patch);
  return tiers;
}

export const APPLY = /* GraphQL */ `
  mutation Apply($input: ApplyForPartnershipInput!) {
    applyForPartnership(input: $input) { id applicantId companyName contactEmail status createdAt decidedAt decisionReason }
  }
`;
export const APPROVE_APPLICATION = `mutation($id: ID!) { approvePartnerApplication(id: $id) { id status decidedBy decidedAt } }`;
export const REJECT_APPLICATION = `mutation($id: ID!, $reason: String!) { rejectPartnerApplication(id: $id, reason: $reason) { id status decisionReason } }`;
export const SOLUTION_FIELDS = /* GraphQL */ `
  id slug name summary description category tags baseUrl documentationUrl healthCheckUrl status reviewReason partnerId
  publisherName createdAt updatedAt publishedAt
  tiers { tier callAllowance trialDays billingPeriod ratePerSecond monthlyPricePaise currency limitMode overagePricePaise
    features { key type booleanValue numberValue stringValue } highlights }
  endpoints { id method path description costWeight tiers }
`;
export const CREATE_SOLUTION = `mutation($input: CreateSolutionInput!) { createSolution(input: $input) { ${SOLUTION_FIELDS} } }`;
export const UPDATE_SOLUTION = `mutation($id: ID!, $input: UpdateSolutionInput!) { updateSolution(id: $id, input: $input) { ${SOLUTION_FIELDS} } }`;
export const SET_TIERS = `mutation($id: ID!, $tiers: [TierConfigInput!]!, $confirmations: [String!]) { setSolutionTiers(solutionId: $id, tiers: $tiers, priceConfirmations: $confirmations) { solution { id status tiers { tier callAllowance trialDays billingPeriod ratePerSecond monthlyPricePaise currency limitMode overagePricePaise features { key type booleanValue numberValue stringValue } highlights } } problems { field message } } }`;
export const SUBMIT = `mutation($id: ID!) { submitSolution(id: $id) { id status } }`;
export const APPROVE_SOLUTION = `mutation($id: ID!) { approveSolution(id: $id) { id status publishedAt reviewReason } }`;
export const REJECT_SOLUTION = `mutation($id: ID!, $reason: String!) { rejectSolution(id: $id, reason: $reason) { id status reviewReason } }`;
export const UNPUBLISH = `mutation($id: ID!) { unpublishSolution(id: $id) { id status } }`;
export const REPUBLISH = `mutation($id: ID!) { republishSolution(id: $id) { id status } }`;
export const SUSPEND = `mutation($id: ID!, $reason: String!) { suspendSolution(id: $id, reason: $reason) { id status reviewReason } }`;
export const REINSTATE = `mutation($id: ID!) { reinstateSolution(id: $id) { id status reviewReason } }`;
export const BY_ID = `query($id: ID!) { solutionById(id: $id) { ${SOLUTION_FIELDS} } }`;
export const SET_HEALTH_CHECK_URL = `mutation($id: ID!, $url: String) { setHealthCheckUrl(solutionId: $id, url: $url) { id healthCheckUrl } }`;
export const ADD_ENDPOINT = `mutation($id: ID!, $input: EndpointInput!) { addEndpoint(solutionId: $id, input: $input) { id method path description costWeight tiers } }`;
export const CREATE_SECRET = `mutation($id: ID!) { createSolutionSecret(solutionId: $id) { plaintext secret { id prefix createdAt lastUsedAt expiresAt revokedAt status } replaced { id } } }`;
export const ROTATE_SECRET = `mutation($id: ID!, $grace: Int) { rotateSolutionSecret(secretId: $id, graceHours: $grace) { plaintext secret { id prefix status expiresAt } replaced { id status expiresAt } } }`;
export const REVOKE_SECRET = `mutation($id: ID!) { revokeSolutionSecret(secretId: $id) { id status revokedAt } }`;
export const SECRETS = `query($id: ID!) { solutionById(id: $id) { secrets { id prefix createdAt lastUsedAt expiresAt revokedAt status } } }`;
export const TIER_HISTORY = `query($id: ID!, $first: Int, $after: String) { solutionById(id: $id) { tierHistory(first: $first, after: $after) { nodes { id actorId action before after reason at } pageInfo { endCursor hasNextPage } } } }`;
