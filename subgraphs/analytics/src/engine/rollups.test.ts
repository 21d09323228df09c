import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATASETS } from '../datasets/datasets.ts';
import { buildDatasetQuery, sqlTime } from '../datasets/query-builder.ts';
import type { EventInput } from '../public/events.ts';
import { cohortActivity, dailyOutcomes, fromCalls, solutionTotals } from '../services/call-facts.ts';
import { type AnalyticsHarness, startAnalyticsHarness } from '../testing/index.ts';
import { createLogger, systemClock } from '@marketplace/shared';
import { openAnalyticsLog } from '../services/analytics-log.ts';
import type { QueryEngine, Row } from './query-engine.ts';

/**
 * The rollups answer exactly what the calls answer: random calls over a week (some compacted twice over, some
 * raw), every rollup-backed statement and whole-day dataset query against the same one over the calls —
 * also after a crash left a day without its rollups and the summary behind.
 */
let h: AnalyticsHarness;
const START = Date.UTC(2026, 2, 1);
const DAY = 86_400_000;
let seed = 42;
/** A small seeded generator (mulberry32): the same events every run. */
function random(n: number): number {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) % n;
}
const pick = <T>(list: readonly T[]) => list[random(list.length)]!;

function calls(count: number): EventInput[] {
  return Array.from({ length: count }, () => {
    const user = random(3) ? `usr_${random(12)}` : undefined;
    return {
      type: 'call' as const,
      time: new Date(START + random(7 * DAY)),
      solutionId: pick(['sol_a', 'sol_b', 'sol_c']),
      partnerId: pick(['usr_p1', 'usr_p2']),
      userId: user,
      fingerprint: random(4) ? `fp_${random(15)}` : undefined,
      tier: user ? pick(['registered', 'pro']) : 'anonymous',
      outcome: pick(['VALID', 'VALID', 'QUOTA_EXCEEDED']),
      endpoint: random(2) ? 'GET /v1/a' : undefined,
      nearLimit: random(5) === 0,
      calls: 1 + random(4),
      units: 1 + random(3),
    };
  });
}

const sorted = (rows: Row[]) => rows.map((r) => JSON.stringify(r)).sort();
let engine: QueryEngine;
async function both(sql: () => { sql: string; params: Parameters<QueryEngine['query']>[1] }) {
  await engine.refresh();
  fromCalls.only = false;
  const viaRollups = sql();
  fromCalls.only = true;
  const viaCalls = sql();
  fromCalls.only = false;
  expect(viaRollups.sql).not.toBe(viaCalls.sql);
  const [a, b] = await Promise.all([engine.query(viaRollups.sql, viaRollups.params), engine.query(viaCalls.sql, viaCalls.params)]);
  return { rollups: sorted(a.rows), calls: sorted(b.rows) };
}

const RANGES = [
  [START, START + 8 * DAY],
  [START + DAY, START + 3 * DAY],
] as const;

async function expectEqualAnswers() {
  for (const [from, to] of RANGES) {
    const range = [sqlTime(new Date(from)), sqlTime(new Date(to))];
    for (const statement of [() => solutionTotals(range), () => dailyOutcomes(range), () => dailyOutcomes(range, 'sol_b'), () => cohortActivity(range)]) {
      const { rollups, calls: raw } = await both(statement);
      expect(rollups).toEqual(raw);
    }
    // The calls dataset over whole days reads the day rollup; the same statement over the calls agrees.
    for (const query of [
      { dimensions: ['day', 'tier'], metrics: [{ fn: 'count' as const }, { fn: 'uniq' as const, field: 'consumer' }, { fn: 'sum' as const, field: 'units' }, { fn: 'avg' as const, field: 'units' }] },
      { dimensions: ['week', 'outcome', 'endpoint'], filter: { field: 'solution', op: 'eq' as const, value: 'sol_a' }, metrics: [{ fn: 'count' as const }, { fn: 'uniq' as const, field: 'partner' }] },
      { dimensions: ['anonymous', 'near_limit'], metrics: [{ fn: 'count' as const }, { fn: 'uniq' as const, field: 'solution' }] },
    ]) {
      const built = buildDatasetQuery(DATASETS.calls, { from: new Date(from), to: new Date(to), limit: 1000, ...query }, { kind: 'PLATFORM' }, engine.dialect);
      expect(built.sql).toContain('FROM ev_calls_daily');
      const [a, b] = await Promise.all([engine.query(built.sql, built.params), engine.query(built.sql.replace('FROM ev_calls_daily', 'FROM ev_calls'), built.params)]);
      expect(a.rows.length).toBeGreaterThan(0);
      expect(sorted(a.rows)).toEqual(sorted(b.rows));
    }
  }
  // Every event but calls: the summary's per-day table for the days it covers, the days' own files for the rest.
  const [business, all] = await Promise.all([engine.query('SELECT * FROM business_events'), engine.query("SELECT * FROM events WHERE type <> 'call'")]);
  expect(business.rows.length).toBeGreaterThan(0);
  expect(sorted(business.rows)).toEqual(sorted(all.rows));
  // Conversions read the first calls; the same over the calls themselves.
  const overCalls = `WITH anon AS (SELECT solution_id, fingerprint, min(time) AS anonymous_at FROM events WHERE type = 'call' AND user_id IS NULL AND fingerprint IS NOT NULL GROUP BY 1, 2),
    keyed AS (SELECT solution_id, fingerprint, user_id, min(time) AS registered_at FROM events WHERE type = 'call' AND user_id IS NOT NULL AND fingerprint IS NOT NULL GROUP BY 1, 2, 3)
    SELECT k.solution_id AS solution, k.user_id, min(k.registered_at) AS time, min(a.anonymous_at) AS anonymous_at FROM anon a JOIN keyed k
      ON k.solution_id = a.solution_id AND k.fingerprint = a.fingerprint AND k.registered_at >= a.anonymous_at GROUP BY 1, 2`;
  const [conversions, expected] = await Promise.all([
    engine.query('SELECT solution, user_id, time, anonymous_at FROM ev_conversions'),
    engine.query(overCalls),
  ]);
  expect(expected.rows.length).toBeGreaterThan(0);
  expect(sorted(conversions.rows)).toEqual(sorted(expected.rows));
}

beforeAll(async () => {
  h = await startAnalyticsHarness('analytics-rollups');
  engine = h.log.engine;
});
afterAll(() => h.close());

describe('rollups', () => {
  it('answer exactly what the calls answer: compacted and raw alike, before and after a crash', async () => {
    const first = calls(400);
    const signups = Array.from({ length: 8 }, (_, i): EventInput => ({ type: 'user.signed_up', time: new Date(START + i * DAY * 0.8), userId: `usr_${i}`, dedupeKey: `usr_${i}` }));
    // A business event of a later generation of a day (its row replaces nothing, and is read once).
    const late: EventInput = { type: 'user.verified', time: new Date(START + DAY / 2), userId: 'usr_0', dedupeKey: 'verified-usr_0' };
    await h.events.append([...first, ...signups]);
    // A rollup an earlier layout wrote (nothing reads it): the compaction deletes its folder whole.
    const root = join(h.dataDir, 'analytics');
    await mkdir(join(root, 'rollups', 'solution_daily', 'date=2026-03-01'), { recursive: true });
    await writeFile(join(root, 'rollups', 'solution_daily', 'date=2026-03-01', 'part-000001.parquet'), 'not read');
    expect((await h.log.compactor.run()).obsolete).toBe(1);
    expect(await readdir(join(root, 'rollups'))).toEqual(['calls_daily', 'outcome_daily', 'summary']);
    // More calls on the same days (a second generation of each), then raw calls too.
    const second = calls(300);
    await h.events.append([...second, late, signups[0]!]);
    await h.log.compactor.run();
    await h.events.append(calls(200));
    await expectEqualAnswers();

    // A crash: one day's rollups and the newest summary's covers never written; the restarted process's readers
    // roll those up from the events.
    await h.log.close();
    await rm(join(root, 'rollups', 'calls_daily', 'date=2026-03-03'), { recursive: true, force: true });
    for (const name of await readdir(join(root, 'rollups', 'summary'))) {
      if (name.endsWith('covers.json') && name.startsWith('000002')) await rm(join(root, 'rollups', 'summary', name));
    }
    const restarted = await openAnalyticsLog({ dataDir: h.dataDir, clock: systemClock, logger: createLogger('test', 'silent'), graceMs: 0, memoryLimit: '256MB' });
    h.log = restarted;
    engine = restarted.engine;
    await expectEqualAnswers();
    // The next compaction repairs both.
    await restarted.compactor.run();
    expect(await readdir(join(root, 'rollups', 'calls_daily', 'date=2026-03-03'))).toHaveLength(1);
    await expectEqualAnswers();
  });
});
