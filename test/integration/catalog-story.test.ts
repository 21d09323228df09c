import { createCatalogReader } from '@marketplace/catalog/public';
import { HOUR, SECOND, sha256 } from '@marketplace/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codes, startTestPlatform, type TestPlatform } from '../support/platform.ts';

/**
 * The catalog's "done when", through the real gateway: a customer applies, the admin approves, the new
 * partner creates a solution with four tiers and two endpoints, submits it, the admin approves it, it appears
 * in the public catalog with its tiers, and the partner rotates the solution secret.
 */
let platform: TestPlatform;
let adminToken: string;
beforeAll(async () => {
  platform = await startTestPlatform();
  adminToken = (await platform.login(platform.admin.email, platform.admin.password)).accessToken;
});
afterAll(() => platform?.close());

const PASSWORD = 'summaries-all-day-1';
const TIERS = [
  { tier: 'ANONYMOUS', callAllowance: 10, trialDays: 15, ratePerSecond: 1, highlights: ['10 free calls, no sign-up'] },
  { tier: 'REGISTERED', callAllowance: 100, trialDays: 30, ratePerSecond: 2, highlights: ['100 calls over 30 days'] },
  {
    tier: 'PRO',
    callAllowance: 20_000,
    ratePerSecond: 20,
    monthlyPricePaise: 149_900,
    limitMode: 'SOFT',
    overagePricePaise: 8,
    features: [{ key: 'maxWords', type: 'NUMBER', numberValue: 10_000 }, { key: 'priorityQueue', type: 'BOOLEAN', booleanValue: true }],
    highlights: ['20,000 calls a month', '₹0.08 per extra call'],
  },
  {
    tier: 'ENTERPRISE',
    callAllowance: 2_000_000,
    ratePerSecond: 200,
    monthlyPricePaise: 1_999_900,
    features: [{ key: 'maxWords', type: 'NUMBER', numberValue: 100_000 }, { key: 'support', type: 'STRING', stringValue: '24x7' }],
    highlights: ['Dedicated support'],
  },
];

describe('from applicant to a live solution with a rotated secret', () => {
  let customer: { accessToken: string; userId: string };
  let partnerToken: string;
  let applicationId: string;
  let solutionId: string;
  let firstSecret: { id: string; plaintext: string };

  it('a signed-in customer applies to become a partner; a second pending application is a CONFLICT', async () => {
    customer = await platform.signUp('meera@example.com', PASSWORD, 'Meera Rao');
    const input = {
      companyName: 'Sutra AI',
      website: 'https://sutra.example',
      contactName: 'Meera Rao',
      contactEmail: 'partners@sutra.example',
      description: 'Summarisation and translation APIs for Indian languages.',
    };
    const apply = `mutation($input: ApplyForPartnershipInput!) { applyForPartnership(input: $input) { id status } }`;
    expect(codes(await platform.graphql(apply, { input }))).toEqual(['UNAUTHENTICATED']);
    const res = await platform.graphql(apply, { input }, customer.accessToken);
    expect(res.errors).toBeUndefined();
    expect(res.data!.applyForPartnership.status).toBe('PENDING');
    applicationId = res.data!.applyForPartnership.id;
    expect(codes(await platform.graphql(apply, { input }, customer.accessToken))).toEqual(['CONFLICT']);

    // The application shows on the user, across subgraphs: identity's User, the catalog's field.
    const me = await platform.graphql(`{ me { id name partnerApplication { id status companyName } } }`, {}, customer.accessToken);
    expect(me.data!.me).toEqual({ id: customer.userId, name: 'Meera Rao', partnerApplication: { id: applicationId, status: 'PENDING', companyName: 'Sutra AI' } });
  });

  it('the admin finds it among the pending applications and approves it; the applicant is mailed', async () => {
    const pending = await platform.graphql(`{ partnerApplications(status: PENDING) { nodes { id companyName contactEmail } } }`, {}, adminToken);
    expect(pending.data!.partnerApplications.nodes).toContainEqual({ id: applicationId, companyName: 'Sutra AI', contactEmail: 'partners@sutra.example' });
    expect(codes(await platform.graphql(`{ partnerApplications { nodes { id } } }`, {}, customer.accessToken))).toEqual(['FORBIDDEN']);

    const approved = await platform.graphql(`mutation($id: ID!) { approvePartnerApplication(id: $id) { id status } }`, { id: applicationId }, adminToken);
    expect(approved.data!.approvePartnerApplication).toEqual({ id: applicationId, status: 'APPROVED' });
    const mail = await platform.smtp.waitFor('partners@sutra.example', /now a Marketplace partner/);
    expect(mail.text).toContain('Sutra AI');
  });

  it('the new partner can act as one at once, without signing in again', async () => {
    // The gateway takes roles from the account (cached briefly), not from the token issued before approval.
    const sameToken = await platform.graphql(`{ mySolutions { id } }`, {}, customer.accessToken);
    expect(sameToken.errors).toBeUndefined();
    expect(sameToken.data!.mySolutions).toEqual([]);
    const fresh = await platform.login('meera@example.com', PASSWORD);
    expect(fresh.roles).toEqual(['CUSTOMER', 'PARTNER']);
    partnerToken = fresh.accessToken;
  });

  it('creates a solution, configures four tiers, two endpoints and a health URL, and submits it', async () => {
    const created = await platform.graphql(
      `mutation($input: CreateSolutionInput!) { createSolution(input: $input) { id slug status tiers { tier callAllowance trialDays } } }`,
      {
        input: {
          name: 'Sutra Summarizer',
          slug: 'sutra-summarizer',
          summary: 'Summaries of long Hindi and English documents.',
          description: '# Sutra Summarizer\n\n`POST /v1/summarize` with a document; get a summary back.',
          category: 'AI & Machine Learning',
          tags: ['nlp', 'hindi', 'summarization'],
          baseUrl: 'https://api.sutra.example',
          documentationUrl: 'https://docs.sutra.example',
        },
      },
      partnerToken,
    );
    expect(created.errors).toBeUndefined();
    solutionId = created.data!.createSolution.id;
    expect(created.data!.createSolution).toMatchObject({ slug: 'sutra-summarizer', status: 'DRAFT' });
    expect(created.data!.createSolution.tiers[0]).toEqual({ tier: 'ANONYMOUS', callAllowance: 10, trialDays: 15 });

    const tiers = await platform.graphql(
      `mutation($id: ID!, $tiers: [TierConfigInput!]!) { setSolutionTiers(solutionId: $id, tiers: $tiers) { solution { tiers { tier callAllowance monthlyPricePaise limitMode } } problems { field } } }`,
      { id: solutionId, tiers: TIERS },
      partnerToken,
    );
    expect(tiers.errors).toBeUndefined();
    expect(tiers.data!.setSolutionTiers.problems).toEqual([]);
    expect(tiers.data!.setSolutionTiers.solution.tiers.map((t: { tier: string }) => t.tier)).toEqual(['ANONYMOUS', 'REGISTERED', 'PRO', 'ENTERPRISE']);

    const add = `mutation($id: ID!, $input: EndpointInput!) { addEndpoint(solutionId: $id, input: $input) { id method path costWeight tiers } }`;
    const summarize = await platform.graphql(add, { id: solutionId, input: { method: 'POST', path: '/v1/summarize', description: 'Summarise a document', costWeight: 2 } }, partnerToken);
    const job = await platform.graphql(add, { id: solutionId, input: { method: 'GET', path: '/v1/jobs/{jobId}', tiers: ['PRO', 'ENTERPRISE'] } }, partnerToken);
    expect(summarize.data!.addEndpoint).toMatchObject({ method: 'POST', path: '/v1/summarize', costWeight: 2 });
    expect(job.data!.addEndpoint).toMatchObject({ path: '/v1/jobs/{jobId}', tiers: ['PRO', 'ENTERPRISE'] });

    const health = await platform.graphql(
      `mutation($id: ID!) { setHealthCheckUrl(solutionId: $id, url: "https://api.sutra.example/healthz") { healthCheckUrl } }`,
      { id: solutionId },
      partnerToken,
    );
    expect(health.data!.setHealthCheckUrl.healthCheckUrl).toBe('https://api.sutra.example/healthz');

    // Review needs every endpoint documented and a solution secret (shown once).
    const documented = await platform.graphql(
      `mutation($id: ID!, $e: ID!, $input: EndpointInput!) { updateEndpoint(solutionId: $id, endpointId: $e, input: $input) { id } }`,
      { id: solutionId, e: job.data!.addEndpoint.id, input: { method: 'GET', path: '/v1/jobs/{jobId}', description: 'A summary job’s state', tiers: ['PRO', 'ENTERPRISE'] } },
      partnerToken,
    );
    expect(documented.errors).toBeUndefined();
    const issued = await platform.graphql(
      `mutation($id: ID!) { createSolutionSecret(solutionId: $id) { plaintext secret { id prefix status } } }`,
      { id: solutionId },
      partnerToken,
    );
    expect(issued.errors).toBeUndefined();
    const { plaintext, secret } = issued.data!.createSolutionSecret;
    expect(plaintext).toMatch(/^mps_/);
    expect(secret).toMatchObject({ prefix: plaintext.slice(0, 12), status: 'ACTIVE' });
    firstSecret = { id: secret.id, plaintext };

    // Not public yet.
    expect((await platform.graphql(`{ solution(slug: "sutra-summarizer") { id } }`)).data!.solution).toBeNull();
    const submitted = await platform.graphql(`mutation($id: ID!) { submitSolution(id: $id) { status } }`, { id: solutionId }, partnerToken);
    expect(submitted.data!.submitSolution.status).toBe('IN_REVIEW');
  });

  it('the admin finds it in the review queue and approves it; the partner is mailed', async () => {
    const queue = await platform.graphql(`{ reviewQueue { nodes { id name publisherName partner { id name } } } }`, {}, adminToken);
    expect(queue.data!.reviewQueue.nodes).toContainEqual({
      id: solutionId,
      name: 'Sutra Summarizer',
      publisherName: 'Sutra AI',
      partner: { id: customer.userId, name: 'Meera Rao' },
    });
    const approved = await platform.graphql(`mutation($id: ID!) { approveSolution(id: $id) { status publishedAt } }`, { id: solutionId }, adminToken);
    expect(approved.errors).toBeUndefined();
    expect(approved.data!.approveSolution.status).toBe('PUBLISHED');
    const mail = await platform.smtp.waitFor('partners@sutra.example', /is live/);
    expect(mail.text).toContain('http://localhost:4000/solutions/sutra-summarizer');
  });

  it('appears in the public catalog, with its tiers and endpoints, for anonymous callers', async () => {
    const list = await platform.graphql(`{ solutions(search: "hindi summaries", category: "AI & Machine Learning", tag: "nlp") { nodes { slug name } pageInfo { hasNextPage } } }`);
    expect(list.data!.solutions.nodes).toEqual([{ slug: 'sutra-summarizer', name: 'Sutra Summarizer' }]);

    const page = await platform.graphql(`{
      solution(slug: "sutra-summarizer") {
        name status publisherName partner { name }
        tiers { tier callAllowance trialDays billingPeriod ratePerSecond monthlyPricePaise currency limitMode overagePricePaise
          features { key type booleanValue numberValue stringValue } highlights }
        endpoints { method path costWeight tiers }
        secrets { id } tierHistory { nodes { id } } healthCheckUrl
      }
    }`);
    expect(page.errors).toBeUndefined();
    const solution = page.data!.solution;
    expect(solution).toMatchObject({ name: 'Sutra Summarizer', status: 'PUBLISHED', publisherName: 'Sutra AI', partner: { name: 'Meera Rao' } });
    expect(solution.tiers).toEqual([
      { tier: 'ANONYMOUS', callAllowance: 10, trialDays: 15, billingPeriod: null, ratePerSecond: 1, monthlyPricePaise: null, currency: 'INR', limitMode: 'HARD', overagePricePaise: null, features: [], highlights: ['10 free calls, no sign-up'] },
      { tier: 'REGISTERED', callAllowance: 100, trialDays: 30, billingPeriod: null, ratePerSecond: 2, monthlyPricePaise: null, currency: 'INR', limitMode: 'HARD', overagePricePaise: null, features: [], highlights: ['100 calls over 30 days'] },
      {
        tier: 'PRO', callAllowance: 20_000, trialDays: null, billingPeriod: 'MONTHLY', ratePerSecond: 20, monthlyPricePaise: 149_900, currency: 'INR', limitMode: 'SOFT', overagePricePaise: 8,
        features: [
          { key: 'maxWords', type: 'NUMBER', booleanValue: null, numberValue: 10_000, stringValue: null },
          { key: 'priorityQueue', type: 'BOOLEAN', booleanValue: true, numberValue: null, stringValue: null },
        ],
        highlights: ['20,000 calls a month', '₹0.08 per extra call'],
      },
      {
        tier: 'ENTERPRISE', callAllowance: 2_000_000, trialDays: null, billingPeriod: 'MONTHLY', ratePerSecond: 200, monthlyPricePaise: 1_999_900, currency: 'INR', limitMode: 'HARD', overagePricePaise: null,
        features: [
          { key: 'maxWords', type: 'NUMBER', booleanValue: null, numberValue: 100_000, stringValue: null },
          { key: 'support', type: 'STRING', booleanValue: null, numberValue: null, stringValue: '24x7' },
        ],
        highlights: ['Dedicated support'],
      },
    ]);
    expect(solution.endpoints).toEqual([
      { method: 'POST', path: '/v1/summarize', costWeight: 2, tiers: ['ANONYMOUS', 'REGISTERED', 'PRO', 'ENTERPRISE'] },
      { method: 'GET', path: '/v1/jobs/{jobId}', costWeight: 1, tiers: ['PRO', 'ENTERPRISE'] },
    ]);
    // Never secrets, tier history or the health URL for the public.
    expect(solution).toMatchObject({ secrets: null, tierHistory: null, healthCheckUrl: null });

    // The partner's profile lists it, through identity's User.
    const me = await platform.graphql(`{ me { roles solutions { slug status } } }`, {}, partnerToken);
    expect(me.data!.me).toEqual({ roles: ['CUSTOMER', 'PARTNER'], solutions: [{ slug: 'sutra-summarizer', status: 'PUBLISHED' }] });
  });

  it('the secret created for review was shown once and is listed by prefix only', async () => {
    const listed = await platform.graphql(`query($id: ID!) { solutionById(id: $id) { secrets { id prefix status } } }`, { id: solutionId }, partnerToken);
    expect(listed.data!.solutionById.secrets).toEqual([{ id: firstSecret.id, prefix: firstSecret.plaintext.slice(0, 12), status: 'ACTIVE' }]);
    expect(JSON.stringify(listed)).not.toContain(firstSecret.plaintext);
  });

  it('rotates it: both work during the grace period, the old one stops after it', async () => {
    const reader = createCatalogReader(platform.catalogDeps, { cacheMs: 0 });
    platform.clock.advance(SECOND);
    const rotated = await platform.graphql(
      `mutation($id: ID!) { rotateSolutionSecret(secretId: $id, graceHours: 1) { plaintext secret { id status } replaced { id status expiresAt } } }`,
      { id: firstSecret.id },
      partnerToken,
    );
    expect(rotated.errors).toBeUndefined();
    const { plaintext, secret, replaced } = rotated.data!.rotateSolutionSecret;
    expect(replaced).toMatchObject({ id: firstSecret.id, status: 'EXPIRING' });
    expect(await reader.solutionBySecretHash(sha256(firstSecret.plaintext))).toMatchObject({ solutionId, status: 'PUBLISHED' });
    expect(await reader.solutionBySecretHash(sha256(plaintext))).toEqual({ solutionId, secretId: secret.id, status: 'PUBLISHED' });

    platform.clock.advance(HOUR);
    expect(await reader.solutionBySecretHash(sha256(firstSecret.plaintext))).toBeNull();
    expect(await reader.solutionBySecretHash(sha256(plaintext))).not.toBeNull();
    // The shim reads the policies of this solution from the same module.
    expect(await reader.policy(solutionId, 'pro')).toMatchObject({ callAllowance: 20_000, window: { kind: 'monthly' }, limitMode: 'soft', features: { maxWords: 10_000, priorityQueue: true } });
    expect(await reader.endpoint(solutionId, 'GET /v1/jobs/j-42')).toEqual({ method: 'GET', path: '/v1/jobs/{jobId}', costWeight: 1, tiers: ['pro', 'enterprise'] });

    // Re-login: access tokens live 15 minutes and the clock moved an hour.
    partnerToken = (await platform.login('meera@example.com', PASSWORD)).accessToken;
    const listed = await platform.graphql(`query($id: ID!) { solutionById(id: $id) { secrets { id status } tierHistory { nodes { actorId action } } } }`, { id: solutionId }, partnerToken);
    expect(listed.data!.solutionById.secrets).toEqual([{ id: secret.id, status: 'ACTIVE' }, { id: firstSecret.id, status: 'EXPIRED' }]);
    expect(listed.data!.solutionById.tierHistory.nodes).toEqual([
      { actorId: customer.userId, action: 'solution.tiers.set' },
      { actorId: customer.userId, action: 'solution.tiers.set' },
    ]);
  });
});
