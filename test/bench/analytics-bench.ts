import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { openAnalyticsLog, createAnalyticsContext, type AnalyticsDeps } from '@marketplace/analytics';
import { createEventWriter, type EventInput } from '@marketplace/analytics/public';
import { createLogger, systemClock } from '@marketplace/shared';

/**
 * `npm run bench:analytics`: the event log's rates and the dashboards' two heavy questions over 10 million
 * generated call events (bounded: EVENTS, default 10 M, 90 days, 50 solutions, 4 tiers).
 *  - ingest: events appended through the producer API (NDJSON batches), per second;
 *  - compaction: raw batches → Parquet (and the rollups), events per second; the rollups of the 10 M;
 *  - a 90-day per-day-per-tier query for one solution, and the admin's platform overview, each ≤ 1 s.
 */
const TOTAL = Number(process.env.EVENTS ?? 10_000_000);
const INGEST = Number(process.env.INGEST_EVENTS ?? 200_000);
const DAYS = 90;
const logger = createLogger('bench', 'silent');
const dataDir = await mkdtemp(join(tmpdir(), 'analytics-bench-'));
const log = (line: string) => console.log(line);
const results: { name: string; ok: boolean }[] = [];
const check = (name: string, value: number, limit: number) => {
  const ok = value <= limit;
  results.push({ name, ok });
  log(`${ok ? 'ok  ' : 'FAIL'} ${name}: ${value.toFixed(0)} ms (limit ${limit} ms)`);
};

try {
  // 1. Ingest and compaction through the real producer API and compactor.
  const writer = createEventWriter({ dataDir, writer: 'bench', pseudonymKey: 'bench-pseudonym-key-0123456789abcdef', clock: systemClock, logger });
  const start = Date.UTC(2026, 0, 1);
  const batch: EventInput[] = [];
  let t = performance.now();
  for (let i = 0; i < INGEST; i++) {
    batch.push({ type: 'call', time: new Date(start + (i % DAYS) * 86_400_000 + (i % 1440) * 60_000), solutionId: `sol_${i % 50}`, partnerId: `usr_p${i % 10}`, userId: i % 3 ? `usr_${i % 5000}` : undefined, fingerprint: `anon_${i % 9000}`, tier: ['anonymous', 'registered', 'pro', 'enterprise'][i % 4], outcome: i % 17 ? 'VALID' : 'QUOTA_EXCEEDED', calls: 1 + (i % 7), units: 1 });
    if (batch.length === 10_000) await writer.append(batch.splice(0));
  }
  await writer.append(batch.splice(0));
  const ingestMs = performance.now() - t;
  log(`ingest: ${INGEST} events in ${(ingestMs / 1000).toFixed(1)} s = ${Math.round(INGEST / (ingestMs / 1000))} events/s (producer API, NDJSON batches of 10 000)`);
  const analytics = await openAnalyticsLog({ dataDir, clock: systemClock, logger, graceMs: 0 });
  t = performance.now();
  const report = await analytics.compactor.run();
  const compactMs = performance.now() - t;
  log(`compaction (Parquet, rollups and summary included): ${report.events} events (${report.rawFiles} batches, ${report.days} days) in ${(compactMs / 1000).toFixed(1)} s = ${Math.round(report.events / (compactMs / 1000))} events/s`);
  await analytics.close();
  await rm(join(dataDir, 'analytics'), { recursive: true, force: true });

  // 2. TOTAL call events generated straight into day partitions (the log's layout), then the two queries.
  const root = join(dataDir, 'analytics');
  const generator = await DuckDBInstance.create(':memory:', { threads: '2' });
  const g = await generator.connect();
  t = performance.now();
  const perDay = Math.ceil(TOTAL / DAYS);
  for (let d = 0; d < DAYS; d++) {
    const day = new Date(start + d * 86_400_000).toISOString().slice(0, 10);
    const dir = join(root, 'events', `date=${day}`);
    await mkdir(dir, { recursive: true });
    await g.run(`COPY (SELECT 'evt_' || '${d}_' || i AS id, TIMESTAMP '${day} 00:00:00' + to_seconds(CAST(i % 86400 AS BIGINT)) AS time, 'call' AS type, 1 AS v,
      'sol_' || (i % 50) AS solution_id, 'usr_p' || (i % 10) AS partner_id, CASE WHEN i % 3 = 0 THEN NULL ELSE 'usr_' || (i % 50000) END AS user_id,
      CASE WHEN i % 3 = 0 THEN NULL ELSE 'cons_' || (i % 50000) END AS consumer, NULL::VARCHAR AS key_id, 'anon_' || (i % 90000) AS fingerprint,
      (['anonymous', 'registered', 'pro', 'enterprise'])[1 + i % 4] AS tier, NULL::VARCHAR AS previous_tier, CASE WHEN i % 17 = 0 THEN 'QUOTA_EXCEEDED' ELSE 'VALID' END AS outcome,
      'GET /v1/items' AS endpoint, (i % 23 = 0) AS near_limit, NULL::VARCHAR AS ref, CAST(1 + i % 7 AS BIGINT) AS calls, CAST(1 AS BIGINT) AS units,
      NULL::BIGINT AS amount_paise, NULL::BIGINT AS mrr_paise, NULL::BIGINT AS commission_paise
      FROM range(${perDay}) r(i)) TO '${join(dir, 'part-000001.parquet')}' (FORMAT parquet, COMPRESSION zstd)`);
  }
  log(`generated ${perDay * DAYS} call events over ${DAYS} days in ${((performance.now() - t) / 1000).toFixed(1)} s`);
  g.closeSync();
  generator.closeSync();

  // The compactor rolls the generated days up (per-day rollups, then the summary), as it does after each day's
  // compaction and for a log written before rollups existed.
  const opened = await openAnalyticsLog({ dataDir, clock: systemClock, logger, memoryLimit: '1GB', graceMs: 0 });
  t = performance.now();
  const rolled = await opened.compactor.run();
  const rollMs = performance.now() - t;
  log(`rollups: ${perDay * DAYS} events (${rolled.rolledUp} days rolled up, ${rolled.summarized} merged into the summary) in ${(rollMs / 1000).toFixed(1)} s = ${Math.round((perDay * DAYS) / (rollMs / 1000))} events/s`);
  const deps: AnalyticsDeps = {
    engine: opened.engine,
    root: opened.root,
    solutions: { solution: async (id) => ({ id, partnerId: 'usr_p0' }) },
    clock: systemClock,
    logger,
    sql: { timeoutMs: 30_000, rowLimit: 10_000 },
    freshAt: () => opened.freshAt(),
  };
  const context = createAnalyticsContext(deps, { caller: { userId: 'usr_admin', roles: ['customer', 'admin'], clientId: 'bench' }, requestId: 'bench' });
  const from = new Date(start);
  const to = new Date(start + DAYS * 86_400_000);
  await opened.engine.refresh();
  for (let round = 0; round < 2; round++) {
    const label = round === 0 ? ' (first, cold)' : '';
    t = performance.now();
    const answer = await context.analytics.dataset(context.caller, 'calls', { from, to, filter: { field: 'solution', op: 'eq', value: 'sol_7' }, dimensions: ['day', 'tier'], metrics: [{ fn: 'count' }, { fn: 'uniq', field: 'consumer' }], limit: 1000 });
    const perDayMs = performance.now() - t;
    t = performance.now();
    const overview = await context.figures.platform(context.caller, from, to);
    const overviewMs = performance.now() - t;
    if (round === 1) {
      log(`per-day-per-tier rows: ${answer.rows.length}; platform calls: ${overview.calls}`);
      check('90-day per-day-per-tier query, one solution', perDayMs, 1000);
      check('admin platform overview, 90 days', overviewMs, 1000);
    } else log(`first runs${label}: per-day ${perDayMs.toFixed(0)} ms, overview ${overviewMs.toFixed(0)} ms`);
  }
  await opened.close();
} finally {
  await rm(dataDir, { recursive: true, force: true });
}
process.exit(results.every((r) => r.ok) ? 0 : 1);
