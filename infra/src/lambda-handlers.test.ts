import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createEventWriter } from '@marketplace/analytics/public';
import { DynamoDBDocumentClient, GetCommand, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { createShimDeps, startShimServer } from '@marketplace/quotas';
import { createDocumentClient, createLogger, ensureTable, type RunningServer, systemClock, tableName } from '@marketplace/shared';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { testConnection } from '../../test/support/dynamo.ts';
import { randomTablePrefix } from '../../test/support/table-prefix.ts';
import { keys as billingKeys } from '../../subgraphs/billing/src/data/keys.ts';
import { solutionCustomersPartition } from '../../subgraphs/keys/src/data/keys.ts';
import { httpApiEvent, LAMBDA_CONTEXT, startLocalHttpApi } from './testing/local-http-api.ts';

// The deployed shape, run here: the gateway's and every subgraph's Lambda entry point behind a stand-in for the
// HTTP API (payload 2.0 events, the stack's routes), on DynamoDB Local, configured only through the environment
// as the stack configures them. The shim runs as its process does (its container's program). Analytics reads its
// log from local files under DATA_DIR (without ANALYTICS_BUCKET; the bucket mirror has its own test).
const SUBGRAPH_NAMES = ['identity', 'catalog', 'keys', 'quotas', 'billing', 'analytics'];
const prefix = randomTablePrefix('lambda');
const dataDir = mkdtempSync(join(tmpdir(), 'lambda-'));
const adminPassword = randomBytes(12).toString('base64url');
const { privateKey, publicKey } = generateKeyPairSync('ed25519');
const connection = testConnection();
const env: Record<string, string> = {
  TABLE_PREFIX: prefix,
  DATA_DIR: dataDir,
  DYNAMODB_ENDPOINT: connection.endpoint!,
  AWS_REGION: 'us-east-1',
  AWS_ACCESS_KEY_ID: 'local',
  AWS_SECRET_ACCESS_KEY: 'local',
  INTERNAL_SECRET: randomBytes(32).toString('base64url'),
  FINGERPRINT_SECRET: randomBytes(32).toString('base64url'),
  JWT_PRIVATE_KEY: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
  JWT_PUBLIC_KEY: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
  ADMIN_EMAIL: 'ops@lambda.test',
  ADMIN_PASSWORD: adminPassword,
  // As the stack sets it: a subgraph function's cold start is part of the first check.
  HEALTH_TIMEOUT_MS: '10000',
};

type Handler = Parameters<typeof startLocalHttpApi>[0][string];
let api: Awaited<ReturnType<typeof startLocalHttpApi>>;
let shim: RunningServer & { stopDeps(): Promise<void> };
const handlers: Record<string, Handler> = {};

async function graphql(query: string, variables?: Record<string, unknown>, token?: string) {
  const res = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, headers: res.headers, body: (await res.json()) as { data?: any; errors?: { message: string; extensions?: { code?: string } }[] } };
}

beforeAll(async () => {
  Object.assign(process.env, env);
  const db = createDocumentClient(connection);
  await ensureTable(db, tableName(prefix, 'quotas'));
  const deps = createShimDeps({ db, tablePrefix: prefix, clock: systemClock, logger: createLogger('shim', 'silent'), fingerprintSecret: env.FINGERPRINT_SECRET!, publicUrl: 'http://localhost:4000', cacheMs: 0, usageFlushMs: 100 });
  deps.start();
  const server = await startShimServer(deps, { port: 0, host: '127.0.0.1' });
  shim = { ...server, stopDeps: () => deps.stop() };
  process.env.SHIM_URL = server.url;

  // Routes first (the subgraph URLs need the API's port), handlers imported after the environment is complete.
  api = await startLocalHttpApi({
    '/': (event, context) => handlers.gateway!(event, context),
    ...Object.fromEntries(SUBGRAPH_NAMES.map((n) => [`/_subgraphs/${n}`, (event, context) => handlers[n]!(event, context)] as const)),
  });
  for (const n of SUBGRAPH_NAMES) process.env[`${n.toUpperCase()}_URL`] = `${api.url}/_subgraphs/${n}/graphql`;
  handlers.gateway = (await import('../../gateway/src/lambda.ts')).handler;
  handlers.identity = (await import('../../subgraphs/identity/src/lambda.ts')).handler;
  handlers.catalog = (await import('../../subgraphs/catalog/src/lambda.ts')).handler;
  handlers.keys = (await import('../../subgraphs/keys/src/lambda.ts')).handler;
  handlers.quotas = (await import('../../subgraphs/quotas/src/lambda.ts')).handler;
  handlers.billing = (await import('../../subgraphs/billing/src/lambda.ts')).handler;
  handlers.analytics = (await import('../../gateway/src/platform/analytics-lambda.ts')).handler;
}, 120_000);

afterAll(async () => {
  await api?.close();
  await shim?.close();
  await shim?.stopDeps();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('Lambda entry points behind the HTTP API', () => {
  it("answers each subgraph's health route from its own Lambda handler (its table is ACTIVE)", async () => {
    for (const name of SUBGRAPH_NAMES) {
      const result = await handlers[name]!(httpApiEvent({ method: 'GET', path: `/_subgraphs/${name}/healthz` }), LAMBDA_CONTEXT);
      expect(result.statusCode, name).toBe(200);
      expect(JSON.parse(result.body!)).toEqual({ status: 'ok', subgraph: name });
    }
  });

  it('reports every deployed part healthy at the gateway /healthz (DynamoDB, each subgraph function, the shim)', async () => {
    const res = await fetch(`${api.url}/healthz`);
    const report = (await res.json()) as { status: string; checks: Record<string, { status: string }> };
    expect(Object.keys(report.checks).sort()).toEqual(['analytics', 'billing', 'catalog', 'dynamodb', 'identity', 'keys', 'quota-shim', 'quotas']);
    for (const part of Object.keys(report.checks)) expect(report.checks[part]?.status, part).toBe('ok');
    expect(report.status).toBe('ok');
    expect(res.status).toBe(200);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it("answers an admin's analytics SQL through the gateway handler and the analytics handler (DuckDB over the log), and compacts it from its jobs handler", async () => {
    const events = createEventWriter({ dataDir, writer: 'billing', pseudonymKey: env.FINGERPRINT_SECRET!, clock: systemClock, logger: createLogger('events', 'silent') });
    const paid = (id: string, amountPaise: number) => ({ type: 'payment.captured' as const, time: new Date('2026-05-04T09:30:00Z'), solutionId: 'sol_lambda', partnerId: 'usr_partner', userId: 'usr_customer', amountPaise, dedupeKey: id });
    await events.append([paid('pay_a', 49_900), paid('pay_b', 100)]);
    const login = await graphql(`mutation($input: LoginInput!) { login(input: $input) { accessToken } }`, { input: { email: env.ADMIN_EMAIL, password: adminPassword } });
    const token = login.body.data.login.accessToken as string;
    const sql = `query($sql: String!) { analyticsSql(sql: $sql) { columns rows truncated } }`;
    const total = { sql: "SELECT count(*) AS payments, sum(amount_paise) AS paise FROM revenue WHERE solution = 'sol_lambda'" };
    const answer = await graphql(sql, total, token);
    expect(answer.body.errors).toBeUndefined();
    expect(answer.body.data.analyticsSql).toEqual({ columns: ['payments', 'paise'], rows: [['2', '50000']], truncated: false });
    // Analysts and admins only: a signed-out caller is refused by the analytics handler, with nothing read.
    const anonymous = await graphql(sql, total);
    expect(anonymous.body.errors?.[0]?.extensions?.code).toMatch(/UNAUTHENTICATED|FORBIDDEN/);

    const { jobsHandler } = await import('../../gateway/src/platform/analytics-lambda.ts');
    await expect(jobsHandler()).resolves.toEqual({ ran: true });
    const files = readdirSync(join(dataDir, 'analytics'), { recursive: true }).map(String);
    // The day's Parquet (its raw batches stay for the compactor's grace period); its rollups are made with it.
    expect(files.filter((f) => f.endsWith('.parquet') && !f.startsWith('rollups/'))).toEqual([expect.stringMatching(/^events\/date=2026-05-04\/part-\d+\.parquet$/)]);
    expect(files).toContainEqual(expect.stringMatching(/^rollups\/calls_daily\/date=2026-05-04\/part-\d+\.parquet$/));
    // The query function's next refresh reads the compacted day: the same answer.
    expect((await graphql(sql, total, token)).body.data.analyticsSql.rows).toEqual([['2', '50000']]);
  });

  it("runs the catalog's health sweep from its jobs handler under the scheduler's lease, as the process does", async () => {
    const { jobsHandler } = await import('../../subgraphs/catalog/src/lambda.ts');
    await expect(jobsHandler()).resolves.toEqual({ ran: true });
    const db = createDocumentClient(connection);
    const lease = await db.send(new GetCommand({ TableName: tableName(prefix, 'catalog'), Key: { pk: 'SCHEDULE#solution-health', sk: 'LEASE' }, ConsistentRead: true }));
    expect(lease.Item).toMatchObject({ lastOutcome: 'ok' });
  });

  it("relays identity's and keys' outboxes from their jobs handlers under the relay's lease, as their processes do", async () => {
    const db = createDocumentClient(connection);
    const relays = { identity: await import('../../subgraphs/identity/src/lambda.ts'), keys: await import('../../subgraphs/keys/src/lambda.ts') };
    for (const [name, { jobsHandler }] of Object.entries(relays)) {
      await expect(jobsHandler(), name).resolves.toEqual({ ran: true });
      const lease = await db.send(new GetCommand({ TableName: tableName(prefix, name), Key: { pk: 'SCHEDULE#event-outbox-relay', sk: 'LEASE' }, ConsistentRead: true }));
      expect(lease.Item, name).toMatchObject({ lastOutcome: 'ok' });
    }
  });

  it("fills keys' and billing's indexes for old items from their backfill handlers (the deployment trigger's), resumably, and costs one read per backfill once done", async () => {
    const db = createDocumentClient(connection);
    const gsi2 = async (table: string, partition: string) =>
      (await db.send(new QueryCommand({ TableName: tableName(prefix, table), IndexName: 'gsi2', KeyConditionExpression: 'gsi2pk = :p', ExpressionAttributeValues: { ':p': partition } }))).Items ?? [];
    const gsi1 = async (table: string, partition: string) =>
      (await db.send(new QueryCommand({ TableName: tableName(prefix, table), IndexName: 'gsi1', KeyConditionExpression: 'gsi1pk = :p', ExpressionAttributeValues: { ':p': partition } }))).Items ?? [];
    // Items as written before the indexes existed: a customer's active-key count, a subscription, and a price-change
    // notice from before changes had ids (named by its new price).
    await db.send(new PutCommand({ TableName: tableName(prefix, 'keys'), Item: { pk: 'USER#usr_oldcustomer', sk: 'ACTIVE_KEYS#sol_oldlist', count: 1 } }));
    const sub = { id: 'sub_old', solutionId: 'sol_oldtier', tier: 'PRO', createdAt: '2026-01-05T10:00:00.000Z' };
    await db.send(new PutCommand({ TableName: tableName(prefix, 'billing'), Item: { pk: `SUB#${sub.id}`, sk: 'SUB', ...sub } }));
    const notice = { subscriptionId: sub.id, solutionId: sub.solutionId, newPricePaise: 149_900 };
    await db.send(new PutCommand({ TableName: tableName(prefix, 'billing'), Item: { pk: billingKeys.priceNotices(sub.id), sk: 'CHANGE#price:149900', ...notice } }));
    const indexes = async () => ({
      keys: (await gsi2('keys', solutionCustomersPartition('sol_oldlist'))).map((i) => i.userId),
      billing: (await gsi2('billing', billingKeys.subscriptionOfSolution(sub.solutionId, sub.tier, sub.createdAt, sub.id).gsi2pk)).map((i) => i.id),
      notices: (await gsi1('billing', billingKeys.priceNoticeOfSolution(sub.solutionId, sub.id, 'price:149900').gsi1pk)).map((i) => i.gsi1sk),
    });
    expect(await indexes()).toEqual({ keys: [], billing: [], notices: [] });
    const handlers = { keys: (await import('../../subgraphs/keys/src/lambda.ts')).backfillHandler, billing: (await import('../../subgraphs/billing/src/lambda.ts')).backfillHandler };

    // An invocation already within a minute of its deadline stops before its first page and fails (the deployment
    // with it), saying to run it again; nothing is marked done.
    const late = { getRemainingTimeInMillis: () => 30_000 };
    for (const [name, handler] of Object.entries(handlers)) await expect(handler({}, late), name).rejects.toThrow(/is not finished .*run it again/);
    expect(await indexes()).toEqual({ keys: [], billing: [], notices: [] });

    const roomy = { getRemainingTimeInMillis: () => 13 * 60_000 };
    expect(await handlers.keys({}, roomy)).toEqual({ done: true, backfills: [{ name: 'customer-list-index', fixed: 1, skipped: false, done: true }] });
    expect(await handlers.billing({}, roomy)).toEqual({
      done: true,
      backfills: [
        { name: 'subscriptions-by-tier-index', fixed: 1, skipped: false, done: true },
        { name: 'price-notices-by-solution-index', fixed: 1, skipped: false, done: true },
      ],
    });
    expect(await indexes()).toEqual({ keys: ['usr_oldcustomer'], billing: [sub.id], notices: [`${sub.id}#price:149900`] });

    // The next deployment's run: one consistent read of each backfill's state, no scan, no write.
    const send = vi.spyOn(DynamoDBDocumentClient.prototype, 'send');
    try {
      for (const [name, handler] of Object.entries(handlers)) {
        send.mockClear();
        const { backfills } = await handler({}, roomy);
        expect(backfills.length, name).toBeGreaterThan(0);
        for (const backfill of backfills) expect(backfill, name).toMatchObject({ fixed: 0, skipped: true, done: true });
        expect(send.mock.calls.map(([command]) => command.constructor.name), name).toEqual(backfills.map(() => 'GetCommand'));
      }
    } finally {
      send.mockRestore();
    }
  });

  it('runs the due account erasures from their scheduled handler (the shared scheduledJobsHandler)', async () => {
    const { erasureJobHandler } = await import('../../gateway/src/platform/account-erasure-lambda.ts');
    await expect(erasureJobHandler()).resolves.toEqual({ ran: true });
  });

  it('signs in through the gateway handler and reads the user across two subgraph handlers (identity, keys)', async () => {
    const login = await graphql(`mutation($input: LoginInput!) { login(input: $input) { accessToken user { id roles } } }`, {
      input: { email: env.ADMIN_EMAIL, password: adminPassword },
    });
    expect(login.body.errors).toBeUndefined();
    expect(login.body.data.login.user.roles).toContain('ADMIN');
    const me = await graphql(`{ me { id email roles keys { id } } }`, undefined, login.body.data.login.accessToken);
    expect(me.status).toBe(200);
    expect(me.body.errors).toBeUndefined();
    expect(me.body.data.me).toEqual({ id: login.body.data.login.user.id, email: env.ADMIN_EMAIL, roles: login.body.data.login.user.roles, keys: [] });
    expect(me.headers.get('x-frame-options')).toBe('DENY');
  });

  it('refuses a bad token with UNAUTHENTICATED, and a query nested past the limit before parsing it', async () => {
    const bad = await graphql(`{ me { id } }`, undefined, 'not-a-token');
    expect(bad.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const deep = await graphql(`{ me ${'{ id '.repeat(60)}${'}'.repeat(61)}`);
    expect(deep.status).toBe(400);
    expect(deep.body.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_DEEP');
  });

  it('lets nobody reach a subgraph route without the gateway signature', async () => {
    const res = await fetch(`${api.url}/_subgraphs/identity/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ me { id email } }' }),
    });
    const body = (await res.json()) as { data?: unknown; errors?: { extensions?: { code?: string } }[] };
    expect(body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(body.data ?? null).toBeNull();
  });
});
