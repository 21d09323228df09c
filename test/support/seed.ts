import type { Api } from './http-api.ts';

/**
 * Story-style seeding through the public API (the gateway's GraphQL), so seeded data is exactly what real
 * users would have made: `seedSolution` takes an applicant all the way to a published solution with a
 * secret; `seedCustomer` signs a customer up and gives them a key for it. They take any `Api`: the in-process
 * test platform, or `createHttpApi` over a launched one.
 */

async function must<T = Record<string, any>>(api: Api, query: string, variables: Record<string, unknown>, token?: string): Promise<T> {
  const res = await api.graphql<T>(query, variables, token);
  if (res.errors?.length || !res.data) throw new Error(`seed: ${JSON.stringify(res.errors)} for ${query.slice(0, 80)}`);
  return res.data;
}

export interface SeededSolution {
  partner: { userId: string; accessToken: string; email: string };
  adminToken: string;
  solutionId: string;
  slug: string;
  secret: string;
}

export interface TierInput {
  tier: 'ANONYMOUS' | 'REGISTERED' | 'PRO' | 'ENTERPRISE';
  callAllowance: number;
  trialDays?: number;
  ratePerSecond?: number | null;
  monthlyPricePaise?: number;
  limitMode?: 'HARD' | 'SOFT';
  overagePricePaise?: number;
  features?: { key: string; type: 'BOOLEAN' | 'NUMBER' | 'STRING'; booleanValue?: boolean; numberValue?: number; stringValue?: string }[];
  highlights?: string[];
  /** ANONYMOUS only. */
  newCallersPerBlockPerDay?: number;
  refuseBots?: boolean;
}

let sequence = 0;

export async function seedSolution(
  api: Api,
  options: {
    slug?: string;
    name?: string;
    category?: string;
    tiers?: TierInput[];
    endpoints?: { method: string; path: string; costWeight?: number; tiers?: string[]; description?: string }[];
  } = {},
): Promise<SeededSolution> {
  const n = ++sequence;
  const slug = options.slug ?? `solution-${process.pid}-${n}`;
  const email = `partner-${slug}@example.com`;
  const password = 'partner-password-123';
  const admin = await api.login(api.admin.email, api.admin.password);
  const applicant = await api.signUp(email, password, `Partner ${n}`);
  const application = await must<{ applyForPartnership: { id: string } }>(
    api,
    `mutation($input: ApplyForPartnershipInput!) { applyForPartnership(input: $input) { id } }`,
    {
      input: {
        companyName: `Company ${n}`,
        website: 'https://company.example',
        contactName: `Partner ${n}`,
        contactEmail: email,
        description: 'APIs for the seeded marketplace.',
      },
    },
    applicant.accessToken,
  );
  await must(api, `mutation($id: ID!) { approvePartnerApplication(id: $id) { id } }`, { id: application.applyForPartnership.id }, admin.accessToken);
  const partner = await api.login(email, password);
  const created = await must<{ createSolution: { id: string } }>(
    api,
    `mutation($input: CreateSolutionInput!) { createSolution(input: $input) { id } }`,
    {
      input: {
        name: options.name ?? `Solution ${n}`,
        slug,
        summary: 'A seeded solution.',
        description: 'A solution created by the seed helper.',
        category: options.category ?? 'AI & Machine Learning',
        tags: ['seeded'],
        baseUrl: 'https://api.company.example',
      },
    },
    partner.accessToken,
  );
  const solutionId = created.createSolution.id;
  if (options.tiers) {
    const set = await must<{ setSolutionTiers: { problems: unknown[] } }>(
      api,
      `mutation($id: ID!, $tiers: [TierConfigInput!]!) { setSolutionTiers(solutionId: $id, tiers: $tiers) { problems { field message } } }`,
      { id: solutionId, tiers: options.tiers },
      partner.accessToken,
    );
    if (set.setSolutionTiers.problems.length) throw new Error(`seed: tiers refused: ${JSON.stringify(set.setSolutionTiers.problems)}`);
  }
  for (const endpoint of options.endpoints ?? []) {
    await must(api, `mutation($id: ID!, $input: EndpointInput!) { addEndpoint(solutionId: $id, input: $input) { id } }`, { id: solutionId, input: endpoint }, partner.accessToken);
  }
  await must(api, `mutation($id: ID!) { submitSolution(id: $id) { id } }`, { id: solutionId }, partner.accessToken);
  await must(api, `mutation($id: ID!) { approveSolution(id: $id) { id } }`, { id: solutionId }, admin.accessToken);
  const secret = await must<{ createSolutionSecret: { plaintext: string } }>(
    api,
    `mutation($id: ID!) { createSolutionSecret(solutionId: $id) { plaintext } }`,
    { id: solutionId },
    partner.accessToken,
  );
  return {
    partner: { userId: partner.userId, accessToken: partner.accessToken, email },
    adminToken: admin.accessToken,
    solutionId,
    slug,
    secret: secret.createSolutionSecret.plaintext,
  };
}

export interface SeededCustomer {
  userId: string;
  accessToken: string;
  email: string;
  apiKey: string;
  keyId: string;
}

export async function seedCustomer(api: Api, solutionId: string, email = `customer-${process.pid}-${++sequence}@example.com`): Promise<SeededCustomer> {
  const customer = await api.signUp(email, 'customer-password-123', 'Seeded Customer');
  const key = await must<{ createApiKey: { plaintext: string; key: { id: string } } }>(
    api,
    `mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { plaintext key { id } } }`,
    { input: { solutionId, name: 'Seeded key' } },
    customer.accessToken,
  );
  return { userId: customer.userId, accessToken: customer.accessToken, email, apiKey: key.createApiKey.plaintext, keyId: key.createApiKey.key.id };
}
