import { describe, expect, it } from 'vitest';
import { DomainError } from '@marketplace/shared';
import { DATASETS } from './datasets.ts';
import { buildDatasetQuery, type DatasetQuery, FILTER_OPS } from './query-builder.ts';

const dialect = { quantile: (e: string, q: number) => `quantile_cont(${e}, ${q})` };
const base: DatasetQuery = { from: new Date('2026-03-01T00:00:00Z'), to: new Date('2026-03-08T00:00:00Z'), metrics: [{ fn: 'count' }] };
const platform = { kind: 'PLATFORM' as const };

function problems(query: Partial<DatasetQuery>, dataset: keyof typeof DATASETS = 'calls') {
  try {
    buildDatasetQuery(DATASETS[dataset], { ...base, ...query }, platform, dialect);
  } catch (error) {
    expect(error).toBeInstanceOf(DomainError);
    const e = error as DomainError;
    expect(e.code).toBe('BAD_USER_INPUT');
    return (e.problems ?? [{ field: e.field!, message: e.message }]).map((p) => `${p.field}: ${p.message}`);
  }
  throw new Error('expected BAD_USER_INPUT');
}

describe('the dataset query builder', () => {
  it('compiles every operator to a parameterised comparison, values never in the SQL text', () => {
    const expected = { eq: '=', neq: '<>', gt: '>', geq: '>=', lt: '<', leq: '<=' } as const;
    for (const op of FILTER_OPS) {
      const filter = op === 'in' ? { field: 'units', op, values: ['1', '2'] } : { field: 'units', op, value: '3' };
      const built = buildDatasetQuery(DATASETS.calls, { ...base, filter }, platform, dialect);
      if (op === 'in') expect(built.sql).toContain('units IN (?, ?)');
      else expect(built.sql).toContain(`units ${expected[op]} ?`);
      expect(built.params.slice(2)).toEqual(op === 'in' ? [1, 2] : [3]);
    }
    const hostile = buildDatasetQuery(DATASETS.calls, { ...base, filter: { field: 'tier', op: 'eq', value: "x' OR '1'='1" } }, platform, dialect);
    expect(hostile.sql).not.toContain("'1'='1");
    expect(hostile.params).toContain("x' OR '1'='1");
  });

  it('nests AND and OR', () => {
    const built = buildDatasetQuery(
      DATASETS.calls,
      { ...base, filter: { OR: [{ field: 'tier', op: 'eq', value: 'pro' }, { AND: [{ field: 'outcome', op: 'neq', value: 'VALID' }, { field: 'anonymous', op: 'eq', value: 'true' }] }] } },
      platform,
      dialect,
    );
    expect(built.sql).toContain('(tier = ? OR (outcome <> ? AND anonymous = ?))');
    expect(built.params.slice(2)).toEqual(['pro', 'VALID', true]);
  });

  it('scopes a customer to their own rows and a partner to their solutions; the platform scope adds nothing', () => {
    const customer = buildDatasetQuery(DATASETS.calls, base, { kind: 'CUSTOMER', value: 'usr_me' }, dialect);
    expect(customer.sql).toContain('user_id = ?');
    expect(customer.params).toContain('usr_me');
    const partner = buildDatasetQuery(DATASETS.revenue, base, { kind: 'PARTNER', value: 'usr_p' }, dialect);
    expect(partner.sql).toContain('partner = ?');
    expect(partner.params).toContain('usr_p');
    const all = buildDatasetQuery(DATASETS.calls, base, platform, dialect);
    expect(all.sql).not.toMatch(/user_id = |partner = /);
    expect(() => buildDatasetQuery(DATASETS.signups, base, { kind: 'PARTNER', value: 'usr_p' }, dialect)).toThrow('cannot be read in scope PARTNER');
  });

  it('health: a partner reads their solutions, the platform everything, a customer nothing; uptime and latency quantiles', () => {
    const uptime: DatasetQuery = {
      ...base,
      dimensions: ['day', 'solution'],
      filter: { field: 'solution', op: 'in', values: ['sol_a'] },
      metrics: [{ fn: 'count' }, { fn: 'sum', field: 'up' }, { fn: 'avg', field: 'up', as: 'uptime' }, { fn: 'quantile', field: 'latency_ms', q: 0.95 }],
    };
    const partner = buildDatasetQuery(DATASETS.health, uptime, { kind: 'PARTNER', value: 'usr_p' }, dialect);
    expect(partner.sql).toMatch(/^SELECT date_trunc\('day', time\) AS day, solution, count\(\*\) AS count, COALESCE\(sum\(up\), 0\) AS sum_up, avg\(up\) AS uptime, quantile_cont\(latency_ms, 0.95\) AS q95_latency_ms FROM ev_health WHERE /);
    expect(partner.sql).toContain('partner = ? AND solution IN (?)');
    expect(partner.params.slice(2)).toEqual(['usr_p', 'sol_a']);
    expect(partner.columns.map((c) => c.name)).toEqual(['day', 'solution', 'count', 'sum_up', 'uptime', 'q95_latency_ms']);
    const platformWide = buildDatasetQuery(DATASETS.health, uptime, platform, dialect);
    expect(platformWide.sql).not.toMatch(/partner = |user_id/);
    expect(() => buildDatasetQuery(DATASETS.health, uptime, { kind: 'CUSTOMER', value: 'usr_c' }, dialect)).toThrow('cannot be read in scope CUSTOMER');
    // No rollup: every check is its own row.
    expect(platformWide.sql).toContain('FROM ev_health ');
    expect(problems({ dimensions: ['latency_ms', 'tier'], metrics: [{ fn: 'sum', field: 'latency_ms' }, { fn: 'uniq', field: 'consumer' }] }, 'health')).toEqual([
      expect.stringMatching(/^query\.dimensions\[0\]: health cannot be grouped by "latency_ms"; its dimensions are hour, day, week, month, solution, partner, outcome\.$/),
      expect.stringMatching(/^query\.dimensions\[1\]: health cannot be grouped by "tier"/),
      'query.metrics[0].field: sum of health works on up; not on "latency_ms".',
      'query.metrics[1].field: uniq of health works on solution; not on "consumer".',
    ]);
  });

  it('groups by time buckets and fields, and names metrics', () => {
    const built = buildDatasetQuery(
      DATASETS.conversions,
      { ...base, dimensions: ['week', 'solution'], metrics: [{ fn: 'count' }, { fn: 'sum', field: 'paid' }, { fn: 'quantile', field: 'seconds_to_register', q: 0.5 }, { fn: 'avg', field: 'seconds_to_pay', as: 'avg_pay' }] },
      platform,
      dialect,
    );
    expect(built.columns.map((c) => c.name)).toEqual(['week', 'solution', 'count', 'sum_paid', 'q50_seconds_to_register', 'avg_pay']);
    expect(built.sql).toContain("date_trunc('week', time) AS week");
    expect(built.sql).toContain('GROUP BY 1, 2');
    expect(built.sql).toContain('quantile_cont(seconds_to_register, 0.5)');
    expect(built.sql).toMatch(/LIMIT 101$/);
  });

  it('names every problem at once and builds nothing', () => {
    const all = problems({
      to: new Date('2027-06-01T00:00:00Z'),
      filter: { AND: [{ field: 'email', op: 'eq', value: 'a@b.c' }, { field: 'units', op: 'gt', value: 'many' }, { field: 'anonymous', op: 'gt', value: 'true' }] },
      dimensions: ['units', 'fortnight'],
      metrics: [{ fn: 'sum', field: 'tier' }, { fn: 'quantile', field: 'units', q: 0.5 }],
      orderBy: [{ column: 'nope' }],
      limit: 5000,
    });
    expect(all).toEqual([
      'query.to: The range is longer than 400 days, the maximum of calls: narrow it.',
      expect.stringMatching(/^query\.filter\.AND\[0\]\.field: calls has no field "email"; its fields are time, solution/),
      'query.filter.AND[1].value: units is a number; "many" is not.',
      'query.filter.AND[2].op: anonymous is true or false: use eq or neq.',
      expect.stringMatching(/^query\.dimensions\[0\]: calls cannot be grouped by "units"/),
      expect.stringMatching(/^query\.dimensions\[1\]: calls cannot be grouped by "fortnight"/),
      'query.metrics[0].field: sum of calls works on calls, units; not on "tier".',
      'query.metrics[1].field: calls has no field quantile makes sense for.',
      expect.stringMatching(/^query\.orderBy\[0\]\.column: Order by one of the result's columns/),
      'query.limit: limit is 1 to 1000, the page size of calls.',
    ]);
  });

  it('quotes what the caller sent cut to 60 characters, however long it was', () => {
    const long = 'x'.repeat(10_000);
    const all = problems({ filter: { AND: [{ field: long, op: 'eq', value: '1' }, { field: 'units', op: 'gt', value: long }] }, dimensions: [long] });
    expect(all).toEqual([
      expect.stringMatching(new RegExp(`^query\\.filter\\.AND\\[0\\]\\.field: calls has no field "${'x'.repeat(60)}…"; its fields are`)),
      `query.filter.AND[1].value: units is a number; "${'x'.repeat(60)}…" is not.`,
      expect.stringMatching(new RegExp(`^query\\.dimensions\\[0\\]: calls cannot be grouped by "${'x'.repeat(60)}…";`)),
    ]);
  });

  it('refuses an empty or inverted range, an empty in, and deep nesting', () => {
    expect(problems({ to: base.from })).toEqual(['query.to: to must be after from.']);
    expect(problems({ filter: { field: 'tier', op: 'in', values: [] } })).toEqual(['query.filter.values: in needs between 1 and 100 values.']);
    let deep: NonNullable<DatasetQuery['filter']> = { field: 'tier', op: 'eq', value: 'pro' };
    for (let i = 0; i < 6; i++) deep = { AND: [deep] };
    expect(problems({ filter: deep })[0]).toMatch(/Filters nest at most 5 deep/);
    expect(problems({ metrics: [] })).toEqual(['query.metrics: Ask for at least one metric (e.g. count).']);
  });
});
