import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DAY, tableName } from '@marketplace/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer } from 'node:net';
import { createHealthMonitor } from '@marketplace/catalog';
import { runDemo, type DemoResult } from '../demo/demo.ts';
import { type FxRatesProcess, startFxRates } from '../demo/fx-rates-process.ts';
import { testDb } from '../support/dynamo.ts';
import { linkIn } from '../support/smtp.ts';
import { startTestPlatform, type TestPlatform } from '../support/platform.ts';

/** `npm run demo` on a platform: what it promises, and that a second run changes nothing. */
let platform: TestPlatform;
let ticking: NodeJS.Timeout;
let fx: FxRatesProcess | undefined;
let fxPort: number;
const db = testDb();
const secretsFile = join(mkdtempSync(join(tmpdir(), 'mp-demo-')), 'demo-secrets.json');

/** A port nothing listens on now (the FX example binds it itself, as `npm run demo` does with FX_RATES_PORT). */
async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as { port: number };
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

beforeAll(async () => {
  fxPort = await freePort();
  platform = await startTestPlatform();
  // The demo waits out per-second rate limits, so the platform's clock must move with real time.
  ticking = setInterval(() => platform.clock.advance(100), 100);
});
afterAll(async () => {
  await fx?.stop();
  clearInterval(ticking);
  await platform?.close();
});

const demo = () =>
  runDemo({
    graphql: platform.graphql,
    admin: platform.admin,
    verificationToken: async (email) => linkIn(await platform.smtp.waitFor(email, /verify/i), 'http://localhost:4000/verify-email?token=').searchParams.get('token')!,
    shimUrl: platform.shimUrl,
    usage: { db, table: tableName(platform.tablePrefix, 'quotas') },
    health: { db, table: tableName(platform.tablePrefix, 'catalog') },
    secretsFile,
    razorpaySimulator: { url: platform.simulator.url, keyId: platform.simulator.keyId, keySecret: platform.simulator.keySecret },
    fxRatesUrl: `http://localhost:${fxPort}`,
  });

describe('npm run demo', () => {
  let first: DemoResult;

  it('publishes three solutions in three categories, each with four priced tiers and endpoints', { timeout: 300_000 }, async () => {
    first = await demo();
    expect(first.changes.length).toBeGreaterThan(10);
    const catalog = await platform.graphql<{ solutions: { nodes: { slug: string; category: string; status: string; tiers: any[]; endpoints: any[] }[] } }>(
      `{ solutions { nodes { slug category status tiers { tier monthlyPricePaise highlights features { key } } endpoints { path } } } }`,
    );
    const nodes = catalog.data!.solutions.nodes;
    expect(nodes).toHaveLength(3);
    expect(new Set(nodes.map((n) => n.category))).toEqual(new Set(['AI & Machine Learning', 'Communication', 'Data & Analytics']));
    for (const node of nodes) {
      expect(node.status).toBe('PUBLISHED');
      expect(node.tiers.map((t) => t.tier)).toEqual(['ANONYMOUS', 'REGISTERED', 'PRO', 'ENTERPRISE']);
      expect(node.tiers.filter((t) => t.monthlyPricePaise > 0)).toHaveLength(2);
      expect(node.tiers.every((t) => t.highlights.length > 0)).toBe(true);
      expect(node.endpoints.length).toBeGreaterThanOrEqual(2);
    }
    expect(statSync(secretsFile).mode & 0o777).toBe(0o600);
  });

  it('gives the customer two keys with usage today, and none before their account existed', async () => {
    const customer = await platform.login(first.customer.email, first.customer.password);
    const keys = await platform.graphql<{ myKeys: { id: string; status: string }[] }>(`{ myKeys { id status } }`, {}, customer.accessToken);
    // Signed up as the web app signs people up: the terms accepted (Settings shows no "no acceptance on record").
    const consents = await platform.graphql<{ myConsents: { kind: string; granted: boolean; source: string }[] }>(`{ myConsents { kind granted source } }`, {}, customer.accessToken);
    expect(consents.data!.myConsents).toContainEqual({ kind: 'TERMS', granted: true, source: 'SIGN_UP' });
    expect(keys.data!.myKeys.filter((k) => k.status === 'ACTIVE')).toHaveLength(2);
    for (const key of first.keys) {
      const solution = first.solutions.find((s) => s.slug === key.slug)!;
      const usage = await platform.graphql<{ myUsage: { tier: string; daily: { day: string; allowed: number; denied: number }[] } }>(
        `query($sol: ID!) { myUsage(solutionId: $sol) { tier daily(days: 28) { day allowed denied } } }`,
        { sol: solution.id },
        customer.accessToken,
      );
      const daily = usage.data!.myUsage.daily;
      expect(usage.data!.myUsage.tier).toBe(key.tier);
      expect(daily.at(-1)!.allowed).toBeGreaterThan(0); // today, through the shim
      // The account was made today: no day before it has calls, in the rollups or in the history for the log.
      expect(daily.slice(0, -1).filter((d) => d.allowed + d.denied > 0)).toEqual([]);
      expect(first.history.filter((e) => e.type === 'call' && e.keyId === key.id)).toEqual([]);
    }
  });

  it('tells one story: the usage rollups, the analytics calls by endpoint and day, and the health pages count the same', { timeout: 60_000 }, async () => {
    // As `npm run demo` appends its history to the event log (the shim logs today's calls itself).
    await platform.appendEvents(first.history);
    await platform.flushEvents();
    const partner = await platform.login(first.partner.email, first.partner.password);
    const now = platform.clock.now();
    const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
    const from = new Date(today - 28 * DAY);
    const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
    const analytics = async (input: Record<string, unknown>) => {
      const res = await platform.graphql<{ analytics: { rows: { dimensions: string[]; metrics: number[] }[]; truncated: boolean } }>(
        `query($input: AnalyticsQueryInput!) { analytics(input: $input) { rows { dimensions metrics } truncated } }`,
        { input: { scope: 'PARTNER', from: from.toISOString(), to: now.toISOString(), limit: 1000, ...input } },
        partner.accessToken,
      );
      expect(res.errors).toBeUndefined();
      return res.data!.analytics.rows;
    };
    for (const solution of first.solutions) {
      const filter = { field: 'solution', op: 'eq', value: solution.id };
      // "Usage, last 30 days" (the quotas rollups) and "Calls by endpoint" (the analytics log), day by day and by tier.
      const usage = await platform.graphql<{ solutionUsage: { day: string; tier: string; allowed: number; denied: number }[] }>(
        `query($sol: ID!, $from: String!, $to: String!) { solutionUsage(solutionId: $sol, from: $from, to: $to) { day tier allowed denied } }`,
        { sol: solution.id, from: day(from.getTime()), to: day(today) },
        partner.accessToken,
      );
      const rolledUp = new Map<string, number>();
      for (const r of usage.data!.solutionUsage) rolledUp.set(`${r.day} ${r.tier.toLowerCase()}`, (rolledUp.get(`${r.day} ${r.tier.toLowerCase()}`) ?? 0) + r.allowed + r.denied);
      const logged = new Map((await analytics({ dataset: 'CALLS', filter, dimensions: ['day', 'tier'], metrics: [{ fn: 'sum', field: 'calls' }] })).map((r) => [`${r.dimensions[0]!.slice(0, 10)} ${r.dimensions[1]}`, Number(r.metrics[0])]));
      expect(logged, solution.slug).toEqual(rolledUp);
      expect([...rolledUp.keys()].filter((k) => k.endsWith('anonymous')).length, `${solution.slug}: weeks of anonymous trials`).toBeGreaterThanOrEqual(27);
      const byEndpoint = await analytics({ dataset: 'CALLS', filter, dimensions: ['endpoint'], metrics: [{ fn: 'sum', field: 'calls' }] });
      expect(byEndpoint.map((r) => r.dimensions[0]).filter((e) => e === '-'), 'every demo call names its endpoint').toEqual([]);
      expect(byEndpoint.reduce((n, r) => n + Number(r.metrics[0]), 0)).toBe([...rolledUp.values()].reduce((n, c) => n + c, 0));

      // The Health page (the catalog's daily rollups) and the Analytics page's uptime (the HEALTH dataset).
      const health = await platform.graphql<{ solutionById: { health: { daily: { start: string; checks: number; up: number }[]; incidents: { startedAt: string; endedAt: string | null }[] } } }>(
        `query($id: ID!) { solutionById(id: $id) { health { daily(days: 30) { start checks up } incidents(first: 20) { startedAt endedAt } } } }`,
        { id: solution.id },
        partner.accessToken,
      );
      const pages = new Map(health.data!.solutionById.health.daily.filter((d) => d.checks > 0).map((d) => [d.start.slice(0, 10), `${d.checks}/${d.up}`]));
      const checked = new Map((await analytics({ dataset: 'HEALTH', filter, dimensions: ['day'], metrics: [{ fn: 'count' }, { fn: 'sum', field: 'up' }] })).map((r) => [r.dimensions[0]!.slice(0, 10), `${r.metrics[0]}/${r.metrics[1]}`]));
      expect(checked, solution.slug).toEqual(pages);
      expect(pages.size).toBe(27);
      expect(health.data!.solutionById.health.incidents).toEqual([{ startedAt: expect.any(String), endedAt: expect.any(String) }]);
    }
  });

  it('shows a business: visitors who converted, so the partner\'s and the admin\'s funnels have registered and paid callers, and revenue from several customers', { timeout: 60_000 }, async () => {
    // The history is in the log (the test above appended it and flushed the shim's facts of today's calls).
    expect(first.converts).toHaveLength(6);
    expect(first.converts.filter((c) => c.tier === 'PRO')).toHaveLength(3);
    const partner = await platform.login(first.partner.email, first.partner.password);
    const admin = await platform.login(platform.admin.email, platform.admin.password);
    const now = platform.clock.now();
    const range = { from: new Date(now.getTime() - 28 * DAY).toISOString(), to: new Date(now.getTime() + 3_600_000).toISOString() };
    const FUNNEL = 'funnel { anonymous registered paid registeredRate paidRate medianSecondsToRegister }';
    for (const solution of first.solutions) {
      const res = await platform.graphql<{ solutionAnalytics: { funnel: Record<string, number>; revenuePaise: number } }>(
        `query($id: ID!, $from: DateTimeISO!, $to: DateTimeISO!) { solutionAnalytics(solutionId: $id, from: $from, to: $to) { ${FUNNEL} revenuePaise } }`,
        { id: solution.id, ...range },
        partner.accessToken,
      );
      expect(res.errors).toBeUndefined();
      const { funnel, revenuePaise } = res.data!.solutionAnalytics;
      expect(funnel.anonymous, solution.slug).toBeGreaterThan(50);
      expect(funnel.registered, solution.slug).toBe(2);
      expect(funnel.paid, solution.slug).toBe(1);
      expect(funnel.medianSecondsToRegister, solution.slug).toBeGreaterThanOrEqual(0);
      expect(revenuePaise, solution.slug).toBeGreaterThan(0);
    }
    const platformFigures = await platform.graphql<{ platformAnalytics: { funnel: Record<string, number>; payingCustomers: number; revenuePaise: number } }>(
      `query($from: DateTimeISO!, $to: DateTimeISO!) { platformAnalytics(from: $from, to: $to) { ${FUNNEL} payingCustomers revenuePaise } }`,
      range,
      admin.accessToken,
    );
    expect(platformFigures.errors).toBeUndefined();
    expect(platformFigures.data!.platformAnalytics).toMatchObject({ funnel: { registered: 6, paid: 3 }, payingCustomers: 4 });
    // Billing's ledger: the customer's payment and the three visitors' (one Pro payment each).
    const revenue = await platform.graphql<{ partnerRevenue: { payments: number; subscribers: number }[] }>(`{ partnerRevenue { payments subscribers } }`, {}, partner.accessToken);
    expect(revenue.data!.partnerRevenue.reduce((n, r) => n + r.payments, 0)).toBe(4);

    // Nobody's calls start before their account: the history the demo wrote, and every call of theirs in the log.
    const users = await platform.graphql<{ users: { nodes: { id: string; email: string; createdAt: string }[] } }>(`{ users(first: 100) { nodes { id email createdAt } } }`, {}, admin.accessToken);
    const created = new Map(users.data!.users.nodes.map((u) => [u.id, Date.parse(u.createdAt)]));
    const keyed = first.history.filter((e) => e.type === 'call' && e.userId);
    for (const fact of keyed) expect(fact.time!.getTime(), fact.dedupeKey).toBeGreaterThanOrEqual(created.get(fact.userId!)!);
    for (const who of [first.customer, ...first.converts.map((c) => ({ email: c.email, password: first.customer.password }))]) {
      const user = await platform.login(who.email, who.password);
      const since = created.get(users.data!.users.nodes.find((u) => u.email === who.email)!.id)!;
      const hours = await platform.graphql<{ analytics: { rows: { dimensions: string[] }[] } }>(
        `query($input: AnalyticsQueryInput!) { analytics(input: $input) { rows { dimensions } } }`,
        { input: { dataset: 'CALLS', scope: 'CUSTOMER', ...range, dimensions: ['hour'], metrics: [{ fn: 'count' }], limit: 1000 } },
        user.accessToken,
      );
      const earliest = Math.min(...hours.data!.analytics.rows.map((r) => Date.parse(r.dimensions[0]!)));
      expect(earliest, who.email).toBeGreaterThanOrEqual(since - (since % 3_600_000));
    }
  });

  it('gives the customer a Pro subscription paid today: its first period contains today, one invoice (on the Razorpay simulator)', async () => {
    expect(first.subscription).toMatchObject({ slug: 'demo-sms-notify', tier: 'PRO', status: 'ACTIVE', invoices: 1 });
    // Not a cycle ahead: the period starts at the checkout (today) and ends about a month later.
    const { start, end } = first.subscription!.period;
    const now = platform.clock.now().getTime();
    expect(Date.parse(start)).toBeLessThanOrEqual(now);
    expect(now - Date.parse(start)).toBeLessThan(DAY);
    expect(Date.parse(end) - Date.parse(start)).toBeGreaterThanOrEqual(28 * DAY);
    expect(Date.parse(end) - Date.parse(start)).toBeLessThanOrEqual(31 * DAY);
    const customer = await platform.login(first.customer.email, first.customer.password);
    const invoices = await platform.graphql<{ myInvoices: { nodes: { kind: string; total: { paise: number }; description: string }[] } }>(
      `{ myInvoices { nodes { kind total { paise } description } } }`,
      {},
      customer.accessToken,
    );
    const nodes = invoices.data!.myInvoices.nodes;
    expect(nodes).toHaveLength(1);
    expect(nodes[0]).toMatchObject({ kind: 'INVOICE', description: expect.stringMatching(/^SMS Notify — Pro plan/) });
  });

  it('registers the live FX Rates example as the FX listing, with its health URL', async () => {
    expect(first.fxRates).toEqual({ solutionId: expect.any(String), baseUrl: `http://localhost:${fxPort}`, healthCheckUrl: `http://localhost:${fxPort}/health` });
    const listing = await platform.graphql<{ solution: { baseUrl: string; healthStatus: string } }>(`{ solution(slug: "demo-fx-rates") { baseUrl healthStatus } }`);
    expect(listing.data!.solution).toEqual({ baseUrl: `http://localhost:${fxPort}`, healthStatus: 'UNKNOWN' });
    const secret = (JSON.parse(readFileSync(secretsFile, 'utf8')) as { solutions: Record<string, { secret: string }> }).solutions['demo-fx-rates']!.secret;
    fx = await startFxRates({ port: fxPort, shimUrl: platform.shimUrl, solutionSecret: secret, marketplaceOrigin: 'http://localhost:4000' });
  }, 60_000);

  it('"Try it": the solution answers 10 anonymous calls and refuses the 11th with 429, the headers and an upgrade prompt', async () => {
    const call = () => fetch(`${fx!.baseUrl}/v1/rates/latest?base=INR`, { headers: { 'user-agent': 'try-it/1.0', 'accept-language': 'en-IN' } });
    for (let i = 1; i <= 10; i++) {
      platform.clock.advance(1000); // under the anonymous tier's 5 calls a second
      const res = await call();
      expect(res.status, `call ${i}`).toBe(200);
      expect(res.headers.get('x-marketplace-tier')).toBe('anonymous');
      // The tenth spends the trial, which never resets: no `t` from then on.
      expect(res.headers.get('ratelimit')).toMatch(i < 10 ? `"quota";r=${10 - i};t=` : /^"quota";r=0$/);
      expect(((await res.json()) as { base: string }).base).toBe('INR');
    }
    platform.clock.advance(1000);
    const refused = await call();
    expect(refused.status).toBe(429);
    expect(refused.headers.get('content-type')).toContain('application/problem+json');
    expect(refused.headers.get('ratelimit-policy')).toContain('"quota";q=10;');
    expect(refused.headers.get('ratelimit')).toBe('"quota";r=0');
    expect(refused.headers.get('x-marketplace-upgrade-url')).toBeTruthy();
    const body = (await refused.json()) as Record<string, any>;
    expect(body).toMatchObject({ status: 429, code: 'QUOTA_EXCEEDED', tier: 'anonymous', limit: 10, used: 10, remaining: 0, upgrade: { tier: 'registered' } });
    expect(body.upgrade.url).toBe(refused.headers.get('x-marketplace-upgrade-url'));
  }, 60_000);

  it('lets the marketplace\'s web origin call it from a browser (CORS), and no other origin', async () => {
    const preflight = await fetch(`${fx!.baseUrl}/v1/convert`, {
      method: 'OPTIONS',
      headers: { origin: 'http://localhost:4000', 'access-control-request-method': 'GET', 'access-control-request-headers': 'x-api-key' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('http://localhost:4000');
    expect(preflight.headers.get('access-control-allow-headers')).toContain('x-api-key');
    const other = await fetch(`${fx!.baseUrl}/v1/convert`, { method: 'OPTIONS', headers: { origin: 'https://evil.example', 'access-control-request-method': 'GET' } });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('with a registered key the solution answers 100 calls, then 429 with the upgrade to Pro', { timeout: 120_000 }, async () => {
    const user = await platform.signUp('fx-tryer@demo.test', 'a-long-enough-password', 'FX Tryer');
    const key = await platform.graphql<{ createApiKey: { plaintext: string } }>(
      `mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { plaintext } }`,
      { input: { solutionId: first.fxRates.solutionId, name: 'Try it' } },
      user.accessToken,
    );
    const apiKey = key.data!.createApiKey.plaintext;
    const call = () => fetch(`${fx!.baseUrl}/v1/convert?from=USD&to=INR&amount=25`, { headers: { 'x-api-key': apiKey } });
    for (let i = 1; i <= 100; i++) {
      platform.clock.advance(150); // under the registered tier's 10 calls a second
      const res = await call();
      expect(res.status, `call ${i}`).toBe(200);
      if (i === 1) expect(await res.json()).toMatchObject({ from: 'USD', to: 'INR', amount: 25 });
      else await res.arrayBuffer();
    }
    platform.clock.advance(150);
    const refused = await call();
    expect(refused.status).toBe(429);
    expect(await refused.json()).toMatchObject({ code: 'QUOTA_EXCEEDED', tier: 'registered', limit: 100, upgrade: { tier: 'pro' } });
  });

  it('is monitored: UP while it runs, DOWN with an incident once stopped', { timeout: 60_000 }, async () => {
    const monitor = createHealthMonitor(platform.catalogDeps);
    const slot = () => Math.floor(platform.clock.now().getTime() / platform.catalogDeps.health.intervalMs);
    await monitor.sweep(slot());
    const status = async () => (await platform.graphql<{ solution: { healthStatus: string } }>(`{ solution(slug: "demo-fx-rates") { healthStatus } }`)).data!.solution.healthStatus;
    expect(await status()).toBe('UP');
    await fx!.stop();
    // Down only once `failuresToOpen` consecutive checks have failed (HEALTH_CHECK_FAILURES_TO_OPEN).
    for (let failed = 1; failed <= platform.catalogDeps.health.failuresToOpen; failed++) {
      expect(await status()).toBe('UP');
      platform.clock.advance(platform.catalogDeps.health.intervalMs);
      await monitor.sweep(slot());
    }
    expect(await status()).toBe('DOWN');
    const partner = await platform.login(first.partner.email, first.partner.password);
    const health = await platform.graphql<{ solutionById: { health: { lastFailure: string; incidents: { endedAt: string | null }[] } } }>(
      `query($id: ID!) { solutionById(id: $id) { health { lastFailure incidents { endedAt } } } }`,
      { id: first.fxRates.solutionId },
      partner.accessToken,
    );
    // The live incident, newest first, above the demo history's outage a week ago (closed).
    expect(health.data!.solutionById.health).toEqual({ lastFailure: 'UNREACHABLE', incidents: [{ endedAt: null }, { endedAt: expect.any(String) }] });
    await platform.smtp.waitFor(first.partner.email, /FX Rates is down/);
  });

  it('changes nothing when run again, and names the same logins', { timeout: 60_000 }, async () => {
    const before = await platform.graphql(`{ solutions { nodes { id updatedAt } } }`);
    const second = await demo();
    expect(second.changes).toEqual([]);
    // The history is written once; its analytics events are logged again under the same ids (counted once), so a run
    // that stopped before the log was appended makes it up.
    expect(second.history).toEqual(first.history);
    expect({ ...second, changes: [] }).toEqual({ ...first, changes: [] });
    expect(await platform.graphql(`{ solutions { nodes { id updatedAt } } }`)).toEqual(before);
  });
});
