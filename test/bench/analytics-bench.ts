import { mkdir, mkdtemp, readdir, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { openAnalyticsLog, createAnalyticsContext, type AnalyticsDeps, type Cell, FiguresCache, type QueryEngine } from '@marketplace/analytics';
import { createEventWriter, type EventInput } from '@marketplace/analytics/public';
import { type Caller, createLogger, systemClock } from '@marketplace/shared';

/**
 * `npm run bench:analytics`: the event log's rates and the dashboards' two heavy questions over 10 million
 * generated call events (bounded: EVENTS, default 10 M, 90 days, 50 solutions, 4 tiers).
 *  - ingest: events appended through the producer API (NDJSON batches), per second;
 *  - compaction: raw batches → Parquet (and the rollups), events per second; the rollups of the 10 M;
 *  - a 90-day per-day-per-tier query for one solution, and the admin's platform overview, each ≤ 1 s: wall and
 *    process CPU time of each (the machine is shared: the load average is printed beside them), then each of the
 *    overview's statements alone, and the overview again from its cache (nothing changed since).
 * ANALYTICS_BENCH_DIR=<dir> keeps the generated log there and reuses it on the next run (generation and rollups of
 * the 10 M take minutes; ingest and compaction are then skipped too).
 */
const TOTAL = Number(process.env.EVENTS ?? 10_000_000);
const INGEST = Number(process.env.INGEST_EVENTS ?? 200_000);
const DAYS = 90;
const logger = createLogger('bench', 'silent');
const keepDir = process.env.ANALYTICS_BENCH_DIR;
const dataDir = keepDir ?? (await mkdtemp(join(tmpdir(), 'analytics-bench-')));
const reuse = keepDir !== undefined && (await readdir(join(keepDir, 'analytics', 'events')).catch(() => [])).length >= 90;
const load = () => loadavg().map((l) => l.toFixed(1)).join(' ');
/** Wall and process CPU milliseconds of `work`. */
async function measure<T>(work: () => Promise<T>): Promise<{ value: T; ms: number; cpuMs: number }> {
  const cpu = process.cpuUsage();
  const t0 = performance.now();
  const value = await work();
  const ms = performance.now() - t0;
  const used = process.cpuUsage(cpu);
  return { value, ms, cpuMs: (used.user + used.system) / 1000 };
}
const log = (line: string) => console.log(line);
const results: { name: string; ok: boolean }[] = [];
const check = (name: string, value: number, limit: number) => {
  const ok = value <= limit;
  results.push({ name, ok });
  log(`${ok ? 'ok  ' : 'FAIL'} ${name}: ${value.toFixed(0)} ms (limit ${limit} ms)`);
};

try {
  const start = Date.UTC(2026, 0, 1);
  let t = performance.now();
  const root = join(dataDir, 'analytics');
  const perDay = Math.ceil(TOTAL / DAYS);
  if (reuse) log(`reusing the generated log in ${root} (ingest, compaction, generation and rollups skipped)`);
  else {
    // 1. Ingest and compaction through the real producer API and compactor.
    const writer = createEventWriter({ dataDir, writer: 'bench', pseudonymKey: 'bench-pseudonym-key-0123456789abcdef', clock: systemClock, logger });
    const batch: EventInput[] = [];
    for (let i = 0; i < INGEST; i++) {
      batch.push({ type: 'call', time: new Date(start + (i % DAYS) * 86_400_000 + (i % 1440) * 60_000), solutionId: `sol_${i % 50}`, partnerId: `usr_p${i % 10}`, userId: i % 3 ? `usr_${i % 5000}` : undefined, fingerprint: `anon_${i % 9000}`, tier: ['anonymous', 'registered', 'pro', 'enterprise'][i % 4], outcome: i % 17 ? 'VALID' : 'QUOTA_EXCEEDED', calls: 1 + (i % 7), units: 1 });
      if (batch.length === 10_000) await writer.append(batch.splice(0));
    }
    await writer.append(batch.splice(0));
    const ingestMs = performance.now() - t;
    log(`ingest: ${INGEST} events in ${(ingestMs / 1000).toFixed(1)} s = ${Math.round(INGEST / (ingestMs / 1000))} events/s (producer API, NDJSON batches of 10 000)`);
    const analytics = await openAnalyticsLog({ dataDir, clock: systemClock, logger, graceMs: 0 });
    const compacted = await measure(() => analytics.compactor.run());
    const report = compacted.value;
    log(`compaction (Parquet, rollups and summary included): ${report.events} events (${report.rawFiles} batches, ${report.days} days) in ${(compacted.ms / 1000).toFixed(1)} s (CPU ${(compacted.cpuMs / 1000).toFixed(1)} s) = ${Math.round(report.events / (compacted.ms / 1000))} events/s`);
    await analytics.close();
    await rm(root, { recursive: true, force: true });

    // 2. TOTAL call events generated straight into day partitions (the log's layout).
    const generator = await DuckDBInstance.create(':memory:', { threads: '2' });
    const g = await generator.connect();
    t = performance.now();
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
  }

  // The compactor rolls the generated days up (per-day rollups, then the summary), as it does after each day's
  // compaction and for a log written before rollups existed (a reused log has them already).
  const opened = await openAnalyticsLog({ dataDir, clock: systemClock, logger, memoryLimit: '1GB', graceMs: 0 });
  const rolled = await measure(() => opened.compactor.run());
  if (rolled.value.rolledUp || rolled.value.summarized) {
    log(`rollups: ${perDay * DAYS} events (${rolled.value.rolledUp} days rolled up, ${rolled.value.summarized} merged into the summary) in ${(rolled.ms / 1000).toFixed(1)} s (CPU ${(rolled.cpuMs / 1000).toFixed(1)} s) = ${Math.round((perDay * DAYS) / (rolled.ms / 1000))} events/s`);
  }
  // The statements the overview runs, recorded to be timed one by one afterwards (named by their leading comment).
  let recording: { sql: string; params: readonly Cell[] }[] | null = null;
  const engine: QueryEngine = {
    ...opened.engine,
    dialect: opened.engine.dialect,
    query: (sql, params = [], options) => (recording?.push({ sql, params }), opened.engine.query(sql, params, options)),
  };
  const base = { engine, root: opened.root, solutions: { solution: async (id: string) => ({ id, partnerId: 'usr_p0' }) }, clock: systemClock, logger, sql: { timeoutMs: 30_000, rowLimit: 10_000 }, freshAt: () => opened.freshAt() };
  const caller: Caller = { userId: 'usr_admin', roles: ['customer', 'admin'], clientId: 'bench' };
  const uncached = createAnalyticsContext(base satisfies AnalyticsDeps, { caller, requestId: 'bench' });
  const cached = createAnalyticsContext({ ...base, figuresCache: new FiguresCache() } satisfies AnalyticsDeps, { caller, requestId: 'bench' });
  const from = new Date(start);
  const to = new Date(start + DAYS * 86_400_000);
  const perDayQuery = () =>
    uncached.analytics.dataset(uncached.caller, 'calls', { from, to, filter: { field: 'solution', op: 'eq', value: 'sol_7' }, dimensions: ['day', 'tier'], metrics: [{ fn: 'count' }, { fn: 'uniq', field: 'consumer' }], limit: 1000 });
  await opened.engine.refresh();
  const ROUNDS = 3;
  const perDayRuns: number[] = [];
  const overviewRuns: number[] = [];
  for (let round = 0; round <= ROUNDS; round++) {
    const a = await measure(perDayQuery);
    if (round === 0) recording = [];
    const o = await measure(() => uncached.figures.platform(uncached.caller, from, to));
    const statements = recording ?? [];
    recording = null;
    const label = round === 0 ? 'first (cold)' : `round ${round}`;
    log(`${label}: per-day ${a.ms.toFixed(0)} ms (CPU ${a.cpuMs.toFixed(0)} ms), overview ${o.ms.toFixed(0)} ms (CPU ${o.cpuMs.toFixed(0)} ms, ${statements.length || '…'} statements); load ${load()}`);
    if (round === 0) {
      log(`per-day-per-tier rows: ${a.value.rows.length}; platform calls: ${o.value.calls}; the overview's statements alone:`);
      let total = 0;
      for (const { sql, params } of statements) {
        const one = await measure(() => opened.engine.query(sql, params));
        total += one.ms;
        const name = /^\/\* ([^*]+) \*\//.exec(sql)?.[1] ?? sql.replace(/\s+/g, ' ').slice(0, 60);
        log(`  ${name.padEnd(36)} ${one.ms.toFixed(0).padStart(5)} ms (CPU ${one.cpuMs.toFixed(0)} ms)`);
      }
      log(`  ${'sum, one after the other'.padEnd(36)} ${total.toFixed(0).padStart(5)} ms`);
    } else {
      perDayRuns.push(a.ms);
      overviewRuns.push(o.ms);
    }
  }
  const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)]!;
  check(`90-day per-day-per-tier query, one solution (median of ${ROUNDS})`, median(perDayRuns), 1000);
  check(`admin platform overview, 90 days, uncached (median of ${ROUNDS})`, median(overviewRuns), 1000);
  await cached.figures.platform(cached.caller, from, to);
  const hit = await measure(() => cached.figures.platform(cached.caller, from, to));
  log(`overview from its cache (nothing changed): ${hit.ms.toFixed(1)} ms (CPU ${hit.cpuMs.toFixed(1)} ms); load ${load()}`);
  await opened.close();
} finally {
  if (!keepDir) await rm(dataDir, { recursive: true, force: true });
}
process.exit(results.every((r) => r.ok) ? 0 : 1);
