import { fork } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import autocannon from 'autocannon';
import { type Caller, graphqlBinding, signCaller } from '@marketplace/shared';
import { ask } from './child-ipc.ts';

/**
 * The gateway half of `npm run bench` (issue 13 §2): three pairs, each a query through the gateway against a
 * baseline sent straight to a subgraph with the caller header signed as the gateway signs it, in the same run:
 *   G-catalog    the catalog page's query via the gateway ÷ the same query straight to catalog   (target ≥ 0.85)
 *   G-keys       `myKeys` via the gateway ÷ straight to keys                                      (target ≥ 0.85)
 *   G-dashboard  the dashboard's `myKeys { … solution { … } }` (keys + catalog) via the gateway
 *                ÷ `myKeys` straight to keys                                                      (target ≥ 0.40)
 * Each pair runs baseline then subject, three rounds after a warm-up; the ratio is the median of three. The servers
 * (the platform in one process, as the tests run it) get a process of their own; autocannon runs here.
 */
const DURATION = Number(process.env.BENCH_SECONDS ?? 5);
const WARMUP = Number(process.env.BENCH_WARMUP_SECONDS ?? 1);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 16);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const loadAtStart = loadavg().map((l) => l.toFixed(2)).join(' ');
const log = (line: string) => process.stdout.write(`${line}\n`);

const servers = fork(new URL('./gateway-servers.ts', import.meta.url).pathname, [], {
  execArgv: ['--import', 'tsx'],
  env: { ...process.env, APOLLO_TELEMETRY_DISABLED: '1' },
});
servers.once('exit', (code) => {
  if (code) process.exit(code);
});
const ready = await ask<{ gateway: string; subgraphs: Record<string, string>; token: string; caller: Caller; internalSecret: string; now: string }>(servers, 'ready');

const CATALOG = `query CatalogPage_Query($first: Int) {
  solutions(first: $first) { nodes { id tags slug name summary category publisherName tiers { tier callAllowance trialDays monthlyPricePaise currency } } pageInfo { endCursor hasNextPage } }
  categories
}`;
const MY_KEYS = 'query MyKeys { myKeys { id name prefix status createdAt } }';
const DASHBOARD = 'query DashboardPage_Query { myKeys { id status solution { id slug name publisherName } } }';

interface Target {
  name: string;
  url: string;
  headers: Record<string, string>;
  query: string;
  variables?: Record<string, unknown>;
}
const viaGateway = (name: string, query: string, variables?: Record<string, unknown>): Target => ({
  name,
  url: `${ready.gateway}/graphql`,
  headers: { authorization: `Bearer ${ready.token}` },
  query,
  variables,
});
const straightTo = (subgraph: string, name: string, query: string, variables?: Record<string, unknown>): Target => ({
  name,
  url: ready.subgraphs[subgraph]!,
  // Signed as the gateway signs it: bound to this operation, on the platform's clock.
  headers: signCaller(ready.internalSecret, ready.caller, graphqlBinding({ query, variables }), new Date(ready.now)),
  query,
  variables,
});
/** What the profile (BENCH_PROFILE) shows when a pair misses its target, and what would reach it. */
const ONE_HOP =
  "a query planned as one fetch whose subgraph selection is the client's own is answered with the subgraph's bytes before Apollo Server's pipeline (gateway/src/single-fetch.ts, `passThrough`); other one-fetch operations take the single-fetch executor. Over a stub subgraph (test/bench/gateway-alone.ts, old and new alternated, load 16) the gateway's own CPU per `myKeys` went from 651–881 to 356–406 µs per request; a bare node:http forwarder costs 182–216 µs there, so what is left is mostly the second HTTP hop itself (the kernel's socket writes, node:http's client and server), the caller check and signing. On a loaded machine every process's CPU per request grows and throughput also depends on what autocannon and DynamoDB Local get, so the ratio swings by 2× between rounds";
const ROUTER =
  "≥ 0.85 asks the gateway to add at most 0.18 of the subgraph's own CPU; a forwarder written in JavaScript over node:http already costs about half of the gateway's remaining share. Surely: a router without a JavaScript hop (Apollo Router or Hive Router, native code), or the subgraph executed inside the gateway process (LocalGraphQLDataSource) where the deployment co-locates them; neither is measured here (no router binary can be installed on this machine)";
const pairs: { target: Target; baseline: Target; goal: number; why: string; would: string }[] = [
  { target: viaGateway('G-catalog', CATALOG, { first: 12 }), baseline: straightTo('catalog', 'catalog', CATALOG, { first: 12 }), goal: 0.85, why: ONE_HOP, would: ROUTER },
  { target: viaGateway('G-keys', MY_KEYS), baseline: straightTo('keys', 'keys', MY_KEYS), goal: 0.85, why: ONE_HOP, would: ROUTER },
  {
    target: viaGateway('G-dashboard', DASHBOARD),
    baseline: straightTo('keys', 'keys', MY_KEYS),
    goal: 0.4,
    why: 'two subgraph hops (keys, then catalog for the solutions as entities) against one straight to keys: the catalog hop (HTTP, signature check, Apollo pipeline, _entities) costs about as much as the keys hop even with its reads served from catalog\'s per-process reference cache (one DynamoDB read per request left, as straight to keys)',
    would: 'the keys subgraph answering the dashboard\'s solution fields itself (`@provides` over a copy of id, slug, name and publisher kept with each key), so the plan has one fetch; or a native router, which takes the gateway\'s own share off both hops',
  },
];

interface Run {
  rps: number;
  p99: number;
  total: number;
  errors: number;
  cpuMicros: number;
  bytes: number;
}

/** Checks once that a target answers data without errors (a bench of error answers would be meaningless). */
async function probe(target: Target): Promise<number> {
  const res = await fetch(target.url, { method: 'POST', headers: { 'content-type': 'application/json', ...target.headers }, body: JSON.stringify({ query: target.query, variables: target.variables }) });
  const text = await res.text();
  const body = JSON.parse(text) as { data?: unknown; errors?: unknown[] };
  if (res.status !== 200 || body.errors?.length || !body.data) throw new Error(`${target.name}: ${res.status} ${text.slice(0, 300)}`);
  return Buffer.byteLength(text);
}

async function drive(target: Target, seconds: number, profileAs?: string): Promise<Run> {
  await ask(servers, 'reset', { name: profileAs });
  const result = await autocannon({
    url: target.url,
    method: 'POST',
    headers: { 'content-type': 'application/json', ...target.headers },
    body: JSON.stringify({ query: target.query, variables: target.variables }),
    connections: CONNECTIONS,
    pipelining: 1,
    duration: seconds,
  });
  const { cpuMicros } = await ask<{ cpuMicros: number }>(servers, 'stats');
  return { rps: result.requests.average, p99: result.latency.p99, total: result.requests.total, errors: result.errors + result.non2xx, cpuMicros, bytes: 0 };
}
async function measured(target: Target): Promise<Run> {
  await drive(target, WARMUP);
  return drive(target, DURATION, target.name);
}

const cpu = (r: Run) => (r.cpuMicros / Math.max(1, r.total)).toFixed(0);
const only = process.env.BENCH_ONLY?.split(',');
const rows: string[][] = [];
const verdicts: string[] = [];
for (const { target, baseline, goal, why, would } of pairs.filter((p) => !only || only.includes(p.target.name))) {
  const bytes = { subject: await probe(target), baseline: await probe(baseline) };
  const runs: { s: Run; b: Run; ratio: number }[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const b = await measured(baseline);
    const s = await measured(target);
    runs.push({ s, b, ratio: s.rps / b.rps });
    log(`  ${target.name} round ${round + 1}: ${s.rps.toFixed(0)} req/s (${cpu(s)} µs CPU/req, p99 ${s.p99} ms) vs ${baseline.name} ${b.rps.toFixed(0)} req/s (${cpu(b)} µs, p99 ${b.p99} ms) → ${(s.rps / b.rps).toFixed(2)}`);
  }
  const sorted = [...runs].sort((a, b) => (a.ratio || 0) - (b.ratio || 0));
  const mid = sorted[Math.floor(sorted.length / 2)]!;
  const ratio = mid.ratio || 0;
  rows.push([target.name, mid.s.rps.toFixed(0), `${baseline.name} ${mid.b.rps.toFixed(0)}`, ratio.toFixed(2), `${cpu(mid.s)} / ${cpu(mid.b)}`, `${mid.s.p99} / ${mid.b.p99} ms`, `${bytes.subject} / ${bytes.baseline}`, String(mid.s.errors + mid.b.errors)]);
  verdicts.push(`${ratio >= goal ? 'met ' : 'GAP '} ${target.name} throughput / ${baseline.name} straight: ${ratio.toFixed(2)} (target ≥ ${goal.toFixed(2)}); p99 ${mid.s.p99} ms vs ${mid.b.p99} ms`);
  if (ratio < goal) {
    const extra = Number(cpu(mid.s)) - Number(cpu(mid.b));
    verdicts.push(`  why: the gateway path costs ${extra} µs CPU per request more than the subgraph's ${cpu(mid.b)} µs (≥ ${goal} needs at most ${Math.round(Number(cpu(mid.b)) * (1 / goal - 1))}): ${why}`);
    verdicts.push(`  would: ${would}`);
  }
}

const header = ['subject', 'req/s', 'baseline req/s', 'ratio (median of 3)', 'CPU µs/req (subject / baseline)', 'p99 (subject / baseline)', 'response bytes', 'errors'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
log('');
log(`Gateway bench — ${CONNECTIONS} connections, ${DURATION} s runs after ${WARMUP} s warm-up, ${ROUNDS} rounds; load average ${loadAtStart} at the start, ${loadavg().map((l) => l.toFixed(2)).join(' ')} at the end (${cpus().length} cores)`);
log(line(header));
log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
for (const row of rows) log(line(row));
log('');
for (const v of verdicts) log(v);
servers.send({ type: 'stop' });
await new Promise((r) => servers.once('exit', r));
process.exit(0);
