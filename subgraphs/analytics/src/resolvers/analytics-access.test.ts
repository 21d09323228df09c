import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANALYTICS, ANONYMOUS, type AnalyticsHarness, codes, fields, MY_ANALYTICS, PLATFORM_ANALYTICS, SETTINGS, SOLUTION_ANALYTICS, SQL, startAnalyticsHarness } from '../testing/index.ts';

let h: AnalyticsHarness;
const at = (iso: string) => new Date(iso);
const range = { from: '2026-03-01T00:00:00.000Z', to: '2026-03-08T00:00:00.000Z' };
const partnerA = { userId: '', roles: [] as string[] };
let a: ReturnType<AnalyticsHarness['partner']>;
let b: ReturnType<AnalyticsHarness['partner']>;
let me: ReturnType<AnalyticsHarness['customer']>;
let other: ReturnType<AnalyticsHarness['customer']>;
let solA: string;
let solB: string;

beforeAll(async () => {
  h = await startAnalyticsHarness('analytics-access');
  a = h.partner();
  b = h.partner();
  me = h.customer();
  other = h.customer();
  solA = h.solution(a);
  solB = h.solution(b);
  void partnerA;
  const call = (solutionId: string, partnerId: string, userId: string | undefined, calls: number, time: string) => ({
    type: 'call' as const,
    time: at(time),
    solutionId,
    partnerId,
    userId,
    tier: userId ? 'registered' : 'anonymous',
    fingerprint: userId ? undefined : 'anon_x',
    outcome: 'VALID',
    calls,
    units: calls,
  });
  const check = (solutionId: string, partnerId: string, outcome: string, latencyMs: number, time: string) => ({
    type: 'health.checked' as const,
    time: at(time),
    dedupeKey: `${solutionId}#${time}`,
    solutionId,
    partnerId,
    outcome,
    latencyMs,
  });
  await h.events.append([
    call(solA, a.userId!, me.userId, 3, '2026-03-02T10:00:00Z'),
    call(solA, a.userId!, other.userId, 5, '2026-03-02T11:00:00Z'),
    call(solB, b.userId!, me.userId, 7, '2026-03-03T10:00:00Z'),
    call(solB, b.userId!, undefined, 11, '2026-03-03T12:00:00Z'),
    { type: 'user.signed_up', time: at('2026-03-01T09:00:00Z'), userId: me.userId, dedupeKey: me.userId },
    { type: 'payment.captured', time: at('2026-03-02T09:00:00Z'), solutionId: solA, partnerId: a.userId, userId: me.userId, tier: 'pro', amountPaise: 100_00, commissionPaise: 20_00, dedupeKey: 'pay_1' },
    check(solA, a.userId!, 'UP', 100, '2026-03-02T10:00:00Z'),
    check(solA, a.userId!, 'UP', 300, '2026-03-02T10:01:00Z'),
    check(solA, a.userId!, 'TIMEOUT', 5000, '2026-03-02T10:02:00Z'),
    check(solB, b.userId!, 'UP', 50, '2026-03-03T10:00:00Z'),
  ]);
});
afterAll(() => h.close());

const total = async (caller: ReturnType<AnalyticsHarness['customer']>, input: Record<string, unknown> = {}) => {
  const res = await h.run(ANALYTICS, { input: { dataset: 'CALLS', ...range, metrics: [{ fn: 'count' }], ...input } }, caller);
  expect(res.errors).toBeUndefined();
  return res.data!.analytics;
};

describe('who sees which rows', () => {
  it('a customer sees their own calls, a partner their solutions\', analysts and admins the platform', async () => {
    expect((await total(me)).rows).toEqual([{ dimensions: [], metrics: [10] }]);
    expect((await total(me)).scope).toBe('CUSTOMER');
    expect((await total(a)).rows[0].metrics).toEqual([8]);
    expect((await total(b)).rows[0].metrics).toEqual([18]);
    expect((await total(h.analyst())).rows[0].metrics).toEqual([26]);
    expect((await total(h.admin())).scope).toBe('PLATFORM');
    // A partner who is also a customer can read their own usage on others' solutions.
    expect((await total(b, { scope: 'CUSTOMER' })).rows[0].metrics).toEqual([0]);
  });

  it('refuses scopes, datasets and solutions the caller may not read, naming what to change', async () => {
    const platform = await h.run(ANALYTICS, { input: { dataset: 'CALLS', scope: 'PLATFORM', ...range, metrics: [{ fn: 'count' }] } }, a);
    expect(codes(platform)).toEqual(['FORBIDDEN']);
    const signups = await h.run(ANALYTICS, { input: { dataset: 'SIGNUPS', ...range, metrics: [{ fn: 'count' }] } }, a);
    expect(codes(signups)).toEqual(['FORBIDDEN']);
    expect(signups.errors![0]!.message).toContain('platform-wide only');
    const foreign = await h.run(
      ANALYTICS,
      { input: { dataset: 'CALLS', ...range, metrics: [{ fn: 'count' }], filter: { OR: [{ field: 'solution', op: 'eq', value: solA }, { field: 'solution', op: 'in', values: [solA, solB] }] } } },
      a,
    );
    expect(codes(foreign)).toEqual(['FORBIDDEN']);
    expect(fields(foreign)).toEqual(['input.filter.OR[1].values[1]']);
    expect(foreign.data).toBeNull();
    const anonymous = await h.run(ANALYTICS, { input: { dataset: 'CALLS', ...range, metrics: [{ fn: 'count' }] } }, ANONYMOUS);
    expect(codes(anonymous)).toEqual(['UNAUTHENTICATED']);
  });

  it("health: a partner sees their solutions' checks, analysts and admins every solution's, customers none", async () => {
    const uptime = { dataset: 'HEALTH', ...range, metrics: [{ fn: 'count' }, { fn: 'avg', field: 'up' }, { fn: 'avg', field: 'latency_ms' }] };
    const own = await h.run(ANALYTICS, { input: uptime }, a);
    expect(own.errors).toBeUndefined();
    expect(own.data!.analytics).toMatchObject({ scope: 'PARTNER', rows: [{ dimensions: [], metrics: [3, 2 / 3, 1800] }] });
    expect((await h.run(ANALYTICS, { input: uptime }, b)).data!.analytics.rows).toEqual([{ dimensions: [], metrics: [1, 1, 50] }]);
    const all = await h.run(ANALYTICS, { input: { ...uptime, dimensions: ['solution'], metrics: [{ fn: 'count' }] } }, h.analyst());
    expect(all.data!.analytics.rows).toEqual(expect.arrayContaining([{ dimensions: [solA], metrics: [3] }, { dimensions: [solB], metrics: [1] }]));
    const customer = await h.run(ANALYTICS, { input: uptime }, me);
    expect(codes(customer)).toEqual(['FORBIDDEN']);
    expect(customer.errors![0]!.message).toContain('health can be read only in scope PARTNER or PLATFORM');
    const foreign = await h.run(ANALYTICS, { input: { ...uptime, filter: { field: 'solution', op: 'eq', value: solB } } }, a);
    expect(codes(foreign)).toEqual(['FORBIDDEN']);
    expect(fields(foreign)).toEqual(['input.filter.value']);
    // The same rows in SQL, for analysts.
    const sql = await h.run(SQL, { sql: `SELECT outcome, up, latency_ms FROM health WHERE solution = '${solA}' ORDER BY time` }, h.analyst());
    expect(sql.data!.analyticsSql.rows).toEqual([['UP', '1', '100'], ['UP', '1', '300'], ['TIMEOUT', '0', '5000']]);
  });

  it('SQL and platform figures are for analysts and admins; solution figures for the partner who lists it', async () => {
    expect(codes(await h.run(SQL, { sql: 'SELECT 1' }, a))).toEqual(['FORBIDDEN']);
    expect(codes(await h.run(SQL, { sql: 'SELECT 1' }, me))).toEqual(['FORBIDDEN']);
    expect(codes(await h.run(PLATFORM_ANALYTICS, range, a))).toEqual(['FORBIDDEN']);
    // Another partner's solution is answered as an id of none: the answer never tells a partner that it exists.
    const foreign = await h.run(SOLUTION_ANALYTICS, { id: solB, ...range }, a);
    const madeUp = await h.run(SOLUTION_ANALYTICS, { id: 'sol_00000000000000000000000000', ...range }, a);
    expect(codes(foreign)).toEqual(['NOT_FOUND']);
    expect(fields(foreign)).toEqual(['solutionId']);
    expect(foreign.errors).toEqual(madeUp.errors);
    // An id of no solution, made up or malformed, is NOT_FOUND for a partner as for an admin, and for a customer's own figures.
    for (const none of ['sol_00000000000000000000000000', 'not-an-id']) {
      for (const [query, caller] of [[SOLUTION_ANALYTICS, a], [SOLUTION_ANALYTICS, h.admin()], [MY_ANALYTICS, me]] as const) {
        const res = await h.run(query, { id: none, ...range }, caller);
        expect([codes(res), fields(res)], none).toEqual([['NOT_FOUND'], ['solutionId']]);
      }
    }
    expect(codes(await h.run(SOLUTION_ANALYTICS, { id: solA, ...range }, me))).toEqual(['FORBIDDEN']);
    const own = await h.run(SOLUTION_ANALYTICS, { id: solA, ...range }, a);
    expect(own.errors).toBeUndefined();
    expect(own.data!.solutionAnalytics).toMatchObject({ calls: 8, uniqueConsumers: 2 });
    // Analysts and admins read any solution's figures; an id of no solution is NOT_FOUND, not zeros.
    expect((await h.run(SOLUTION_ANALYTICS, { id: solA, ...range }, h.analyst())).data!.solutionAnalytics).toMatchObject({ calls: 8 });
    const unknown = await h.run(SOLUTION_ANALYTICS, { id: 'sol_00000000000000000000000000', ...range }, h.admin());
    expect(codes(unknown)).toEqual(['NOT_FOUND']);
    expect(fields(unknown)).toEqual(['solutionId']);
    const analyst = await h.run(PLATFORM_ANALYTICS, range, h.analyst());
    expect(analyst.errors).toBeUndefined();
    expect(analyst.data!.platformAnalytics).toMatchObject({ calls: 26, activeCustomers: 2, signups: 1, revenuePaise: 100_00, commissionPaise: 20_00 });
  });

  it('no dataset publishes user ids, names or emails: people are pseudonymous consumers', async () => {
    const settings = await h.run(SETTINGS, {}, h.analyst());
    const names = settings.data!.analyticsSettings.datasets.flatMap((d: { fields: { name: string }[] }) => d.fields.map((f) => f.name));
    expect(names).not.toEqual(expect.arrayContaining(['user_id']));
    expect(names.filter((n: string) => /email|name|user/.test(n))).toEqual([]);
    const rows = await h.run(SQL, { sql: 'SELECT DISTINCT consumer FROM calls WHERE consumer IS NOT NULL' }, h.analyst());
    expect(rows.errors).toBeUndefined();
    for (const [consumer] of rows.data!.analyticsSql.rows) {
      expect(consumer).toMatch(/^cons_/);
      expect(consumer).not.toContain(me.userId!.slice(4));
    }
    const internal = await h.run(SQL, { sql: 'SELECT user_id FROM calls' }, h.analyst());
    expect(codes(internal)).toEqual(['BAD_USER_INPUT']);
    expect(internal.errors![0]!.message).toMatch(/user_id/);
  });
});

describe('the SQL endpoint', () => {
  it('answers one SELECT over the published views, with its row limit', async () => {
    const res = await h.run(SQL, { sql: 'SELECT solution, sum(calls) AS calls FROM calls GROUP BY solution ORDER BY calls DESC' }, h.admin());
    expect(res.errors).toBeUndefined();
    expect(res.data!.analyticsSql).toMatchObject({ columns: ['solution', 'calls'], rows: [[solB, '18'], [solA, '8']], truncated: false });
  });

  it('refuses hostile statements with BAD_USER_INPUT on sql, even ones the guard lets through to the engine', async () => {
    for (const sql of [
      "SELECT * FROM read_csv('/etc/passwd')",
      'INSTALL httpfs',
      'SELECT 1; SELECT 2',
      'SELECT * FROM ev_calls',
      'SELECT * FROM no_such_view',
      "SELECT * FROM calls WHERE time > 'not a time'",
    ]) {
      const res = await h.run(SQL, { sql }, h.analyst());
      expect(codes(res), sql).toEqual(['BAD_USER_INPUT']);
      expect(fields(res), sql).toEqual(['sql']);
      expect(res.errors![0]!.message, sql).not.toContain(h.dataDir);
    }
  });
});

describe('settings', () => {
  it('publish each dataset\'s fields, dimensions, metrics, scopes and limits, and the SQL limits', async () => {
    const res = await h.run(SETTINGS, {}, me);
    expect(res.errors).toBeUndefined();
    const s = res.data!.analyticsSettings;
    expect(s.datasets.map((d: { dataset: string }) => d.dataset)).toEqual(['CALLS', 'SIGNUPS', 'CONVERSIONS', 'SUBSCRIPTIONS', 'REVENUE', 'HEALTH']);
    const calls = s.datasets[0];
    expect(calls).toMatchObject({ view: 'calls', maxRangeDays: 400, pageSize: 1000, scopes: ['CUSTOMER', 'PARTNER', 'PLATFORM'] });
    expect(calls.dimensions).toEqual(expect.arrayContaining(['hour', 'day', 'week', 'month', 'solution', 'partner', 'tier', 'outcome', 'endpoint']));
    expect(calls.metrics).toEqual(expect.arrayContaining([{ fn: 'count', fields: [] }, { fn: 'uniq', fields: expect.arrayContaining(['consumer']) }]));
    const health = s.datasets[5];
    expect(health).toMatchObject({ view: 'health', maxRangeDays: 400, scopes: ['PARTNER', 'PLATFORM'] });
    expect(health.metrics).toEqual(expect.arrayContaining([{ fn: 'avg', fields: ['up', 'latency_ms'] }, { fn: 'quantile', fields: ['latency_ms'] }]));
    expect(s.sql).toEqual({ views: ['calls', 'signups', 'conversions', 'subscriptions', 'revenue', 'health'], rowLimit: 1000, timeoutMs: 5000 });
    expect(new Date(s.freshAt).getTime()).toBeGreaterThan(0);
  });
});

describe('the SQL endpoint limits', () => {
  let limited: AnalyticsHarness;
  beforeAll(async () => {
    limited = await startAnalyticsHarness('analytics-sql-limits', { sql: { timeoutMs: 300, rowLimit: 2, maxBytes: 1000 } });
    await limited.events.append(['a', 'b', 'c'].map((s) => ({ type: 'call' as const, solutionId: `sol_${s}`, partnerId: 'usr_p', tier: 'anonymous', outcome: 'VALID', calls: 1, units: 1 })));
  });
  afterAll(() => limited.close());

  it('returns at most rowLimit rows and says the answer was cut', async () => {
    const res = await limited.run(SQL, { sql: 'SELECT solution FROM calls ORDER BY solution' }, limited.admin());
    expect(res.data!.analyticsSql).toMatchObject({ rows: [['sol_a'], ['sol_b']], truncated: true, rowLimit: 2 });
  });

  it('cuts an answer at its byte limit like at its row limit, and refuses a row larger than the whole limit', async () => {
    // Cells of any size can be made in SQL: 600 bytes fit once in 1000, the next row would pass it.
    const wide = await limited.run(SQL, { sql: "SELECT lpad('', 600, 'x') AS wide FROM calls" }, limited.analyst());
    expect(wide.errors).toBeUndefined();
    expect(wide.data!.analyticsSql).toMatchObject({ rows: [['x'.repeat(600)]], truncated: true, rowLimit: 2 });
    const huge = await limited.run(SQL, { sql: "SELECT lpad('', 5000, 'x') AS huge" }, limited.analyst());
    expect(codes(huge)).toEqual(['BAD_USER_INPUT']);
    expect(huge.errors![0]!.extensions!.field).toBe('sql');
    expect(huge.errors![0]!.message).toBe('One row of the result is larger than 1000 bytes: select fewer or shorter columns.');
  });

  it('stops a statement that runs past the time limit, with an error saying what to change', async () => {
    const started = Date.now();
    const res = await limited.run(
      SQL,
      { sql: 'WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r WHERE n < 1000000000) SELECT count(*) FROM r' },
      limited.analyst(),
    );
    expect(codes(res)).toEqual(['BAD_USER_INPUT']);
    expect(res.errors![0]!.message).toMatch(/longer than 300 ms .*narrow/);
    expect(Date.now() - started).toBeLessThan(5000);
  });
});
