import { fork, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { cpus, loadavg } from 'node:os';
import autocannon from 'autocannon';
import { generateApiKey } from '@marketplace/keys/public';
import { startDynamoDbLocal } from '@marketplace/shared';
import { lowerStorePriority } from './store-priority.ts';
import { startTestPlatform } from '../support/platform.ts';
import { seedCustomer, seedSolution } from '../support/seed.ts';
import { BENCH_TIERS } from './bench-shim.ts';
import { ask } from './child-ipc.ts';
import { paced } from './paced.ts';

/**
 * `npm run bench`: the quota shim against baselines served in the same run on this machine.
 *   B1  node:http that parses the JSON body and answers a validate-shaped JSON
 *   B2  B1 plus one conditional UpdateItem per request on the same DynamoDB Local
 *   V-hot    a valid key with a large monthly quota (leased path)
 *   V-small  a key on the per-call exact path (one conditional write per admitted call)
 *   V-deny   an exhausted key
 *   V-bad    an unknown key (valid checksum, no such key)
 *   V-anon   an anonymous fingerprint (past its 10 calls once warmed up)
 *   S-sdk    a solution served with the SDK's middleware (valid key), against S-fetch: the same solution calling
 *            the shim with a bare fetch (sdk/examples/bench-pair, a process of its own)
 *   S-deny   the SDK solution hammered by a denied caller: its denial cache keeps the calls off the shim
 *   V-hot-log  V-hot on a shim with the analytics event log on, against V-hot with it off (ANALYTICS_EVENTS)
 * Each pair warms both up once, then runs them in short alternating slices (BENCH_ROUNDS of them, BENCH_SECONDS
 * each, baseline first in odd slices, subject first in even ones); the ratio is the median of the slices' ratios.
 * On this host the machine's speed drifts by ±25 % within seconds, so many short adjacent slices compare the two
 * under the same conditions where a few long rounds could not. Latencies are each response's own time (µs
 * resolution): autocannon's histogram keeps whole milliseconds, too coarse for p99s of 1–3 ms.
 * Absolute numbers on a shared 2-core machine mean little; the ratios are the result.
 */
const loadAtStart = loadavg().map((l) => l.toFixed(2)).join(' ');
const DURATION = Number(process.env.BENCH_SECONDS ?? 2);
const WARMUP = Number(process.env.BENCH_WARMUP_SECONDS ?? 1);
/** The warm-up before each slice (discarded). */
const SLICE_WARMUP = Number(process.env.BENCH_SLICE_WARMUP_SECONDS ?? 0.5);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 16);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 9);

type Counts = {
  reads: number;
  writes: number;
  counterWrites: number;
  rollupWrites: number;
  allowed: number;
  denied: number;
  /** Verdicts that were not decided from memory (they waited for the store or a read in flight). */
  waited: number;
  cpuMicros: number;
  /** The server process's garbage collections in the run: how many, their total and longest pause (ms). */
  gc: { count: number; totalMs: number; maxMs: number };
  /** The server process's event-loop delay in the run (ms), as `monitorEventLoopDelay` saw it. */
  loop: { p99Ms: number; maxMs: number };
};

function log(line: string) {
  process.stdout.write(`${line}\n`);
}

const dynamo = await startDynamoDbLocal({ inMemory: true });
// A loaded shared machine: DynamoDB Local may take seconds to answer, and seeding must not fail on the
// production's 1 s request timeout (the measured processes keep it).
const connection = { endpoint: dynamo.endpoint, region: 'us-east-1', timeouts: { requestTimeoutMs: 10_000 } };
log(`DynamoDB Local ${dynamo.endpoint}; seeding through the gateway…`);

// Seed through the public API, exactly as users would have made the data.
const platform = await startTestPlatform({}, { connection });
const solution = await seedSolution(platform, { tiers: BENCH_TIERS });
const grant = (userId: string, tier: string) =>
  platform.graphql(
    `mutation($input: GrantTierInput!) { grantTier(input: $input) { tier } }`,
    { input: { userId, solutionId: solution.solutionId, tier } },
    solution.adminToken,
  );
const hot = await seedCustomer(platform, solution.solutionId);
await grant(hot.userId, 'ENTERPRISE');
const small = await seedCustomer(platform, solution.solutionId);
await grant(small.userId, 'PRO');
const denied = await seedCustomer(platform, solution.solutionId);
for (let i = 0; i < 100; i++) await platform.validate(solution.secret, { apiKey: denied.apiKey });
const tablePrefix = platform.tablePrefix;
await platform.close();

// The servers get a process (and core) of their own; autocannon runs here.
const servers: ChildProcess = fork(new URL('./servers.ts', import.meta.url).pathname, [], {
  execArgv: ['--import', 'tsx', ...(process.env.BENCH_SERVER_ARGS?.split(' ') ?? []), ...(process.env.BENCH_PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE}`] : [])],
  env: {
    ...process.env,
    DYNAMODB_ENDPOINT: dynamo.endpoint,
    TABLE_PREFIX: tablePrefix,
    FINGERPRINT_SECRET: randomBytes(32).toString('base64url'),
    // PRO's 10 M allowance stays on the exact path; ENTERPRISE's 1 G goes leased.
    QUOTA_EXACT_UP_TO: '20000000',
  },
});
const { ports } = await ask<{ ports: { b1: number; b2: number; shim: number; shimLog: number } }>(servers, 'ready');
// The solution pair (SDK vs bare fetch): a process of its own, like a partner's server in front of the shim.
const solutionPair: ChildProcess = fork(new URL('../../sdk/examples/bench-pair/servers.ts', import.meta.url).pathname, [], {
  execArgv: ['--import', 'tsx'],
  env: { ...process.env, MARKETPLACE_SHIM_URL: `http://127.0.0.1:${ports.shim}`, SOLUTION_SECRET: solution.secret },
});
const pair = await new Promise<{ sdk: number; fetch: number }>((resolve) =>
  solutionPair.on('message', (message: { type: string; ports: { sdk: number; fetch: number } }) => message.type === 'ready' && resolve(message.ports)),
);

interface Target {
  name: string;
  url: string;
  /** A JSON body to POST; none: a GET (the solution pair's endpoint). */
  body?: unknown;
  headers?: Record<string, string>;
}
const shimTarget = (name: string, body: unknown): Target => ({
  name,
  url: `http://127.0.0.1:${ports.shim}/quota/validate`,
  body,
  headers: { authorization: `Bearer ${solution.secret}` },
});
const B1: Target = { name: 'B1', url: `http://127.0.0.1:${ports.b1}/quota/validate`, body: { apiKey: hot.apiKey } };
const B2: Target = { name: 'B2', url: `http://127.0.0.1:${ports.b2}/quota/validate`, body: { apiKey: hot.apiKey } };
const solutionTarget = (name: string, port: number, apiKey: string): Target => ({ name, url: `http://127.0.0.1:${port}/v1/rates`, headers: { 'x-api-key': apiKey } });
const subjects: { target: Target; baseline: Target }[] = [
  { target: shimTarget('V-hot', { apiKey: hot.apiKey }), baseline: B1 },
  { target: shimTarget('V-small', { apiKey: small.apiKey }), baseline: B2 },
  { target: shimTarget('V-deny', { apiKey: denied.apiKey }), baseline: B1 },
  { target: shimTarget('V-bad', { apiKey: generateApiKey().plaintext }), baseline: B1 },
  { target: shimTarget('V-anon', { client: { ip: '198.51.100.23', userAgent: 'bench/1', acceptLanguage: 'en' } }), baseline: B1 },
  { target: solutionTarget('S-sdk', pair.sdk, hot.apiKey), baseline: solutionTarget('S-fetch', pair.fetch, hot.apiKey) },
  { target: solutionTarget('S-deny', pair.sdk, denied.apiKey), baseline: solutionTarget('S-fetch-deny', pair.fetch, denied.apiKey) },
];
// Issue 11: the analytics event log's cost — V-hot on a shim with the log on against V-hot with it off.
subjects.push({ target: { ...shimTarget('V-hot-log', { apiKey: hot.apiKey }), url: `http://127.0.0.1:${ports.shimLog}/quota/validate` }, baseline: subjects[0]!.target });

interface Run {
  rps: number;
  p99: number;
  total: number;
  errors: number;
  counts: Counts;
}

async function drive(target: Target, seconds: number): Promise<Run> {
  await ask(servers, 'reset');
  const times: number[] = [];
  // Without a callback autocannon returns its instance (an EventEmitter) made thenable; the types show only the promise.
  const instance = autocannon({
    url: target.url,
    ...(target.body === undefined
      ? { method: 'GET' as const, headers: target.headers }
      : { method: 'POST' as const, headers: { 'content-type': 'application/json', ...target.headers }, body: JSON.stringify(target.body) }),
    connections: CONNECTIONS,
    pipelining: 1,
    duration: seconds,
  }) as unknown as autocannon.Instance & PromiseLike<autocannon.Result>;
  // Every answer's time, refusals included (S-deny's callers are answered 429 by design).
  instance.on('response', (_client: unknown, _status: number, _bytes: number, responseTime: number) => times.push(responseTime));
  const result = await instance;
  // Let calls still in flight when the load stopped finish, so their writes and verdicts count together.
  await new Promise((r) => setTimeout(r, 300));
  const { counts } = await ask<{ counts: Counts }>(servers, 'stats');
  return {
    rps: result.requests.total / Math.max(0.001, result.duration),
    p99: percentile(times, 0.99),
    total: result.requests.total,
    errors: result.errors + result.non2xx,
    counts,
  };
}

/** The same counts as `drive`, under `paced`'s open-loop load at `rate` requests a second (for latency). */
async function drivePaced(target: Target, seconds: number, rate: number): Promise<Run> {
  await ask(servers, 'reset');
  const body = target.body === undefined ? undefined : JSON.stringify(target.body);
  const result = await paced({
    url: target.url,
    method: body === undefined ? 'GET' : 'POST',
    headers: body === undefined ? (target.headers ?? {}) : { 'content-type': 'application/json', ...target.headers },
    body,
    rate,
    seconds,
    connections: CONNECTIONS,
  });
  await new Promise((r) => setTimeout(r, 300));
  const { counts } = await ask<{ counts: Counts }>(servers, 'stats');
  return { rps: result.rps, p99: percentile(result.times, 0.99), total: result.total, errors: result.errors, counts };
}

/** The p-quantile (0–1) of response times in ms, to the microsecond. */
function percentile(times: number[], p: number): number {
  if (!times.length) return 0;
  const sorted = Float64Array.from(times).sort();
  return Math.round(sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]! * 1000) / 1000;
}
const ms = (value: number) => `${value.toFixed(2)} ms`;
/** What held the server's loop in a run: its GCs and the loop delay's p99 and maximum. */
const held = ({ counts: { gc, loop, waited } }: Run) =>
  `${waited} calls waited, ${gc.count} GCs ${gc.totalMs.toFixed(0)} ms (longest ${gc.maxMs.toFixed(1)}), loop delay p99 ${loop.p99Ms.toFixed(1)} max ${loop.maxMs.toFixed(1)} ms`;

/**
 * Baseline and subject warmed up once each, then ROUNDS short slices in alternating order (baseline first in odd
 * slices, subject first in even ones, each after a short warm-up of its own), so going first or second weighs on
 * both; each slice's pair of runs.
 */
async function alternate(baseline: Target, subject: Target, run: (target: Target, seconds: number) => Promise<Run>, each?: (slice: Slice, index: number) => void): Promise<Slice[]> {
  await run(baseline, WARMUP);
  await run(subject, WARMUP);
  const slices: Slice[] = [];
  // Each slice is measured warm: while the other of the pair ran, this one's caches and leases went idle (a lease
  // idle for 2 s goes back to the store, cached facts expire within 5 s), and its first calls would wait for the
  // store — a cold start, not the steady state the pair compares.
  const measure = async (target: Target) => {
    await run(target, SLICE_WARMUP);
    return run(target, DURATION);
  };
  for (let index = 0; index < ROUNDS; index++) {
    let slice: Slice;
    if (index % 2 === 0) {
      const b = await measure(baseline);
      slice = { baseline: b, subject: await measure(subject) };
    } else {
      const s = await measure(subject);
      slice = { baseline: await measure(baseline), subject: s };
    }
    slices.push(slice);
    each?.(slice, index);
  }
  return slices;
}
interface Slice {
  baseline: Run;
  subject: Run;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const rows: string[][] = [];
const verdicts: string[] = [];
const stats: Record<string, { ratio: number; subject: Run; baseline: Run; ratios: number[] }> = {};
/** The lowest and highest of a pair's slice ratios. */
const sliceRange = (name: string) => {
  const ratios = stats[name]?.ratios ?? [];
  return ratios.length ? `${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)}` : '?';
};

const only = process.env.BENCH_ONLY?.split(',');
for (const { target, baseline } of subjects.filter((s) => !only || only.includes(s.target.name))) {
  const cpu = (r: Run) => (r.counts.cpuMicros / Math.max(1, r.total)).toFixed(1);
  const slices = process.env.BENCH_PROFILE
    ? // BENCH_PROFILE: profile the subject alone (the baseline would fill the profile with itself).
      [{ baseline: await drive(baseline, 0.2), subject: (await drive(target, WARMUP), await drive(target, DURATION)) }]
    : await alternate(baseline, target, drive, ({ subject: s, baseline: b }, index) =>
        log(`  ${target.name} slice ${index + 1}: ${s.rps.toFixed(0)} req/s (${cpu(s)} µs CPU/req) vs ${baseline.name} ${b.rps.toFixed(0)} req/s (${cpu(b)} µs) → ${(s.rps / b.rps).toFixed(2)}`),
      );
  const ratios = slices.map((x) => x.subject.rps / x.baseline.rps);
  const ratio = median(ratios);
  stats[target.name] = { ratio, ratios, ...slices[ratios.indexOf(ratio)]! };
}

// Latency at half of B1's maximum rate: B1 and V-hot at the same offered load (when V-hot ran).
const b1Rates = subjects.filter((x) => x.baseline === B1 && stats[x.target.name]).map((x) => stats[x.target.name]!.baseline.rps);
const b1Max = b1Rates.length ? median(b1Rates) : 0;
// BENCH_P99_RATE: a fixed offered load instead (to compare runs on a machine whose speed drifts).
const halfRate = Number(process.env.BENCH_P99_RATE ?? Math.round(b1Max / 2));
// Slices of B1 and V-hot in alternating order at that offered load, like the throughput pairs; with BENCH_STORE_NICE,
// the store in the background (store-priority.ts). Only for this pair: V-small and B2 wait for the store on every
// call, and the measured pairs after this one (cluster: leased keys) hardly call it.
const storeThreads = stats['V-hot'] ? lowerStorePriority(dynamo.pid) : 0;
const latencySlices = stats['V-hot']
  ? (await alternate(B1, subjects[0]!.target, (target, seconds) => drivePaced(target, seconds, halfRate), ({ subject: hot, baseline: b1 }, index) =>
      log(`  V-hot p99 slice ${index + 1} at ${halfRate} req/s: ${ms(hot.p99)} vs B1 ${ms(b1.p99)} → ${(hot.p99 / Math.max(0.001, b1.p99)).toFixed(2)} (server: ${held(hot)} vs ${held(b1)})`),
    )).map((x) => ({ b1: x.baseline, hot: x.subject, ratio: x.subject.p99 / Math.max(0.001, x.baseline.p99) }))
  : [];
const latency = latencySlices.length ? [...latencySlices].sort((a, b) => a.ratio - b.ratio)[Math.floor(latencySlices.length / 2)] : undefined;

// BENCH_ONLY runs a subset: each check needs its subject.
const hotRun = stats['V-hot'];
const smallRun = stats['V-small'];
const denyRun = stats['V-deny'];
const badRun = stats['V-bad'];
const anonRun = stats['V-anon'];
const perCall = (n: number, d: number) => (d > 0 ? n / d : 0);
const cpuPerCall = (r: Run) => (r.counts.cpuMicros / Math.max(1, r.total)).toFixed(0);

function check(label: string, value: number, target: number, atLeast: boolean, format = (v: number) => v.toFixed(2)) {
  const ok = atLeast ? value >= target : value <= target;
  verdicts.push(`${ok ? 'met ' : 'GAP '} ${label}: ${format(value)} (target ${atLeast ? '≥' : '≤'} ${format(target)})`);
}

for (const [name, s] of Object.entries(stats)) {
  const baseline = subjects.find((x) => x.target.name === name)!.baseline.name;
  rows.push([
    name,
    s.subject.rps.toFixed(0),
    `${baseline} ${s.baseline.rps.toFixed(0)}`,
    s.ratio.toFixed(2),
    `${cpuPerCall(s.subject)} / ${cpuPerCall(s.baseline)}`,
    ms(s.subject.p99),
    (s.subject.counts.writes / Math.max(1, s.subject.total)).toFixed(3),
    (s.subject.counts.reads / Math.max(1, s.subject.total)).toFixed(4),
    `${s.subject.counts.allowed}/${s.subject.counts.denied}`,
    String(s.subject.errors),
  ]);
}
// Issue 13's targets.
if (hotRun) check('V-hot throughput / B1', hotRun.ratio, 0.8, true);
if (smallRun) check('V-small throughput / B2', smallRun.ratio, 0.85, true);
if (denyRun) check('V-deny throughput / B1', denyRun.ratio, 0.8, true);
if (badRun) check('V-bad throughput / B1', badRun.ratio, 0.9, true);
if (anonRun) check('V-anon throughput / B1', anonRun.ratio, 0.8, true);
if (latency) check(`V-hot p99 / B1 p99 at ${halfRate} req/s (median of ${ROUNDS} slices)`, latency.ratio, 1.5, false);
if (latency && latency.ratio > 1.5) {
  // What the slices' server lines and the runs of session 12 (test/bench/HISTORY.md) show.
  const waited = latencySlices.reduce((sum, x) => sum + x.hot.counts.waited, 0);
  const stalled = latencySlices.filter((x) => x.ratio > 3);
  const worst = stalled.length ? Math.max(...stalled.map((x) => x.ratio)) : 0;
  const longestGc = Math.max(...latencySlices.map((x) => x.hot.counts.gc.maxMs));
  const longestLoop = Math.max(...latencySlices.map((x) => x.hot.counts.loop.maxMs));
  const share = (max: number) => (max > 0 ? `${Math.round((100 * halfRate) / max)} %` : '?');
  verdicts.push(
    `  why: not the store: ${waited} V-hot calls waited on it over all slices, and with the shim's background store calls halved (SHIM_CACHE_MS=4000 USAGE_FLUSH_MS=2000 QUOTA_RECORD_MS=1000) the ratio got worse (1.74–2.14 against 1.41–1.43 at 20 000 req/s). It is headroom: ${halfRate} req/s is ${hotRun ? share(hotRun.subject.rps) : '?'} of the shim's own maximum here and ${hotRun ? share(hotRun.baseline.rps) : '?'} of B1's, on two cores shared with the load generator and DynamoDB Local, so each stall (a GC pause up to ${longestGc.toFixed(1)} ms, the loop held up to ${longestLoop.toFixed(1)} ms) leaves the shim a longer queue to drain; ${stalled.length} of ${latencySlices.length} slices met one (ratio up to ${worst.toFixed(1)})`,
  );
  verdicts.push(
    `  would: B1's CPU per call for the shim (${hotRun ? `${cpuPerCall(hotRun.subject)} against ${cpuPerCall(hotRun.baseline)} µs` : 'see the table'}: the difference is the quota decision itself), or cores not shared with the load generator and the store: at a load both have room for (BENCH_P99_RATE=20000) the ratio is 1.41–1.43, met`,
  );
}
if (smallRun && smallRun.ratio < 0.85) {
  // Measured in session 9 (test/bench/HISTORY.md): 0.87–0.88 in whole runs before the shim's store calls moved to a thread.
  verdicts.push(
    `  why: every V-small call waits for its own conditional write, as B2's do, but one thread hop further: the shim's store calls run on a worker thread (so the SDK's serde never holds the loop V-hot's calls share), which costs ${cpuPerCall(smallRun.subject)} against ${cpuPerCall(smallRun.baseline)} µs of CPU a call here; the slices ran ${sliceRange('V-small')}`,
  );
  verdicts.push(`  would: the exact path's writes on the loop's own client (0.87–0.88 before the thread), at the price of the loop being held 0.3–0.6 ms by each of them for every other caller`);
}
if (smallRun) {
  const { counts } = smallRun.subject;
  check('V-small writes per admitted call on the hot path (counter)', perCall(counts.counterWrites, counts.allowed), 1, false, (v) => v.toFixed(4));
  // The rollups and last-used bookkeeping come on top of the one counter write a call: a few writes a second, so at
  // V-small's rate (DynamoDB Local's, a few hundred calls a second) no more than session 7 measured (1.021).
  check('V-small writes per admitted call, all (rollups and last-used bookkeeping included; no more than session 7)', perCall(counts.writes, counts.allowed), 1.021, false, (v) => v.toFixed(3));
}
if (denyRun) check('V-deny writes per call', perCall(denyRun.subject.counts.writes, denyRun.subject.total), 0.05, false, (v) => v.toFixed(4));
if (badRun) check('V-bad reads per call', perCall(badRun.subject.counts.reads, badRun.subject.total), 0.01, false, (v) => v.toFixed(4));
const sdkRun = stats['S-sdk'];
const sdkDenyRun = stats['S-deny'];
if (sdkRun) check('S-sdk throughput / S-fetch (SDK middleware vs a bare fetch to the shim)', sdkRun.ratio, 0.9, true);
if (sdkDenyRun) {
  const { counts, total } = sdkDenyRun.subject;
  check('S-deny shim calls per request (denied caller at full speed, SDK denial cache)', perCall(counts.allowed + counts.denied, total), 0.05, false, (v) => v.toFixed(4));
}
// Issue 11: the event log costs the shim at most 5 %.
if (stats['V-hot-log']) check('V-hot with the analytics log on / V-hot with it off', stats['V-hot-log'].ratio, 0.95, true);

const header = ['subject', 'req/s', 'baseline req/s', `ratio (median of ${ROUNDS} slices)`, 'CPU µs/call (subject / baseline)', 'p99', 'writes/call', 'reads/call', 'allowed/denied', 'errors'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
log('');
log(`Quota shim bench — ${CONNECTIONS} connections, ${ROUNDS} alternating slices of ${DURATION} s a pair after ${WARMUP} s warm-up (${SLICE_WARMUP} s before each slice); DynamoDB Local ${storeThreads ? `at niceness ${process.env.BENCH_STORE_NICE} (${storeThreads} threads) from the p99 pair on` : 'at its own priority'}; load average ${loadAtStart} at the start, ${loadavg().map((l) => l.toFixed(2)).join(' ')} at the end (${cpus().length} cores)`);
log(line(header));
log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
for (const row of rows) log(line(row));
log('');
if (latency) log(`Latency at ${halfRate} req/s (half of B1's ${b1Max.toFixed(0)}), the median slice: B1 p99 ${ms(latency.b1.p99)}, V-hot p99 ${ms(latency.hot.p99)}`);
if (smallRun) {
  const { counts } = smallRun.subject;
  log(`V-small: ${counts.allowed} admitted calls, ${counts.writes} writes: ${counts.counterWrites} quota counter, ${counts.rollupWrites} usage rollups, ${counts.writes - counts.counterWrites - counts.rollupWrites} last-used`);
}

// The cluster section (issue 13 §1): the shim on 1 and on 2 processes sharing one port (node:cluster), both up at
// once and measured alternately, so each round's ratio is same-run. autocannon holds one core of its own.
const clusterSizes = [1, 2].filter((n) => n <= cpus().length);
if ((!only || only.includes('cluster')) && clusterSizes.length > 1) {
  const startCluster = async (workers: number) => {
    const child = fork(new URL('./shim-cluster.ts', import.meta.url).pathname, [], {
      execArgv: ['--import', 'tsx'],
      env: {
        ...process.env,
        SHIM_WORKERS: String(workers),
        DYNAMODB_ENDPOINT: dynamo.endpoint,
        TABLE_PREFIX: tablePrefix,
        FINGERPRINT_SECRET: randomBytes(32).toString('base64url'),
        QUOTA_EXACT_UP_TO: '20000000',
      },
    });
    const port = await new Promise<number>((resolve) => child.on('message', (m: { type: string; port: number }) => m.type === 'ready' && resolve(m.port)));
    const cpuNow = () =>
      new Promise<number>((resolve) => {
        const on = (m: { type: string; cpuMicros: number }) => m.type === 'cpu' && (child.off('message', on), resolve(m.cpuMicros));
        child.on('message', on);
        child.send({ type: 'cpu' });
      });
    return { workers, child, port, cpuNow };
  };
  const clusters = await Promise.all(clusterSizes.map(startCluster));
  const clusterRows: string[] = [];
  for (const [name, body] of [['V-hot', { apiKey: hot.apiKey }], ['V-deny', { apiKey: denied.apiKey }]] as const) {
    const targetOf = (c: (typeof clusters)[number]) => ({ url: `http://127.0.0.1:${c.port}/quota/validate`, method: 'POST' as const, headers: { 'content-type': 'application/json', authorization: `Bearer ${solution.secret}` }, body: JSON.stringify(body), connections: CONNECTIONS, pipelining: 1 });
    for (const c of clusters) await autocannon({ ...targetOf(c), duration: WARMUP });
    const rounds: { rps: number[]; p99: number[]; cpu: number[] }[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const r = { rps: [] as number[], p99: [] as number[], cpu: [] as number[] };
      for (const c of clusters) {
        const before = await c.cpuNow();
        const result = await autocannon({ ...targetOf(c), duration: DURATION });
        r.rps.push(result.requests.total / Math.max(0.001, result.duration));
        r.p99.push(result.latency.p99);
        r.cpu.push(((await c.cpuNow()) - before) / Math.max(1, result.requests.total));
        if (result.errors + result.non2xx) log(`  ${name} on ${c.workers} process(es): ${result.errors + result.non2xx} errors`);
      }
      rounds.push(r);
      log(`  ${name} cluster round ${round + 1}: ${clusters.map((c, i) => `${c.workers} process${c.workers > 1 ? 'es' : ''} ${r.rps[i]!.toFixed(0)} req/s (${r.cpu[i]!.toFixed(0)} µs CPU/call, p99 ${r.p99[i]} ms)`).join(', ')} → ×${(r.rps[1]! / r.rps[0]!).toFixed(2)}`);
    }
    const gains = rounds.map((r) => r.rps[1]! / r.rps[0]!);
    const mid = rounds[gains.indexOf(median(gains))]!;
    clusterRows.push(`${name}: 1 process ${mid.rps[0]!.toFixed(0)} req/s, 2 processes ${mid.rps[1]!.toFixed(0)} req/s → a second core buys ×${median(gains).toFixed(2)} (median of ${ROUNDS}); p99 ${mid.p99[0]} → ${mid.p99[1]} ms; CPU per call ${mid.cpu[0]!.toFixed(0)} → ${mid.cpu[1]!.toFixed(0)} µs`);
  }
  for (const c of clusters) c.child.send({ type: 'stop' });
  await Promise.all(clusters.map((c) => new Promise((r) => c.child.once('exit', r))));
  log('');
  log(`Cluster scaling (node:cluster, one port; ${cpus().length} cores, one of them taken by the load generator; load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}):`);
  for (const row of clusterRows) log(`  ${row}`);
}

solutionPair.kill('SIGTERM');
servers.send({ type: 'stop' });
await new Promise((r) => servers.once('exit', r));
await dynamo.stop();

// The gateway section (issue 13 §2): its own process, platform and DynamoDB Local; its check lines join ours.
const gatewayPairs = ['G-catalog', 'G-keys', 'G-dashboard'];
if (!only || only.some((name) => gatewayPairs.includes(name))) {
  log('');
  const gateway = fork(new URL('./gateway-bench.ts', import.meta.url).pathname, [], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'pipe', 'inherit', 'ipc'] });
  let pending = '';
  gateway.stdout!.on('data', (chunk: Buffer) => {
    pending += chunk.toString('utf8');
    const lines = pending.split('\n');
    pending = lines.pop()!;
    for (const text of lines) {
      if (/^(met |GAP |  why: |  would: )/.test(text)) verdicts.push(text);
      else log(text);
    }
  });
  const code = await new Promise<number | null>((resolve) => gateway.once('exit', resolve));
  if (code) verdicts.push(`GAP  gateway bench exited with ${code}`);
}

log('');
log(`Checks (load average ${loadavg().map((l) => l.toFixed(2)).join(' ')} at the end):`);
for (const v of verdicts) log(v);
process.exit(0);
