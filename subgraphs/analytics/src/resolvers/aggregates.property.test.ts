import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consumerOf } from '../public/event-writer.ts';
import type { EventInput } from '../public/events.ts';
import { ANALYTICS, type AnalyticsHarness, PSEUDONYM_KEY, startAnalyticsHarness } from '../testing/index.ts';

let h: AnalyticsHarness;
beforeAll(async () => {
  h = await startAnalyticsHarness('analytics-property');
});
afterAll(() => h.close());

const START = Date.parse('2026-03-01T00:00:00Z');
const call = fc.record({
  minute: fc.integer({ min: 0, max: 3 * 24 * 60 - 1 }),
  solution: fc.constantFrom('sol_a', 'sol_b', 'sol_c'),
  user: fc.option(fc.constantFrom('usr_1', 'usr_2', 'usr_3', 'usr_4'), { nil: undefined }),
  tier: fc.constantFrom('registered', 'pro'),
  outcome: fc.constantFrom('VALID', 'QUOTA_EXCEEDED', 'RATE_LIMITED'),
  calls: fc.integer({ min: 1, max: 50 }),
  units: fc.integer({ min: 0, max: 200 }),
  /** Appended twice (a retried batch): must count once. */
  retried: fc.boolean(),
});
type Call = Omit<typeof call extends fc.Arbitrary<infer T> ? T : never, 'solution'> & { solution: string };

/** The same aggregate, computed naively from the generated events. */
function naive(events: Call[], from: number, to: number, tier: string | null) {
  const groups = new Map<string, { count: number; units: number; consumers: Set<string> }>();
  for (const e of events) {
    const time = START + e.minute * 60_000;
    if (time < from || time >= to || (tier !== null && e.tier !== tier)) continue;
    const day = new Date(time - (time % 86_400_000)).toISOString();
    const key = `${day}|${e.solution}`;
    const group = groups.get(key) ?? { count: 0, units: 0, consumers: new Set<string>() };
    group.count += e.calls;
    group.units += e.units;
    if (e.user) group.consumers.add(consumerOf(PSEUDONYM_KEY, e.user));
    groups.set(key, group);
  }
  return [...groups.entries()]
    .sort(([x], [y]) => (x < y ? -1 : 1))
    .map(([key, g]) => ({ dimensions: key.split('|'), metrics: [g.count, g.units, g.consumers.size, g.units / g.count] }));
}

describe('dataset aggregates', () => {
  it('equal the naive aggregates of random event sets (retried batches counted once; some compacted, some raw)', async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(call, { minLength: 0, maxLength: 40 }),
        fc.integer({ min: 0, max: 2 * 24 * 60 }),
        fc.integer({ min: 60, max: 3 * 24 * 60 }),
        fc.option(fc.constantFrom('registered', 'pro'), { nil: null }),
        fc.boolean(),
        async (events, fromMinute, span, tier, compactFirst) => {
          run++;
          // Each run has solutions of its own, so earlier runs' events do not mix in.
          const tag = `r${run}_`;
          const tagged = events.map((e) => ({ ...e, solution: tag + e.solution }));
          const inputs: EventInput[] = tagged.map((e, i) => ({
            type: 'call',
            dedupeKey: `${tag}${i}`,
            time: new Date(START + e.minute * 60_000),
            solutionId: e.solution,
            partnerId: 'usr_partner',
            userId: e.user,
            tier: e.tier,
            outcome: e.outcome,
            calls: e.calls,
            units: e.units,
          }));
          await h.events.append(inputs);
          if (compactFirst) await h.log.compactor.run();
          await h.events.append(inputs.filter((_, i) => tagged[i]!.retried));
          const from = START + fromMinute * 60_000;
          const to = from + span * 60_000;
          const filter = {
            AND: [
              { field: 'solution', op: 'in', values: ['sol_a', 'sol_b', 'sol_c'].map((s) => tag + s) },
              ...(tier ? [{ field: 'tier', op: 'eq', value: tier }] : []),
            ],
          };
          const res = await h.run(
            ANALYTICS,
            {
              input: {
                dataset: 'CALLS',
                from: new Date(from).toISOString(),
                to: new Date(to).toISOString(),
                filter,
                dimensions: ['day', 'solution'],
                metrics: [{ fn: 'count' }, { fn: 'sum', field: 'units' }, { fn: 'uniq', field: 'consumer' }, { fn: 'avg', field: 'units' }],
                limit: 1000,
              },
            },
            h.analyst(),
          );
          expect(res.errors).toBeUndefined();
          const rows = res.data!.analytics.rows.map((r: { dimensions: string[]; metrics: number[] }) => ({
            dimensions: [new Date(r.dimensions[0]!).toISOString(), r.dimensions[1]],
            metrics: r.metrics,
          }));
          const expected = naive(tagged, from, to, tier);
          expect(rows.length).toBe(expected.length);
          rows.forEach((row: { dimensions: string[]; metrics: number[] }, i: number) => {
            expect(row.dimensions).toEqual(expected[i]!.dimensions);
            expect(row.metrics.slice(0, 3)).toEqual(expected[i]!.metrics.slice(0, 3));
            expect(row.metrics[3]).toBeCloseTo(expected[i]!.metrics[3]!, 9);
          });
        },
      ),
      { numRuns: 25 },
    );
  }, 120_000);
});
