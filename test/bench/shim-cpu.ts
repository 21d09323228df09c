import { PerformanceObserver } from 'node:perf_hooks';
import { PassThrough } from 'node:stream';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { generateApiKey } from '@marketplace/keys/public';
import { createDocumentClient, createLogger, startDynamoDbLocal, systemClock } from '@marketplace/shared';
import { createShimDeps, createShimHandler } from '@marketplace/quotas';
import { baselineB1 } from './baselines.ts';
import { startTestPlatform } from '../support/platform.ts';
import { seedCustomer, seedSolution } from '../support/seed.ts';
import { BENCH_TIERS, SHIM_SETTINGS } from './bench-shim.ts';

/**
 * `node --import tsx test/bench/shim-cpu.ts`: the shim handler's own CPU per request, in process, without sockets
 * (so without the kernel's share, which the load test mixes in and which the machine's load makes noisy). Each
 * subject is called SHIM_CPU_CALLS times, 16 at a time, over the real readers and engine on DynamoDB Local; the
 * figure is user+system CPU µs per call after a warm-up. Add `--cpu-prof` to see where it goes.
 */
const CALLS = Number(process.env.SHIM_CPU_CALLS ?? 50_000);
const CONCURRENCY = 16;

const dynamo = await startDynamoDbLocal({ inMemory: true });
// A loaded shared machine: DynamoDB Local may take seconds to answer; a timeout would end the run, not measure it.
const connection = { endpoint: dynamo.endpoint, region: 'us-east-1', timeouts: { requestTimeoutMs: 10_000 } };
const platform = await startTestPlatform({}, { connection });
const solution = await seedSolution(platform, { tiers: BENCH_TIERS });
const hot = await seedCustomer(platform, solution.solutionId);
await platform.graphql(
  `mutation($input: GrantTierInput!) { grantTier(input: $input) { tier } }`,
  { input: { userId: hot.userId, solutionId: solution.solutionId, tier: 'ENTERPRISE' } },
  solution.adminToken,
);
const denied = await seedCustomer(platform, solution.solutionId);
for (let i = 0; i < 100; i++) await platform.validate(solution.secret, { apiKey: denied.apiKey });
const tablePrefix = platform.tablePrefix;
await platform.close();

const shim = createShimDeps({
  db: createDocumentClient(connection),
  tablePrefix,
  clock: systemClock,
  logger: createLogger('shim-cpu', 'error'),
  fingerprintSecret: 'shim-cpu-fingerprint-secret-0123456789',
  publicUrl: 'http://localhost:4000',
  ...SHIM_SETTINGS,
});
shim.start();
const handle = createShimHandler(shim);

/** A request as node:http hands it over, its body arriving in one chunk. */
function request(body: Buffer, headers: Record<string, string>): IncomingMessage {
  const req = new PassThrough() as unknown as IncomingMessage & PassThrough;
  Object.assign(req, { method: 'POST', url: '/quota/validate', headers });
  req.end(body);
  return req;
}
/** Collects what the handler answers; resolves when it ends. */
function response(): { res: ServerResponse; done: Promise<number> } {
  let finish!: (status: number) => void;
  const done = new Promise<number>((resolve) => (finish = resolve));
  let status = 0;
  const res = {
    headersSent: false,
    writeHead(code: number) {
      status = code;
      res.headersSent = true;
      return res;
    },
    setHeader() {},
    end() {
      finish(status);
    },
  };
  return { res: res as unknown as ServerResponse, done };
}

type Handler = (req: IncomingMessage, res: ServerResponse) => unknown;
const b1 = baselineB1().listeners('request')[0] as Handler;

async function run(name: string, body: unknown, handler: Handler = handle): Promise<void> {
  const raw = Buffer.from(JSON.stringify(body));
  const headers = { authorization: `Bearer ${solution.secret}`, 'content-type': 'application/json', 'content-length': String(raw.length), host: '127.0.0.1' };
  const one = async () => {
    const { res, done } = response();
    await handler(request(raw, headers), res);
    if ((await done) !== 200) throw new Error(`${name}: not a 200`);
  };
  const batch = async (n: number) => {
    for (let i = 0; i < n; i += CONCURRENCY) await Promise.all(Array.from({ length: CONCURRENCY }, one));
  };
  await batch(Math.min(5000, CALLS)); // warm-up: caches, leases, JIT
  let gcMs = 0;
  const gc = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) gcMs += entry.duration;
  });
  gc.observe({ entryTypes: ['gc'] });
  const heap = process.memoryUsage().heapUsed;
  const start = process.cpuUsage();
  const t0 = performance.now();
  await batch(CALLS);
  const cpu = process.cpuUsage(start);
  const wall = performance.now() - t0;
  await new Promise((resolve) => setImmediate(resolve));
  gc.disconnect();
  const per = (n: number) => (n / CALLS).toFixed(1).padStart(6);
  process.stdout.write(`${name.padEnd(8)} ${per(cpu.user + cpu.system)} µs CPU/call, ${per(gcMs * 1000)} µs of it GC pauses  (${per(wall * 1000)} µs wall; heap ${((process.memoryUsage().heapUsed - heap) / 1e6).toFixed(0)} MB)\n`);
}

if (process.env.SHIM_CPU_LISTEN) {
  // Serve the shim and B1 on fixed ports for outside tools (strace, perf, autocannon) until stopped.
  const { startShimServer } = await import('@marketplace/quotas');
  const port = Number(process.env.SHIM_CPU_LISTEN);
  await startShimServer(shim, { port, host: '127.0.0.1' });
  baselineB1().listen(port + 1, '127.0.0.1');
  process.stdout.write(`${JSON.stringify({ pid: process.pid, shim: port, b1: port + 1, secret: solution.secret, hot: hot.apiKey, denied: denied.apiKey })}\n`);
  await new Promise((resolve) => process.once('SIGTERM', resolve));
}
const only = process.env.BENCH_ONLY?.split(',');
const subjects: [string, unknown, Handler?][] = [
  ['B1', { apiKey: hot.apiKey }, b1],
  ['V-hot', { apiKey: hot.apiKey }],
  ['V-deny', { apiKey: denied.apiKey }],
  ['V-bad', { apiKey: generateApiKey().plaintext }],
  ['V-anon', { client: { ip: '198.51.100.23', userAgent: 'bench/1', acceptLanguage: 'en' } }],
];
for (const [name, body, handler] of subjects) if (!only || only.includes(name)) await run(name, body, handler);
await shim.stop();
await dynamo.stop();
process.exit(0);
