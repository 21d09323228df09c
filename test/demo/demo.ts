import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { TIER_GRAPHQL_NAMES, type VerdictCode } from '@marketplace/contracts';
import { createDocumentClient, platformDynamoEndpoint, tableName } from '@marketplace/shared';
import { SIMULATOR_DEFAULTS } from '@marketplace/billing/public';
import { createHealthHistoryWriter } from '@marketplace/catalog/public';
import { proofOfWorkFor } from '@marketplace/identity/testing';
import { createHttpApi } from '../support/http-api.ts';
import type { EventInput } from '@marketplace/analytics/public';
import { callFactsOf, dayOf, demoHealthHistory, groupBy, demoTrialHistory, type PlannedCalls, recordCalls, writeDemoAnalytics } from './demo-analytics.ts';
import { waitForVerificationToken } from '../support/mail-dir.ts';
import { startFxRates } from './fx-rates-process.ts';
import {
  DEMO_ANONYMOUS,
  DEMO_CONVERTS,
  DEMO_CUSTOMER,
  DEMO_FX,
  DEMO_KEYS,
  DEMO_PARTNER,
  DEMO_PASSWORD,
  DEMO_SOLUTIONS,
  DEMO_SUBSCRIPTION,
  type DemoSolution,
  HISTORY_DAYS,
  pastDay,
} from './demo-data.ts';

/**
 * `npm run demo`: fills a running platform with a partner, three published solutions, a customer with keys and
 * usage, and visitors who try a solution, sign up and (some) subscribe, idempotently (it looks everything up first,
 * so a second run changes nothing).
 *
 * Everything goes through the public API (GraphQL, billing's checkout and the quota shim) except past days: the shim
 * stamps usage with its own clock, so history cannot be back-dated through it. Those days (anonymous visitors'
 * trials, and the customer's calls on days after their account was made) are one plan, written by the quotas
 * package's own `UsageRecorder` (each call at its own time) on the platform's DynamoDB, and the same sums as the
 * shim's `call` facts to the analytics log (see demo-analytics.ts).
 */

export interface GraphQLResult<T = Record<string, any>> {
  data?: T | null;
  errors?: { message: string; extensions?: Record<string, any> }[];
}

export interface DemoDeps {
  graphql<T = Record<string, any>>(query: string, variables?: Record<string, unknown>, token?: string): Promise<GraphQLResult<T>>;
  admin: { email: string; password: string };
  /** The token of the newest verification link mailed to `email` (waits for it). */
  verificationToken(email: string): Promise<string>;
  /** The quota shim's base URL. */
  shimUrl: string;
  /** Where the quota shim's usage rollups live: the platform's DynamoDB and its quotas table. */
  usage: { db: DynamoDBDocumentClient; table: string };
  /** Where the health monitor's checks live: the platform's DynamoDB and its catalog table. */
  health: { db: DynamoDBDocumentClient; table: string };
  /** JSON file for the plaintexts shown only once (solution secrets, API keys); written with mode 600. */
  secretsFile: string;
  /**
   * The Razorpay test-mode simulator the platform's billing talks to (its `/_simulator` controls pay at checkout
   * and charge a renewal); null when the platform runs on real Razorpay keys, and the demo subscribes nobody.
   */
  razorpaySimulator: { url: string; keyId: string; keySecret: string } | null;
  /**
   * Where the FX Rates example solution runs (e.g. http://localhost:5050): registered as the listing's base URL,
   * with `<baseUrl>/health` as its health URL. Without it the listing keeps its illustrative URL.
   */
  fxRatesUrl?: string;
  log?: (line: string) => void;
}

export interface DemoResult {
  partner: { email: string; password: string; userId: string };
  customer: { email: string; password: string; userId: string };
  solutions: { id: string; slug: string; name: string; category: string }[];
  keys: { id: string; slug: string; name: string; tier: string }[];
  /** The customer's paid subscription, its invoices and current period (none without the simulator). */
  subscription: { slug: string; tier: string; status: string; invoices: number; period: { start: string; end: string } } | null;
  /** Visitors who tried a solution anonymously, signed up and called with a key (conversions); `tier` PRO once they paid. */
  converts: { email: string; userId: string; slug: string; keyId: string; tier: string }[];
  /** The FX Rates listing as registered: where the live example answers, and the URL the monitor checks. */
  fxRates: { solutionId: string; baseUrl: string; healthCheckUrl: string | null };
  /** What this run created or wrote; empty when the platform already had everything. */
  changes: string[];
  /**
   * The analytics facts of the past days' history (the customer's calls, anonymous trials), the same sums the usage
   * rollups hold, as the shim would log them (it logs today's itself); `npm run demo` appends them to the event log.
   */
  history: EventInput[];
}

interface Secrets {
  solutions: Record<string, { secret: string }>;
  keys: Record<string, { apiKey: string }>;
}

/** Verdicts that mean a stored plaintext key is of no further use. */
const KEY_REFUSALS = new Set<string>(['KEY_INVALID', 'KEY_REVOKED', 'KEY_EXPIRED', 'KEY_WRONG_SOLUTION'] satisfies VerdictCode[]);
const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function runDemo(deps: DemoDeps): Promise<DemoResult> {
  const log = deps.log ?? (() => {});
  const changes: string[] = [];
  const history: EventInput[] = [];
  const changed = (what: string) => {
    changes.push(what);
    log(`  + ${what}`);
  };

  async function gql<T = Record<string, any>>(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> {
    const res = await deps.graphql<T>(query, variables, token);
    if (res.errors?.length || !res.data) throw new Error(`demo: ${JSON.stringify(res.errors)} for ${query.slice(0, 90)}`);
    return res.data;
  }

  async function login(email: string, password: string) {
    return deps.graphql<{ login: { accessToken: string; user: { id: string; roles: string[] } } }>(
      `mutation($input: LoginInput!) { login(input: $input) { accessToken user { id roles } } }`,
      { input: { email, password } },
    );
  }

  /**
   * Signs in, registering (with the terms accepted, as the web app's sign-up form does) and verifying the account first
   * when it does not exist (or is not verified yet).
   */
  async function ensureUser(email: string, name: string, password = DEMO_PASSWORD) {
    let res = await login(email, password);
    const code = res.errors?.[0]?.extensions?.code;
    if (!res.data?.login && code === 'UNAUTHENTICATED') {
      const pow = await proofOfWorkFor((query, variables) => deps.graphql(query, variables), 'SIGN_UP');
      const registered = await deps.graphql(`mutation($input: RegisterInput!, $pow: String) { register(input: $input, proofOfWork: $pow) { id } }`, { input: { email, password, name, acceptTerms: true }, pow });
      if (registered.errors?.length) {
        throw new Error(`${email} cannot sign in with the demo password and cannot register: ${JSON.stringify(registered.errors)}`);
      }
      changed(`registered ${email}`);
      await gql(`mutation($t: String!) { verifyEmail(token: $t) { id } }`, { t: await deps.verificationToken(email) });
      res = await login(email, password);
    } else if (!res.data?.login && res.errors?.[0]?.extensions?.reason === 'EMAIL_NOT_VERIFIED') {
      const pow = await proofOfWorkFor((query, variables) => deps.graphql(query, variables), 'RESEND_VERIFICATION');
      await gql(`mutation($email: String!, $pow: String) { resendVerification(email: $email, proofOfWork: $pow) }`, { email, pow });
      await sleep(50);
      await gql(`mutation($t: String!) { verifyEmail(token: $t) { id } }`, { t: await deps.verificationToken(email) });
      changed(`verified ${email}`);
      res = await login(email, password);
    }
    if (!res.data?.login) throw new Error(`cannot sign in as ${email}: ${JSON.stringify(res.errors)}`);
    return { token: res.data.login.accessToken, userId: res.data.login.user.id, roles: res.data.login.user.roles };
  }

  const secrets: Secrets = existsSync(deps.secretsFile)
    ? { solutions: {}, keys: {}, ...(JSON.parse(readFileSync(deps.secretsFile, 'utf8')) as Partial<Secrets>) }
    : { solutions: {}, keys: {} };
  const saveSecrets = () => {
    writeFileSync(deps.secretsFile, `${JSON.stringify(secrets, null, 2)}\n`, { mode: 0o600 });
    chmodSync(deps.secretsFile, 0o600);
  };

  async function shim(path: '/quota/validate' | '/quota/check', secret: string, body: unknown) {
    const res = await fetch(`${deps.shimUrl}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${secret}` },
      body: JSON.stringify(body),
    });
    return { status: res.status, body: (await res.json()) as Record<string, any> };
  }

  log('Admin, partner and customer');
  const admin = await ensureUser(deps.admin.email, 'Admin', deps.admin.password);

  // The partner: an approved application gives the PARTNER role (the gateway reads roles from the account).
  let partner = await ensureUser(DEMO_PARTNER.email, DEMO_PARTNER.name);
  if (!partner.roles.includes('PARTNER')) {
    const me = await gql<{ me: { partnerApplication: { id: string; status: string } | null } }>(
      `{ me { partnerApplication { id status } } }`,
      {},
      partner.token,
    );
    let application = me.me.partnerApplication;
    if (!application || application.status === 'REJECTED') {
      const applied = await gql<{ applyForPartnership: { id: string; status: string } }>(
        `mutation($input: ApplyForPartnershipInput!) { applyForPartnership(input: $input) { id status } }`,
        { input: DEMO_PARTNER.application },
        partner.token,
      );
      application = applied.applyForPartnership;
      changed(`partner application of ${DEMO_PARTNER.application.companyName}`);
    }
    if (application.status === 'PENDING') {
      await gql(`mutation($id: ID!) { approvePartnerApplication(id: $id) { id } }`, { id: application.id }, admin.token);
      changed('approved the partner application');
    }
    partner = await ensureUser(DEMO_PARTNER.email, DEMO_PARTNER.name);
  }

  log('Solutions');
  const solutions: DemoResult['solutions'] = [];
  for (const spec of DEMO_SOLUTIONS) {
    const id = await ensureSolution(spec, partner.token, admin.token);
    solutions.push({ id, slug: spec.slug, name: spec.name, category: spec.category });
    if (!(await secretWorks(secrets.solutions[spec.slug]?.secret))) {
      secrets.solutions[spec.slug] = { secret: await issueSecret(id, partner.token) };
      saveSecrets();
      changed(`solution secret for ${spec.slug}`);
    }
  }

  async function ensureSolution(spec: DemoSolution, partnerToken: string, adminToken: string): Promise<string> {
    type Found = { id: string; status: string; healthCheckUrl: string | null; endpoints: { method: string; path: string }[] };
    const fields = `id status healthCheckUrl endpoints { method path }`;
    let found = (await gql<{ solution: Found | null }>(`query($slug: String!) { solution(slug: $slug) { ${fields} } }`, { slug: spec.slug }, partnerToken)).solution;
    if (!found) {
      const { slug, name, summary, description, category, tags, baseUrl, documentationUrl } = spec;
      found = (
        await gql<{ createSolution: Found }>(
          `mutation($input: CreateSolutionInput!) { createSolution(input: $input) { ${fields} } }`,
          { input: { slug, name, summary, description, category, tags, baseUrl, documentationUrl } },
          partnerToken,
        )
      ).createSolution;
      changed(`solution ${spec.slug} (${spec.category})`);
    }
    const id = found.id;
    if (found.status === 'DRAFT' || found.status === 'REJECTED') {
      const set = await gql<{ setSolutionTiers: { problems: unknown[] } }>(
        `mutation($id: ID!, $tiers: [TierConfigInput!]!) { setSolutionTiers(solutionId: $id, tiers: $tiers) { problems { field message } } }`,
        { id, tiers: spec.tiers },
        partnerToken,
      );
      if (set.setSolutionTiers.problems.length) throw new Error(`demo: tiers of ${spec.slug} refused: ${JSON.stringify(set.setSolutionTiers.problems)}`);
      for (const endpoint of spec.endpoints) {
        if (found.endpoints.some((e) => e.method === endpoint.method && e.path === endpoint.path)) continue;
        await gql(`mutation($id: ID!, $input: EndpointInput!) { addEndpoint(solutionId: $id, input: $input) { id } }`, { id, input: endpoint }, partnerToken);
      }
      // Submission needs the review checklist complete: documented endpoints, a health-check URL and a secret.
      if (!found.healthCheckUrl) {
        await gql(`mutation($id: ID!, $url: String) { setHealthCheckUrl(solutionId: $id, url: $url) { id } }`, { id, url: `${spec.baseUrl}/health` }, partnerToken);
      }
      if (!(await secretWorks(secrets.solutions[spec.slug]?.secret))) {
        secrets.solutions[spec.slug] = { secret: await issueSecret(id, partnerToken) };
        saveSecrets();
      }
      await gql(`mutation($id: ID!) { submitSolution(id: $id) { id } }`, { id }, partnerToken);
      changed(`configured four tiers and ${spec.endpoints.length} endpoints of ${spec.slug}, submitted it`);
      found.status = 'IN_REVIEW';
    }
    if (found.status === 'IN_REVIEW') {
      await gql(`mutation($id: ID!) { approveSolution(id: $id) { id } }`, { id }, adminToken);
      changed(`published ${spec.slug}`);
    } else if (found.status === 'UNPUBLISHED') {
      await gql(`mutation($id: ID!) { republishSolution(id: $id) { id } }`, { id }, partnerToken);
      changed(`republished ${spec.slug}`);
    } else if (found.status === 'SUSPENDED') {
      await gql(`mutation($id: ID!) { reinstateSolution(id: $id) { id } }`, { id }, adminToken);
      changed(`reinstated ${spec.slug}`);
    }
    return id;
  }

  /** A secret works when the shim accepts it (a check consumes nothing). */
  async function secretWorks(secret: string | undefined): Promise<boolean> {
    if (!secret) return false;
    return (await shim('/quota/check', secret, { client: { ip: '198.51.100.1' } })).status === 200;
  }

  async function issueSecret(solutionId: string, partnerToken: string): Promise<string> {
    const create = () =>
      deps.graphql<{ createSolutionSecret: { plaintext: string } }>(`mutation($id: ID!) { createSolutionSecret(solutionId: $id) { plaintext } }`, { id: solutionId }, partnerToken);
    let res = await create();
    if (!res.data?.createSolutionSecret) {
      // At most two live secrets: the plaintexts we lost are of no use, so revoke them and issue a fresh one.
      const live = await gql<{ solutionById: { secrets: { id: string; status: string }[] | null } }>(
        `query($id: ID!) { solutionById(id: $id) { secrets { id status } } }`,
        { id: solutionId },
        partnerToken,
      );
      for (const s of live.solutionById.secrets ?? []) {
        if (s.status === 'ACTIVE') await gql(`mutation($id: ID!) { revokeSolutionSecret(secretId: $id) { id } }`, { id: s.id }, partnerToken);
      }
      res = await create();
    }
    if (!res.data?.createSolutionSecret) throw new Error(`cannot issue a secret for ${solutionId}: ${JSON.stringify(res.errors)}`);
    return res.data.createSolutionSecret.plaintext;
  }

  // The FX Rates listing points at the live example solution, and the platform monitors its health URL.
  const fxListing = solutions.find((s) => s.slug === DEMO_FX.slug)!;
  const fxRates = await registerFxRates(fxListing.id);

  async function registerFxRates(solutionId: string): Promise<DemoResult['fxRates']> {
    type Listing = { baseUrl: string; healthCheckUrl: string | null };
    const current = (await gql<{ solutionById: Listing }>(`query($id: ID!) { solutionById(id: $id) { baseUrl healthCheckUrl } }`, { id: solutionId }, partner.token)).solutionById;
    if (!deps.fxRatesUrl) return { solutionId, ...current };
    const baseUrl = deps.fxRatesUrl.replace(/\/+$/, '');
    const healthCheckUrl = `${baseUrl}/health`;
    if (current.baseUrl !== baseUrl) {
      await gql(`mutation($id: ID!, $input: UpdateSolutionInput!) { updateSolution(id: $id, input: $input) { id } }`, { id: solutionId, input: { baseUrl } }, partner.token);
      changed(`${DEMO_FX.slug} served by the FX Rates example at ${baseUrl}`);
    }
    if (current.healthCheckUrl !== healthCheckUrl) {
      await gql(`mutation($id: ID!, $url: String) { setHealthCheckUrl(solutionId: $id, url: $url) { id } }`, { id: solutionId, url: healthCheckUrl }, partner.token);
      changed(`health URL of ${DEMO_FX.slug}: ${healthCheckUrl}`);
    }
    return { solutionId, baseUrl, healthCheckUrl };
  }

  log('Customer, keys and usage');
  const customer = await ensureUser(DEMO_CUSTOMER.email, DEMO_CUSTOMER.name);
  // Nobody's history starts before their account exists: the customer's past days are those after the day it was made.
  const customerSince = await createdAt(customer.token);
  const keys: DemoResult['keys'] = [];
  for (const plan of DEMO_KEYS) {
    const solution = solutions.find((s) => s.slug === plan.slug)!;
    const secret = secrets.solutions[plan.slug]!.secret;
    const key = await ensureKey(customer.token, solution, plan.name, plan.slug);
    if (plan.grant) {
      const tier = await gql<{ myTier: string }>(`query($sol: ID!) { myTier(solutionId: $sol) }`, { sol: solution.id }, customer.token);
      if (tier.myTier !== plan.grant) {
        await gql(
          `mutation($input: GrantTierInput!) { grantTier(input: $input) { tier } }`,
          { input: { userId: customer.userId, solutionId: solution.id, tier: plan.grant, reason: 'Demo data' } },
          admin.token,
        );
        changed(`granted ${plan.grant} on ${plan.slug} to ${DEMO_CUSTOMER.email}`);
      }
    }
    keys.push({ id: key.id, slug: plan.slug, name: plan.name, tier: plan.grant ?? 'REGISTERED' });

    await writeHistory(solution.id, key.id, plan);
    await callToday(solution.id, secrets.keys[plan.slug]!.apiKey, secret, plan);
  }

  /** When the signed-in user's account was created (ms). */
  async function createdAt(token: string): Promise<number> {
    return Date.parse((await gql<{ me: { createdAt: string } }>(`{ me { createdAt } }`, {}, token)).me.createdAt);
  }

  /**
   * The user's active key named `name` on the solution, created (or, its plaintext lost, rotated) when needed; its
   * plaintext is kept in the secrets file under `secretsKey`.
   */
  async function ensureKey(token: string, solution: { id: string; slug: string }, name: string, secretsKey: string) {
    const secret = secrets.solutions[solution.slug]!.secret;
    const mine = await gql<{ myKeys: { id: string; name: string; status: string }[] }>(
      `query($sol: ID!) { myKeys(solutionId: $sol) { id name status } }`,
      { sol: solution.id },
      token,
    );
    let key = mine.myKeys.find((k) => k.name === name && k.status === 'ACTIVE');
    const known = secrets.keys[secretsKey]?.apiKey;
    const knownWorks = known && !KEY_REFUSALS.has(String((await shim('/quota/check', secret, { apiKey: known })).body.code));
    if (!key) {
      const created = await gql<{ createApiKey: { plaintext: string; key: { id: string; name: string; status: string } } }>(
        `mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { plaintext key { id name status } } }`,
        { input: { solutionId: solution.id, name } },
        token,
      );
      key = created.createApiKey.key;
      secrets.keys[secretsKey] = { apiKey: created.createApiKey.plaintext };
      saveSecrets();
      changed(`API key "${name}" on ${solution.slug}`);
    } else if (!knownWorks) {
      // The key exists but its plaintext is lost (shown only once): rotate it at once to get a usable one.
      const rotated = await gql<{ rotateApiKey: { plaintext: string; key: { id: string; name: string; status: string } } }>(
        `mutation($id: ID!) { rotateApiKey(id: $id, graceHours: 0) { plaintext key { id name status } } }`,
        { id: key.id },
        token,
      );
      key = rotated.rotateApiKey.key;
      secrets.keys[secretsKey] = { apiKey: rotated.rotateApiKey.plaintext };
      saveSecrets();
      changed(`rotated API key "${name}" on ${solution.slug} (its plaintext was not in ${deps.secretsFile})`);
    }
    return key;
  }

  async function daily(solutionId: string, days: number) {
    const usage = await gql<{ myUsage: { daily: { day: string; allowed: number; denied: number }[] } }>(
      `query($sol: ID!, $days: Int!) { myUsage(solutionId: $sol) { daily(days: $days) { day allowed denied } } }`,
      { sol: solutionId, days },
      customer.token,
    );
    return usage.myUsage.daily;
  }

  /**
   * Past days without usage since the customer's account exists get a day of traffic, recorded as the shim records
   * it (the quotas `UsageRecorder`, at noon of that day; none before the account was made, so on a first run there
   * are none: today's calls go through the shim). Every such day, new or written by an earlier run (its counts are
   * the plan's), goes to `history` as the same sums for the analytics log (fixed ids count each once), so a run that
   * stopped before the log was appended makes it up; a day with other counts (live calls of an earlier run) is left
   * to the shim's own facts.
   */
  async function writeHistory(solutionId: string, keyId: string, plan: (typeof DEMO_KEYS)[number]) {
    const seen = new Map((await daily(solutionId, HISTORY_DAYS + 1)).filter((d) => d.allowed + d.denied > 0).map((d) => [d.day, d]));
    const today = Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth(), new Date().getUTCDate());
    const tier = TIER_GRAPHQL_NAMES[plan.grant ?? 'REGISTERED'];
    const planned: PlannedCalls[] = [];
    const toWrite: PlannedCalls[] = [];
    let written = 0;
    for (let ago = HISTORY_DAYS; ago >= 1; ago--) {
      const at = new Date(today - ago * 86_400_000 + 12 * 3_600_000);
      if (at.getTime() < customerSince) continue;
      const recorded = seen.get(day(at.getTime()));
      const { allowed, denied } = pastDay(plan.perDay, ago, at.getUTCDay());
      // A day with other calls (today's of an earlier run, logged by the shim itself) is not the demo's to tell.
      if (recorded && (recorded.allowed !== allowed || recorded.denied !== denied)) continue;
      const event = { solutionId, tier, userId: customer.userId, keyId, endpoint: plan.endpoint, overage: 0 };
      const sums: PlannedCalls[] = [
        { at, event: { ...event, code: 'VALID' as const, allowed: true, units: 1 }, count: allowed, dedupeKey: `demo-history-${keyId}-${day(at.getTime())}-VALID` },
        { at, event: { ...event, code: 'QUOTA_EXCEEDED' as const, allowed: false, units: 0 }, count: denied, dedupeKey: `demo-history-${keyId}-${day(at.getTime())}-QUOTA_EXCEEDED` },
      ].filter((p) => p.count > 0);
      planned.push(...sums);
      if (!recorded) {
        toWrite.push(...sums);
        written++;
      }
    }
    history.push(...callFactsOf(planned, partner.userId));
    await recordCalls(deps.usage, toWrite);
    if (!written) return;
    // The recorder keeps failed writes for a next flush that never comes: check that the days arrived.
    const days = new Set(toWrite.map((p) => day(p.at.getTime())));
    const missing = (await daily(solutionId, HISTORY_DAYS + 1)).filter((d) => days.has(d.day.slice(0, 10)) && d.allowed + d.denied === 0);
    if (missing.length) {
      throw new Error(
        `usage written to table ${deps.usage.table} does not show on the platform (${missing.length} days missing): ` +
          'point DYNAMODB_ENDPOINT and TABLE_PREFIX at the running platform\'s DynamoDB',
      );
    }
    changed(`${written} past days of usage on ${plan.slug} (UsageRecorder, each call at its own time)`);
  }

  /** Calls the shim until today has `plan.today` allowed calls for the key (counts trail by a flush). */
  async function callToday(solutionId: string, apiKey: string, secret: string, plan: (typeof DEMO_KEYS)[number]) {
    const todays = async () => (await daily(solutionId, 1))[0]?.allowed ?? 0;
    const missing = plan.today - (await todays());
    if (missing <= 0) return;
    await callShim(secret, { apiKey, endpoint: plan.endpoint }, missing);
    const deadline = Date.now() + 15_000;
    while ((await todays()) < plan.today && Date.now() < deadline) await sleep(200);
    changed(`${missing} calls today through the quota shim on ${plan.slug}`);
  }

  /** Makes `count` allowed validate calls, waiting out rate limits (a rate-limited call consumes nothing). */
  async function callShim(secret: string, body: Record<string, unknown>, count: number) {
    for (let made = 0; made < count; ) {
      const res = await shim('/quota/validate', secret, body);
      if (res.status !== 200) throw new Error(`quota shim: ${res.status} ${JSON.stringify(res.body)}`);
      if (res.body.code === 'RATE_LIMITED') await sleep(1000);
      else if (res.body.allowed) made++;
      else throw new Error(`quota shim refused a demo call: ${res.body.code}`);
    }
  }

  // Anonymous visitors' past trials on every solution: rollups of the days not written yet, facts of them all.
  log('Anonymous trials');
  const trials = demoTrialHistory({
    days: HISTORY_DAYS,
    solutions: solutions.map((s) => {
      const spec = DEMO_SOLUTIONS.find((d) => d.slug === s.slug)!;
      return {
        id: s.id,
        slug: s.slug,
        anonymousEndpoints: spec.endpoints.filter((e) => !e.tiers || e.tiers.includes('ANONYMOUS')).map((e) => `${e.method} ${e.path}`),
        anonymousLimit: spec.tiers.find((t) => t.tier === 'ANONYMOUS')!.callAllowance,
      };
    }),
  });
  /** The past days the partner's usage shows anonymous calls on, with their allowed and refused calls. */
  const anonymousDays = async (solutionId: string) => {
    const today = Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth(), new Date().getUTCDate());
    const rows = await gql<{ solutionUsage: { day: string; tier: string; allowed: number; denied: number }[] }>(
      `query($sol: ID!, $from: String!, $to: String!) { solutionUsage(solutionId: $sol, from: $from, to: $to) { day tier allowed denied } }`,
      { sol: solutionId, from: dayOf(today - HISTORY_DAYS * 86_400_000), to: dayOf(today - 86_400_000) },
      partner.token,
    );
    const days = new Map<string, string>();
    for (const r of rows.solutionUsage) if (r.tier === 'ANONYMOUS' && r.allowed + r.denied > 0) days.set(r.day, `${r.allowed}/${r.denied}`);
    return days;
  };
  for (const solution of solutions) {
    const mine = trials.calls.filter((c) => c.event.solutionId === solution.id);
    const planned = new Map<string, string>();
    for (const [d, calls] of groupBy(mine, (c) => dayOf(c.at.getTime()))) {
      const allowed = calls.filter((c) => c.event.allowed).reduce((n, c) => n + c.count, 0);
      planned.set(d, `${allowed}/${calls.reduce((n, c) => n + c.count, 0) - allowed}`);
    }
    // Days not written yet get the plan; days with the plan's counts were an earlier run's; others (live anonymous
    // calls of an earlier run's today) are the shim's, with its own facts.
    const seen = await anonymousDays(solution.id);
    const ours = (d: string) => !seen.has(d) || seen.get(d) === planned.get(d);
    history.push(
      ...trials.facts.filter((f) => f.solutionId === solution.id && f.type === 'trial.started' && ours(dayOf(f.time!.getTime()))),
      ...trials.facts.filter((f) => f.solutionId === solution.id && f.type === 'trial.ended' && mine.some((c) => c.event.fingerprint === f.fingerprint && ours(dayOf(c.at.getTime())))),
      ...callFactsOf(mine.filter((c) => ours(dayOf(c.at.getTime()))), partner.userId),
    );
    const toWrite = mine.filter((c) => !seen.has(dayOf(c.at.getTime())));
    if (!toWrite.length) continue;
    await recordCalls(deps.usage, toWrite);
    const days = new Set(toWrite.map((c) => dayOf(c.at.getTime())));
    const arrived = await anonymousDays(solution.id);
    const missing = [...days].filter((d) => arrived.get(d) !== planned.get(d));
    if (missing.length) {
      throw new Error(`usage written to table ${deps.usage.table} does not show on the platform (${missing.length} days missing): point DYNAMODB_ENDPOINT and TABLE_PREFIX at the running platform's DynamoDB`);
    }
    changed(`${days.size} past days of anonymous trials on ${solution.slug} (UsageRecorder, each call at its own time)`);
  }

  // The health monitor's past checks of every solution: into the catalog's health items and, as the same checks, the
  // analytics log (a day the live monitor checked is its own).
  log('Health history');
  const healthWriter = createHealthHistoryWriter(deps.health);
  const healthPlan = demoHealthHistory({ solutions, days: HISTORY_DAYS });
  for (const solution of solutions) {
    const checks = healthPlan.get(solution.id)!;
    const byDay = groupBy(checks, (c) => c.at.slice(0, 10));
    const sums = (list: typeof checks) => `${list.length}/${list.filter((c) => c.up).length}`;
    const stored = async () => new Map([...(await healthWriter.daily(solution.id, checks[0]!.at.slice(0, 10)))].map(([d, r]) => [d, `${r.checks}/${r.up}`]));
    const before = await stored();
    const ours = [...byDay].filter(([d, list]) => !before.has(d) || before.get(d) === sums(list));
    history.push(...healthWriter.facts({ id: solution.id, partnerId: partner.userId }, ours.flatMap(([, list]) => list)));
    const toWrite = ours.filter(([d]) => !before.has(d));
    if (!toWrite.length) continue;
    await healthWriter.write(solution.id, toWrite.flatMap(([, list]) => list));
    const after = await stored();
    if (toWrite.some(([d, list]) => after.get(d) !== sums(list))) throw new Error(`the health history of ${solution.slug} did not arrive in table ${deps.health.table}`);
    changed(`${toWrite.length} past days of health checks on ${solution.slug} (48 a day, one outage)`);
  }

  // Anonymous visitors trying the FX API: the partner sees them as ANONYMOUS in solutionUsage.
  const fx = solutions.find((s) => s.slug === DEMO_ANONYMOUS.slug)!;
  const anonymousToday = async () => {
    const rows = await gql<{ solutionUsage: { tier: string; allowed: number }[] }>(
      `query($sol: ID!, $d: String!) { solutionUsage(solutionId: $sol, from: $d, to: $d) { tier allowed } }`,
      { sol: fx.id, d: day(Date.now()) },
      partner.token,
    );
    return rows.solutionUsage.filter((r) => r.tier === 'ANONYMOUS').reduce((sum, r) => sum + r.allowed, 0);
  };
  const anonymousMissing = DEMO_ANONYMOUS.calls - (await anonymousToday());
  if (anonymousMissing > 0) {
    for (let i = 0; i < anonymousMissing; i++) {
      const client = { ip: `203.0.113.${10 + i}`, userAgent: 'Mozilla/5.0 (demo visitor)', acceptLanguage: 'en-IN' };
      await callShim(secrets.solutions[fx.slug]!.secret, { client, endpoint: DEMO_ANONYMOUS.endpoint }, 1);
    }
    const deadline = Date.now() + 15_000;
    while ((await anonymousToday()) < DEMO_ANONYMOUS.calls && Date.now() < deadline) await sleep(200);
    changed(`${anonymousMissing} anonymous calls today on ${fx.slug}`);
  }

  // Paid subscriptions go through billing's own checkout, paid at the Razorpay simulator's: each first period starts
  // today and has one invoice. No renewal is forced: the simulator's `/charge` bills the *next* cycle at once, which
  // would put the current period a month ahead of today (and the month's usage at 0).
  const simulator = deps.razorpaySimulator;
  const control = async (path: string, body: unknown = {}) => {
    const res = await fetch(`${simulator!.url}/_simulator${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Basic ${Buffer.from(`${simulator!.keyId}:${simulator!.keySecret}`).toString('base64')}` },
      body: JSON.stringify(body),
    });
    if (!res.ok) throw new Error(`Razorpay simulator ${path}: ${res.status} ${await res.text()}`);
    return (await res.json()) as Record<string, any>;
  };
  const invoiceCount = async (token: string) =>
    (await gql<{ myInvoices: { nodes: { id: string }[] } }>(`{ myInvoices(first: 100) { nodes { id } } }`, {}, token)).myInvoices.nodes.length;

  /** The user's active Pro subscription on the solution: checked out and paid at the simulator unless there is one. */
  async function subscribePro(user: { token: string; email: string; name: string }, solution: { id: string; slug: string }) {
    const current = async () => {
      const mine = await gql<{ mySubscriptions: { id: string; tier: string; status: string; currentPeriodStart: string; currentPeriodEnd: string; solution: { id: string } }[] }>(
        `{ mySubscriptions { id tier status currentPeriodStart currentPeriodEnd solution { id } } }`,
        {},
        user.token,
      );
      return mine.mySubscriptions.find((s) => s.solution.id === solution.id && s.status === 'ACTIVE');
    };
    let active = await current();
    if (!active) {
      const checkout = await gql<{ startCheckout: { subscriptionId: string; razorpaySubscriptionId: string } }>(
        `mutation($sol: ID!) { startCheckout(solutionId: $sol, tier: PRO) { subscriptionId razorpaySubscriptionId } }`,
        { sol: solution.id },
        user.token,
      );
      const paid = await control(`/subscriptions/${checkout.startCheckout.razorpaySubscriptionId}/authenticate`, { name: user.name, email: user.email });
      await gql(
        `mutation($input: CheckoutConfirmation!) { confirmCheckout(input: $input) { id status } }`,
        { input: { razorpayPaymentId: paid.razorpay_payment_id, razorpaySubscriptionId: paid.razorpay_subscription_id, razorpaySignature: paid.razorpay_signature } },
        user.token,
      );
      changed(`Pro subscription of ${user.email} on ${solution.slug}, paid at the simulator's checkout`);
      active = await current();
    }
    if (!active) throw new Error(`the demo subscription of ${user.email} on ${solution.slug} did not become active`);
    // The invoice is booked from the signature or the webhooks, whichever comes first; wait for it.
    const deadline = Date.now() + 15_000;
    while ((await invoiceCount(user.token)) === 0 && Date.now() < deadline) await sleep(200);
    return active;
  }

  // A paid subscription: the customer's Pro on SMS Notify.
  let subscription: DemoResult['subscription'] = null;
  if (simulator) {
    log('Pro subscription and invoices');
    const sms = solutions.find((s) => s.slug === DEMO_SUBSCRIPTION.slug)!;
    const active = await subscribePro({ token: customer.token, ...DEMO_CUSTOMER }, sms);
    subscription = {
      slug: sms.slug,
      tier: active.tier,
      status: active.status,
      invoices: await invoiceCount(customer.token),
      period: { start: active.currentPeriodStart, end: active.currentPeriodEnd },
    };
    for (const key of keys) if (key.slug === sms.slug) key.tier = active.tier;
  }

  // Visitors who convert: each tried a solution anonymously today from their own client, signed up, called on with a
  // key from the same client (the funnel's conversion: the shim's fingerprint of that client, first without a key,
  // then with one), and some paid for Pro. Their accounts are new, so all their calls are today's, through the shim.
  log('Visitors who signed up and subscribed');
  const converts: DemoResult['converts'] = [];
  for (const visitor of DEMO_CONVERTS) {
    const solution = solutions.find((s) => s.slug === visitor.slug)!;
    const secret = secrets.solutions[visitor.slug]!.secret;
    const client = { ip: visitor.ip, userAgent: visitor.userAgent, acceptLanguage: 'en-IN' };
    const before = await login(visitor.email, DEMO_PASSWORD);
    if (!before.data?.login && before.errors?.[0]?.extensions?.code === 'UNAUTHENTICATED') {
      // No account yet: the visitor's anonymous trial comes first.
      await callShim(secret, { client, endpoint: visitor.endpoint }, visitor.anonymousCalls);
      changed(`${visitor.anonymousCalls} anonymous calls of a visitor on ${visitor.slug}`);
    }
    const user = await ensureUser(visitor.email, visitor.name);
    const key = await ensureKey(user.token, solution, visitor.keyName, `${visitor.slug} ${visitor.email}`);
    const todays = async () =>
      (
        await gql<{ myUsage: { daily: { allowed: number }[] } }>(`query($sol: ID!) { myUsage(solutionId: $sol) { daily(days: 1) { allowed } } }`, { sol: solution.id }, user.token)
      ).myUsage.daily[0]?.allowed ?? 0;
    const missing = visitor.keyedCalls - (await todays());
    if (missing > 0) {
      await callShim(secret, { apiKey: secrets.keys[`${visitor.slug} ${visitor.email}`]!.apiKey, client, endpoint: visitor.endpoint }, missing);
      const deadline = Date.now() + 15_000;
      while ((await todays()) < visitor.keyedCalls && Date.now() < deadline) await sleep(200);
      changed(`${missing} calls today with ${visitor.email}'s key on ${visitor.slug}`);
    }
    const paid = visitor.pays && simulator ? (await subscribePro({ token: user.token, email: visitor.email, name: visitor.name }, solution)).tier : null;
    converts.push({ email: visitor.email, userId: user.userId, slug: visitor.slug, keyId: key.id, tier: paid ?? 'REGISTERED' });
  }

  return {
    partner: { email: DEMO_PARTNER.email, password: DEMO_PASSWORD, userId: partner.userId },
    customer: { email: DEMO_CUSTOMER.email, password: DEMO_PASSWORD, userId: customer.userId },
    solutions,
    keys,
    subscription,
    converts,
    fxRates,
    changes,
    history,
  };
}

/**
 * Where the running platform is, from the same settings `npm start` reads: the URLs if given, else the ports
 * (GATEWAY_PORT, SHIM_PORT), and its DynamoDB as DYNAMODB_ENDPOINT, else what the launcher wrote into DATA_DIR
 * (`DYNAMODB_PORT=0` picks a free port), else DYNAMODB_PORT.
 */
export function demoTargets(env: NodeJS.ProcessEnv, root: string): { gatewayUrl: string; shimUrl: string; dataDir: string; dynamoEndpoint: string } {
  const trim = (url: string) => url.replace(/\/+$/, '');
  const dataDir = resolve(root, env.DATA_DIR ?? '.data');
  return {
    gatewayUrl: trim(env.GATEWAY_URL ?? `http://localhost:${env.GATEWAY_PORT ?? 4000}`),
    shimUrl: trim(env.SHIM_URL ?? `http://localhost:${env.SHIM_PORT ?? 4010}`),
    dataDir,
    dynamoEndpoint: platformDynamoEndpoint(env, dataDir),
  };
}

/** The CLI: reads where the platform is from the environment (the same defaults as `npm start`). */
async function main() {
  const root = new URL('../../', import.meta.url).pathname;
  const env = process.env;
  const { gatewayUrl, shimUrl, dataDir, dynamoEndpoint } = demoTargets(env, root);
  const passwordFile = join(dataDir, 'admin-password.txt');
  const admin = {
    email: env.ADMIN_EMAIL ?? 'admin@marketplace.local',
    password: env.ADMIN_PASSWORD ?? (existsSync(passwordFile) ? readFileSync(passwordFile, 'utf8').trim() : ''),
  };
  if (!admin.password) throw new Error(`No admin password: set ADMIN_EMAIL/ADMIN_PASSWORD or start the platform once (it writes ${passwordFile}).`);
  const health = await fetch(`${gatewayUrl}/healthz`).catch(() => null);
  if (!health?.ok) throw new Error(`The platform is not up at ${gatewayUrl} (GATEWAY_URL, or GATEWAY_PORT): start it with \`npm start\` first.`);

  const db = createDocumentClient({ endpoint: dynamoEndpoint, region: env.AWS_REGION ?? 'us-east-1' });
  const started = performance.now();
  const secretsFile = join(dataDir, 'demo-secrets.json');
  const verificationToken = (email: string) => waitForVerificationToken(dataDir, email);
  const api = createHttpApi({ url: gatewayUrl, admin, verificationToken });
  const fxPort = Number(env.FX_RATES_PORT ?? DEMO_FX.defaultPort);
  if (!Number.isInteger(fxPort) || fxPort < 1 || fxPort > 65535) throw new Error('FX_RATES_PORT must be a port number (the FX Rates example solution listens there).');
  const result = await runDemo({
    fxRatesUrl: `http://localhost:${fxPort}`,
    graphql: api.graphql,
    admin,
    verificationToken,
    shimUrl,
    usage: { db, table: tableName(env.TABLE_PREFIX ?? 'marketplace-', 'quotas') },
    health: { db, table: tableName(env.TABLE_PREFIX ?? 'marketplace-', 'catalog') },
    secretsFile,
    // Without Razorpay keys `npm start` runs the simulator (RAZORPAY_SIMULATOR_PORT, default 4020) with these keys.
    razorpaySimulator: env.RAZORPAY_KEY_ID
      ? null
      : {
          url: (env.RAZORPAY_SIMULATOR_URL ?? `http://localhost:${env.RAZORPAY_SIMULATOR_PORT ?? SIMULATOR_DEFAULTS.port}`).replace(/\/+$/, ''),
          keyId: SIMULATOR_DEFAULTS.keyId,
          keySecret: SIMULATOR_DEFAULTS.keySecret,
        },
    log: (line) => console.log(line),
  });
  db.destroy();
  await writeDemoAnalytics({ dataDir, nodeEnv: env.NODE_ENV ?? 'development', facts: result.history, log: (line) => console.log(line) });

  const say = (line = '') => console.log(line);
  say();
  say(result.changes.length ? `Demo data ready (${result.changes.length} changes, ${((performance.now() - started) / 1000).toFixed(1)} s).` : 'Demo data was already there: nothing changed.');
  say();
  say('Logins');
  say(`  Admin     ${admin.email}  ${env.ADMIN_PASSWORD ? '(password from ADMIN_PASSWORD)' : `(password in ${passwordFile})`}`);
  say(`  Partner   ${result.partner.email}  ${result.partner.password}`);
  say(`  Customer  ${result.customer.email}  ${result.customer.password}`);
  for (const c of result.converts) say(`  Visitor   ${c.email.padEnd(32)} ${result.customer.password}  ${c.tier} on ${c.slug}`);
  say();
  say('Solutions');
  for (const s of result.solutions) say(`  ${s.name.padEnd(16)} ${s.category.padEnd(22)} ${gatewayUrl}/solutions/${s.slug}`);
  say();
  say('Customer keys (plaintexts, with the solution secrets, in the file below)');
  for (const k of result.keys) say(`  ${k.name.padEnd(22)} on ${k.slug.padEnd(22)} ${k.tier}`);
  if (result.subscription) {
    say();
    say('Billing (Razorpay test-mode simulator: no real money)');
    const { tier, slug, status, invoices, period } = result.subscription;
    say(`  ${tier} on ${slug}, ${status}, ${period.start.slice(0, 10)} – ${period.end.slice(0, 10)}, ${invoices} invoice(s)  ${gatewayUrl}/billing`);
  }
  say();
  say('URLs');
  say(`  App        ${gatewayUrl}/`);
  say(`  Dashboard  ${gatewayUrl}/dashboard`);
  say(`  Explorer   ${gatewayUrl}/explorer`);
  say(`  Quota API  ${shimUrl}/quota/validate`);
  say(`  Secrets    ${secretsFile} (mode 600)`);

  // The FX Rates listing's API, live: the SDK example with the listing's solution secret, until Ctrl-C.
  const secret = (JSON.parse(readFileSync(secretsFile, 'utf8')) as Secrets).solutions[DEMO_FX.slug]?.secret;
  if (!secret) throw new Error(`no solution secret for ${DEMO_FX.slug} in ${secretsFile}`);
  const fx = await startFxRates({ port: fxPort, shimUrl, solutionSecret: secret, marketplaceOrigin: gatewayUrl, log: (line) => console.log(line) });
  say();
  say(`FX Rates (sdk/examples/fx-rates) is live at ${fx.baseUrl}, health ${fx.healthUrl}; the platform checks it every minute.`);
  say(`  Try it    curl -i ${fx.baseUrl}/v1/rates/latest?base=INR   (10 anonymous calls, then 429 with an upgrade prompt)`);
  say(`  With a key  curl -i -H "X-API-Key: <key>" ${fx.baseUrl}/v1/convert?from=USD\&to=INR\&amount=25   (100 calls)`);
  say('Ctrl-C stops the FX Rates solution (the platform keeps running; its Health page then shows the incident).');
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => void fx.stop().then(() => process.exit(0)));
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
