import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  type BillingDeps,
  type BillingServices,
  billingRoutes,
  buildBillingSchema,
  createBillingContext,
  createBillingServices,
  createRazorpayGateway,
  LocalDocumentStore,
} from '@marketplace/billing';
import { type RazorpaySimulator, startRazorpaySimulator } from '@marketplace/billing/testing';
import { createPaidGrantWriter } from '@marketplace/quotas/public';
import { createKeyHolders } from '@marketplace/keys/public';
import { createRoleGrants, createUserProfileReader } from '@marketplace/identity/public';
import { buildCatalogSchema, type CatalogDeps, createCatalogContext, createSolutionReferenceCache } from '@marketplace/catalog';
import { createCatalogReader, createPriceChangeFeed } from '@marketplace/catalog/public';
import { TEST_HEALTH_SETTINGS } from '@marketplace/catalog/testing';
import { buildKeysSchema, createKeysContext, type KeysDeps } from '@marketplace/keys';
import { buildQuotasSchema, createQuotasContext, createQuotasDeps, NoticeJobs } from '@marketplace/quotas';
import { createShimDeps } from '@marketplace/quotas';
import { startShimServer } from '@marketplace/quotas';
import {
  buildIdentitySchema,
  createIdentityContext,
  ensureBootstrapAdmin,
  type IdentityDeps,
} from '@marketplace/identity';
import { ErasureJob, verifyAccessToken } from '@marketplace/identity/public';
import { testProofOfWorkSettings } from '@marketplace/identity/testing';
import { createSessionChecker } from '@marketplace/identity/public';
import {
  checkTable,
  createDocumentClient,
  type DynamoConnection,
  createLogger,
  createMailer,
  ensureTable,
  ManualClock,
  type RunningServer,
  startSubgraphServer,
  systemClock,
  tableName,
} from '@marketplace/shared';
import { buildAnalyticsSchema, createAnalyticsContext, openAnalyticsLog } from '@marketplace/analytics';
import { createEventWriter, type EventInput } from '@marketplace/analytics/public';
import { accountErasers, readCommittedSupergraph } from '@marketplace/gateway';
import { startGateway, type GatewayOptions } from '@marketplace/gateway';
import { randomTablePrefix } from './table-prefix.ts';
import { linkIn, startTestSmtp, type TestSmtp } from './smtp.ts';
import { type Api, createHttpApi, type GraphQLResponse } from './http-api.ts';

export type { GraphQLResponse };

/** The whole platform in this process, with its GraphQL, sign-in and sign-up (`Api`) through the gateway. */
export interface TestPlatform extends Api {
  /** The gateway's base URL, e.g. http://127.0.0.1:39123. */
  url: string;
  clock: ManualClock;
  smtp: TestSmtp;
  internalSecret: string;
  subgraphUrls: Record<string, string>;
  /** What the catalog subgraph runs on (its table, the shared clock): tests build a catalog reader from it. */
  catalogDeps: CatalogDeps;
  /** The table prefix of this platform's tables on the run's DynamoDB. */
  tablePrefix: string;
  /** The quota shim's base URL (POST /quota/validate), served with the platform's clock. */
  shimUrl: string;
  /** Posts a body to the shim's /quota/validate (or /quota/check) with a solution secret. */
  validate(secret: string | null, body: unknown, path?: '/quota/validate' | '/quota/check'): Promise<{ status: number; headers: Headers; body: Record<string, any> }>;
  /** Writes the shim's pending usage rollups now (they otherwise go out every 500 ms). */
  flushUsage(): Promise<void>;
  /** Writes the shim's usage and every producer's pending analytics events now (the shim's go out every 5 s). */
  flushEvents(): Promise<void>;
  /** Appends facts to the platform's analytics event log as a producer does (the demo's back-dated history). */
  appendEvents(facts: readonly EventInput[]): Promise<void>;
  /** The Razorpay test-mode simulator billing talks to (on the platform's clock; webhooks go through the gateway). */
  simulator: RazorpaySimulator;
  /** The billing process's services (tests run its due jobs with `billing.jobs.runDue()`). */
  billing: BillingServices;
  /** The quotas process's upgrade-notice jobs (trial-end warnings, the notice emails): tests run them with `runDue()`. */
  notices: NoticeJobs;
  /** Identity's account-erasure job (deletions whose grace period ended): tests run it with `eraseDue()`. */
  erasure: ErasureJob;
  /** Every table of this platform, by subgraph name (tests scan them). */
  tables: Record<'identity' | 'catalog' | 'keys' | 'quotas' | 'billing' | 'analytics', string>;
  close(): Promise<void>;
}

/**
 * The platform as a client sees it, inside the test process: every subgraph and the real gateway on
 * 127.0.0.1 port 0, over the run's DynamoDB Local with a table prefix of its own, a real SMTP server and a
 * manual clock. Tests talk to it over HTTP only.
 */
export async function startTestPlatform(
  overrides: Partial<GatewayOptions> = {},
  options: {
    connection?: DynamoConnection;
    shimCacheMs?: number;
    /** Serve the tables of an earlier platform (its data, its admin) instead of fresh ones. */
    tablePrefix?: string;
    /** Social sign-in providers for identity (none by default). */
    social?: IdentityDeps['social'];
    /**
     * Serve solution references from catalog's per-process cache, as a catalog process does (the bench); on the
     * real clock, since this platform's clock stands still. Off by default: tests see every change at once.
     */
    solutionReferenceCacheMs?: number;
  } = {},
): Promise<TestPlatform> {
  const clock = new ManualClock(new Date());
  const prefix = options.tablePrefix ?? randomTablePrefix('it');
  // Under vitest the run's DynamoDB Local is injected; scripts (the bench) pass their own.
  const connection = options.connection ?? (await import('./dynamo.ts')).testConnection();
  const db = createDocumentClient(connection);
  const logger = createLogger('test', 'silent');
  const smtp = await startTestSmtp();
  const { privateKey, publicKey } = generateKeyPairSync('ed25519', {
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
    publicKeyEncoding: { type: 'spki', format: 'pem' },
  });
  const internalSecret = randomBytes(32).toString('base64url');
  const fingerprintSecret = randomBytes(32).toString('base64url');
  const identityTable = tableName(prefix, 'identity');
  await ensureTable(db, identityTable);
  const catalogTable = tableName(prefix, 'catalog');
  const keysTable = tableName(prefix, 'keys');
  const quotasTable = tableName(prefix, 'quotas');
  const billingTable = tableName(prefix, 'billing');
  const analyticsTable = tableName(prefix, 'analytics');
  await Promise.all([catalogTable, keysTable, quotasTable, billingTable, analyticsTable].map((table) => ensureTable(db, table)));
  const mailer = createMailer({ smtpUrl: smtp.url, mailDir: '/nonexistent', from: 'Marketplace <no-reply@test.local>', logger });
  // Analytics: every producer appends to one event log in a directory of this platform's own.
  const analyticsDataDir = mkdtempSync(join(tmpdir(), 'analytics-'));
  const events = createEventWriter({ dataDir: analyticsDataDir, writer: 'platform', pseudonymKey: fingerprintSecret, clock, logger });
  const analyticsLog = await openAnalyticsLog({ dataDir: analyticsDataDir, clock, logger, memoryLimit: '256MB', graceMs: 0 });

  const identityDeps: IdentityDeps = {
    db,
    table: identityTable,
    clock,
    logger,
    mailer,
    jwtPrivateKey: privateKey,
    jwtPublicKey: publicKey,
    fingerprintSecret,
    publicUrl: 'http://localhost:4000',
    production: false,
    proofOfWork: testProofOfWorkSettings(),
    ...(options.social ? { social: options.social } : {}),
    events,
  };
  const admin = { email: `admin-${prefix}@test.local`, password: 'admin-password-123' };
  await ensureBootstrapAdmin(identityDeps, { ...admin, dataDir: '/nonexistent' });

  const servers: RunningServer[] = [];
  const identity = await startSubgraphServer(
    {
      name: 'identity',
      schema: await buildIdentitySchema(),
      internalSecret,
      logger,
      clock,
      production: false,
      createContext: (base) => createIdentityContext(identityDeps, base),
      checkHealth: () => checkTable(db, identityTable),
    },
    { port: 0, host: '127.0.0.1' },
  );
  servers.push(identity);
  const catalogDeps: CatalogDeps = {
    db,
    table: catalogTable,
    roles: createRoleGrants({ db, table: identityTable, clock }),
    clock,
    internalSecret,
    logger,
    mailer,
    publicUrl: 'http://localhost:4000',
    production: false,
    health: TEST_HEALTH_SETTINGS,
    events,
    ...(options.solutionReferenceCacheMs === undefined
      ? {}
      : { solutionReferences: createSolutionReferenceCache({ clock: systemClock, ttlMs: options.solutionReferenceCacheMs }) }),
  };
  const catalog = await startSubgraphServer(
    {
      name: 'catalog',
      schema: await buildCatalogSchema(),
      internalSecret,
      logger,
      clock,
      production: false,
      createContext: (base) => createCatalogContext(catalogDeps, base),
      checkHealth: () => checkTable(db, catalogTable),
    },
    { port: 0, host: '127.0.0.1' },
  );
  servers.push(catalog);
  const keysDeps: KeysDeps = {
    db,
    table: keysTable,
    clock,
    logger,
    solutions: createCatalogReader({ db, table: catalogTable, clock }, { cacheMs: 0 }),
    production: false,
    events,
  };
  const keys = await startSubgraphServer(
    {
      name: 'keys',
      schema: await buildKeysSchema(),
      internalSecret,
      logger,
      clock,
      production: false,
      createContext: (base) => createKeysContext(keysDeps, base),
      checkHealth: () => checkTable(db, keysTable),
    },
    { port: 0, host: '127.0.0.1' },
  );
  servers.push(keys);
  const quotasDeps = createQuotasDeps({
    db,
    tables: { quotas: quotasTable, catalog: catalogTable, identity: identityTable },
    clock,
    logger,
    cacheMs: 0,
    production: false,
    events,
  });
  const quotas = await startSubgraphServer(
    {
      name: 'quotas',
      schema: await buildQuotasSchema(),
      internalSecret,
      logger,
      clock,
      production: false,
      createContext: (base) => createQuotasContext(quotasDeps, base),
      checkHealth: () => checkTable(db, quotasTable),
    },
    { port: 0, host: '127.0.0.1' },
  );
  servers.push(quotas);
  const notices = new NoticeJobs(quotasDeps, {
    mailer,
    users: createUserProfileReader({ db, table: identityTable, clock }, { cacheMs: 0 }),
    publicUrl: 'http://localhost:4000',
    statusChanges: {
      catalog: createCatalogReader({ db, table: catalogTable, clock }, { cacheMs: 0 }),
      holders: createKeyHolders({ db, table: keysTable, clock }),
    },
  });
  // Razorpay: the test-mode simulator on the platform's clock; its webhooks go to the gateway once it listens.
  const simulator = await startRazorpaySimulator({ clock, logger, webhookRetry: { attempts: 4, baseDelayMs: 20, maxDelayMs: 80, timeoutMs: 5000 } });
  const documentsDir = mkdtempSync(join(tmpdir(), 'billing-docs-'));
  const on = (table: string) => ({ db, table, clock });
  const billingDeps: BillingDeps = {
    db,
    table: billingTable,
    clock,
    logger,
    production: false,
    catalog: createCatalogReader(on(catalogTable), { cacheMs: 0 }),
    priceChanges: createPriceChangeFeed({ ...on(catalogTable), internalSecret }),
    users: createUserProfileReader(on(identityTable), { cacheMs: 0 }),
    grants: createPaidGrantWriter(on(quotasTable)),
    razorpay: createRazorpayGateway({
      keyId: simulator.keyId,
      keySecret: simulator.keySecret,
      webhookSecrets: [simulator.webhookSecret],
      apiUrl: simulator.url,
      simulator: true,
    }),
    mailer,
    documents: new LocalDocumentStore(documentsDir),
    publicUrl: 'http://localhost:4000',
    graceDays: 3,
    noticeHours: 24,
    events,
  };
  const billingServices = createBillingServices(billingDeps);
  const billing = await startSubgraphServer(
    {
      name: 'billing',
      schema: await buildBillingSchema(),
      internalSecret,
      logger,
      clock,
      production: false,
      createContext: (base) => createBillingContext(billingServices, base),
      routes: billingRoutes(billingServices, { internalSecret, now: () => clock.now(), logger }),
      checkHealth: () => checkTable(db, billingTable),
    },
    { port: 0, host: '127.0.0.1' },
  );
  servers.push(billing);
  const analyticsDeps = {
    engine: analyticsLog.engine,
    root: analyticsLog.root,
    solutions: createCatalogReader(on(catalogTable), { cacheMs: 0 }),
    clock,
    logger,
    sql: { timeoutMs: 5000, rowLimit: 1000 },
    freshAt: () => analyticsLog.freshAt(),
  };
  const analytics = await startSubgraphServer(
    {
      name: 'analytics',
      schema: await buildAnalyticsSchema(),
      internalSecret,
      logger,
      clock,
      production: false,
      createContext: (base) => createAnalyticsContext(analyticsDeps, base),
      checkHealth: () => checkTable(db, analyticsTable),
    },
    { port: 0, host: '127.0.0.1' },
  );
  servers.push(analytics);
  const subgraphUrls = { identity: identity.url, catalog: catalog.url, keys: keys.url, quotas: quotas.url, billing: billing.url, analytics: analytics.url };

  const shimDeps = createShimDeps({
    db,
    tablePrefix: prefix,
    clock,
    logger,
    fingerprintSecret,
    publicUrl: 'http://localhost:4000',
    cacheMs: options.shimCacheMs ?? 0,
    usageFlushMs: 100,
    events,
  });
  shimDeps.start();
  const shim = await startShimServer(shimDeps, { port: 0, host: '127.0.0.1' });

  const sessions = createSessionChecker({ db, table: identityTable, clock }, { cacheMs: 0 });
  const gateway = await startGateway(
    {
      supergraphSdl: await readCommittedSupergraph(),
      internalSecret,
      fingerprintSecret,
      verifyToken: (token) => verifyAccessToken(publicKey, token, clock.now()),
      sessionStatus: (sessionId, userId) => sessions.status(sessionId, userId),
      trustProxyHops: 0,
      checkDatabase: async (signal) => {
        await db.send(new ListTablesCommand({ Limit: 1 }), { abortSignal: signal });
      },
      logger,
      clock,
      production: false,
      introspection: true,
      explorer: true,
      maxBodyBytes: 100_000,
      maxDepth: 12,
      maxCost: 5_000,
      serviceHealthUrls: { 'quota-shim': `${shim.url}/healthz` },
      publicConfig: { quotaUrl: shim.url },
      ...overrides,
      // An override names the subgraphs it moves (e.g. one that is down); the others stay where they run.
      subgraphUrls: { ...subgraphUrls, ...overrides.subgraphUrls },
    },
    { port: 0, host: '127.0.0.1' },
  );
  servers.push(gateway);
  simulator.webhooks.setUrl(`${gateway.url}/billing/webhooks/razorpay`);

  const api = createHttpApi({
    url: gateway.url,
    admin,
    verificationToken: async (email) => linkIn(await smtp.waitFor(email, /verify/i), 'http://localhost:4000/verify-email?token=').searchParams.get('token') ?? '',
  });
  const platform: TestPlatform = {
    ...api,
    simulator,
    billing: billingServices,
    notices,
    erasure: new ErasureJob({ db, table: identityTable, clock, logger, erasers: accountErasers({ db, tableOf: (subgraph) => tableName(prefix, subgraph), clock, logger, events }) }),
    tables: { identity: identityTable, catalog: catalogTable, keys: keysTable, quotas: quotasTable, billing: billingTable, analytics: analyticsTable },
    url: gateway.url,
    clock,
    smtp,
    internalSecret,
    subgraphUrls,
    catalogDeps,
    tablePrefix: prefix,
    shimUrl: shim.url,
    async validate(secret, body, path = '/quota/validate') {
      const res = await fetch(`${shim.url}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(secret ? { authorization: `Bearer ${secret}` } : {}) },
        body: JSON.stringify(body),
      });
      return { status: res.status, headers: res.headers, body: (await res.json()) as Record<string, any> };
    },
    flushUsage: () => shimDeps.usage.flush(),
    flushEvents: () => shimDeps.flushEvents(),
    appendEvents: (facts) => events.append(facts),
    async close() {
      await shim.close();
      await shimDeps.stop();
      await simulator.webhooks.settled();
      await simulator.close();
      await billingServices.jobs.stop();
      for (const server of servers.reverse()) await server.close();
      await smtp.close();
      await analyticsLog.close();
      rmSync(documentsDir, { recursive: true, force: true });
      rmSync(analyticsDataDir, { recursive: true, force: true });
    },
  };
  return platform;
}

/** The error codes of a response, in order. */
export function codes(response: GraphQLResponse): string[] {
  return (response.errors ?? []).map((e) => String(e.extensions?.code));
}
