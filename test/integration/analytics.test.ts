import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { createHealthMonitor } from '@marketplace/catalog';
import { createEventOutbox, OUTBOX_PK, type OutboxSink } from '@marketplace/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codes, startTestPlatform, type TestPlatform } from '../support/platform.ts';
import { seedCustomer, type SeededCustomer, seedSolution, type SeededSolution } from '../support/seed.ts';

/**
 * Analytics through the gateway on events the platform itself produced: a visitor tries a solution anonymously,
 * signs up, and calls it with a key from the same browser two hours later; the partner sees the conversion, the
 * customer their own calls, an analyst (a role an admin grants) the platform in SQL.
 */
let platform: TestPlatform;
let solution: SeededSolution;
let other: SeededSolution;
let customer: SeededCustomer;
const browser = { ip: '203.0.113.7', userAgent: 'Mozilla/5.0 (analytics test)', acceptLanguage: 'en-IN' };
const range = () => ({ from: new Date(platform.clock.now().getTime() - 86_400_000).toISOString(), to: new Date(platform.clock.now().getTime() + 86_400_000).toISOString() });

beforeAll(async () => {
  platform = await startTestPlatform();
  solution = await seedSolution(platform);
  other = await seedSolution(platform);
  for (let i = 0; i < 3; i++) expect((await platform.validate(solution.secret, { client: browser })).body.allowed).toBe(true);
  platform.clock.advance(2 * 3600_000);
  // Access tokens are short-lived: the partners sign in again after the two hours.
  for (const seeded of [solution, other]) seeded.partner.accessToken = (await platform.login(seeded.partner.email, 'partner-password-123')).accessToken;
  customer = await seedCustomer(platform, solution.solutionId);
  for (let i = 0; i < 2; i++) expect((await platform.validate(solution.secret, { apiKey: customer.apiKey, client: browser })).body.allowed).toBe(true);
  await platform.flushEvents();
}, 120_000);
afterAll(() => platform?.close());

const SOLUTION = `query($id: ID!, $from: DateTimeISO!, $to: DateTimeISO!) {
  solutionAnalytics(solutionId: $id, from: $from, to: $to) { calls uniqueConsumers uniqueAnonymous funnel { anonymous registered registeredRate medianSecondsToRegister } freshAt }
}`;
const DATASET = `query($input: AnalyticsQueryInput!) { analytics(input: $input) { scope columns { name } rows { dimensions metrics } truncated } }`;
const SQL = `query($sql: String!) { analyticsSql(sql: $sql) { columns rows truncated } }`;

describe('analytics through the gateway', () => {
  it('the partner sees the anonymous trial convert, with its time to convert and the data\'s freshness', async () => {
    const res = await platform.graphql(SOLUTION, { id: solution.solutionId, ...range() }, solution.partner.accessToken);
    expect(res.errors).toBeUndefined();
    expect(res.data!.solutionAnalytics).toMatchObject({
      calls: 5,
      uniqueConsumers: 1,
      uniqueAnonymous: 1,
      funnel: { anonymous: 1, registered: 1, registeredRate: 1, medianSecondsToRegister: expect.any(Number) },
    });
    expect(res.data!.solutionAnalytics.funnel.medianSecondsToRegister).toBeGreaterThanOrEqual(2 * 3600 - 60);
    expect(res.data!.solutionAnalytics.freshAt).not.toBeNull();
    // Another partner's solution is answered as an unknown id: nothing says it exists.
    const foreign = await platform.graphql(SOLUTION, { id: other.solutionId, ...range() }, solution.partner.accessToken);
    expect(codes(foreign)).toEqual(['NOT_FOUND']);
    expect(foreign.errors?.[0]?.extensions?.field).toBe('solutionId');
  });

  it('the customer sees their own calls by outcome; another partner filtering this solution is refused', async () => {
    const mine = await platform.graphql(
      DATASET,
      { input: { dataset: 'CALLS', ...range(), dimensions: ['outcome'], metrics: [{ fn: 'count' }] } },
      customer.accessToken,
    );
    expect(mine.errors).toBeUndefined();
    expect(mine.data!.analytics).toMatchObject({ scope: 'CUSTOMER', rows: [{ dimensions: ['VALID'], metrics: [2] }], truncated: false });
    const nosy = await platform.graphql(
      DATASET,
      { input: { dataset: 'CALLS', ...range(), metrics: [{ fn: 'count' }], filter: { field: 'solution', op: 'eq', value: solution.solutionId } } },
      other.partner.accessToken,
    );
    expect(codes(nosy)).toEqual(['FORBIDDEN']);
    expect(nosy.errors![0]!.extensions!.field).toBe('input.filter.value');
  });

  it("the partner sees their solution's uptime and latency from the monitor's checks, none lost or counted twice when the log fails around an append", async () => {
    let up = true;
    const backend = createServer((_req, res) => (up ? res.writeHead(200, { 'content-type': 'application/health+json' }).end('{"status":"pass"}') : res.writeHead(503).end()));
    await new Promise<void>((resolve) => backend.listen(0, '127.0.0.1', resolve));
    try {
      const url = `http://127.0.0.1:${(backend.address() as AddressInfo).port}/health`;
      const set = await platform.graphql(`mutation($id: ID!, $url: String) { setHealthCheckUrl(solutionId: $id, url: $url) { id } }`, { id: solution.solutionId, url }, solution.partner.accessToken);
      expect(set.errors).toBeUndefined();
      // The catalog's log, failing before the append or after it (before the outbox is cleared) while `failing` says so.
      const failing = { before: false, after: false };
      const log = platform.catalogDeps.events!;
      const flaky: OutboxSink<Parameters<typeof log.append>[0][number]> = {
        async append(events) {
          if (failing.before) throw new Error('the log is unreachable');
          await log.append(events);
          if (failing.after) throw new Error('crashed after the append');
        },
      };
      const deps = { ...platform.catalogDeps, events: flaky };
      // Other solutions' health hosts resolve to a closed local port: down, and never this test's business.
      const monitor = createHealthMonitor(deps, { resolve: async () => [{ address: '127.0.0.1', family: 4 }] });
      const interval = deps.health.intervalMs;
      const check = async (state: { up: boolean; before?: boolean; after?: boolean }) => {
        up = state.up;
        Object.assign(failing, { before: state.before ?? false, after: state.after ?? false });
        await monitor.sweep(Math.floor(platform.clock.now().getTime() / interval));
        platform.clock.advance(interval);
      };
      await check({ up: true });
      await check({ up: true, before: true }); // committed; the append failed: waits in the outbox
      await check({ up: false, after: true }); // appended; crashed before clearing: the relay appends it again
      await check({ up: true });
      failing.after = false;
      platform.clock.advance(31_000);
      expect(await createEventOutbox(deps).relay()).toBeGreaterThanOrEqual(2);

      const query = (metrics: unknown[], extra: Record<string, unknown> = {}) => ({ input: { dataset: 'HEALTH', ...range(), metrics, ...extra } });
      const uptime = await platform.graphql(DATASET, query([{ fn: 'count' }, { fn: 'sum', field: 'up' }, { fn: 'avg', field: 'up' }], { dimensions: ['day'] }), solution.partner.accessToken);
      expect(uptime.errors).toBeUndefined();
      const rows = uptime.data!.analytics.rows as { dimensions: string[]; metrics: number[] }[];
      expect(uptime.data!.analytics.scope).toBe('PARTNER');
      expect(rows.reduce((sum, row) => sum + row.metrics[0]!, 0)).toBe(4);
      expect(rows.reduce((sum, row) => sum + row.metrics[1]!, 0)).toBe(3);
      const byOutcome = await platform.graphql(DATASET, query([{ fn: 'count' }, { fn: 'quantile', field: 'latency_ms', q: 0.95 }], { dimensions: ['outcome'], filter: { field: 'solution', op: 'eq', value: solution.solutionId } }), solution.partner.accessToken);
      expect(byOutcome.data!.analytics.rows).toEqual([
        { dimensions: ['HTTP_STATUS'], metrics: [1, expect.any(Number)] },
        { dimensions: ['UP'], metrics: [3, expect.any(Number)] },
      ]);
      // The other partner sees none of these checks; a customer has no health dataset (the public status dot instead).
      const foreign = await platform.graphql(DATASET, query([{ fn: 'count' }], { filter: { field: 'solution', op: 'eq', value: solution.solutionId } }), other.partner.accessToken);
      expect(codes(foreign)).toEqual(['FORBIDDEN']);
      expect(codes(await platform.graphql(DATASET, query([{ fn: 'count' }]), customer.accessToken))).toEqual(['FORBIDDEN']);
    } finally {
      backend.closeAllConnections();
      await new Promise((resolve) => backend.close(resolve));
    }
  });

  it('an admin grants the analyst role; the analyst answers platform questions in SQL, and writes are refused', async () => {
    const analyst = await platform.signUp(`analyst-${platform.tablePrefix}@example.com`, 'analyst-password-123', 'Ana Lyst');
    expect(codes(await platform.graphql(SQL, { sql: 'SELECT 1' }, analyst.accessToken))).toEqual(['FORBIDDEN']);
    const admin = await platform.login(platform.admin.email, platform.admin.password);
    const granted = await platform.graphql(
      `mutation($id: ID!, $roles: [Role!]!) { setUserRoles(userId: $id, roles: $roles) { roles } }`,
      { id: analyst.userId, roles: ['CUSTOMER', 'ANALYST'] },
      admin.accessToken,
    );
    expect(granted.data!.setUserRoles.roles).toEqual(['CUSTOMER', 'ANALYST']);
    const again = await platform.login(`analyst-${platform.tablePrefix}@example.com`, 'analyst-password-123');
    await platform.flushEvents();
    const conversions = await platform.graphql(
      SQL,
      { sql: 'SELECT solution, count(*) AS conversions, avg(seconds_to_register) AS seconds FROM conversions GROUP BY solution' },
      again.accessToken,
    );
    expect(conversions.errors).toBeUndefined();
    expect(conversions.data!.analyticsSql.rows).toEqual([[solution.solutionId, '1', expect.any(String)]]);
    const signups = await platform.graphql(SQL, { sql: 'SELECT count(*) AS n FROM signups WHERE verified' }, again.accessToken);
    // Two partners, the customer and the analyst signed up and verified through the platform.
    expect(signups.data!.analyticsSql.rows).toEqual([['4']]);
    const write = await platform.graphql(SQL, { sql: "COPY calls TO '/tmp/calls.csv'" }, again.accessToken);
    expect(codes(write)).toEqual(['BAD_USER_INPUT']);
    expect(write.errors![0]!.extensions!.field).toBe('sql');
    // Sign-ups, keys, approvals and trials went out through their producers' outboxes, which are empty again.
    for (const table of Object.values(platform.tables)) {
      const waiting = await platform.catalogDeps.db.send(new QueryCommand({ TableName: table, KeyConditionExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': OUTBOX_PK } }));
      expect(waiting.Items, table).toEqual([]);
    }
  });
});
