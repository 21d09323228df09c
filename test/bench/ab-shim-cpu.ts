/**
 * `AB_BASE=<dir> TSX_TSCONFIG_PATH=<dir>/tsconfig.ab.json node --import tsx test/bench/ab-shim-cpu.ts`: the quota shim of another commit (<dir>) against this one, with B1,
 * over the real readers and engine on DynamoDB Local, built side by side
 * in one process and measured in alternating rounds (median CPU per call of each), so a loaded machine weighs on
 * both alike. Lay out the other commit in <dir> inside this worktree (never committed): `git archive <commit> | tar
 * -x -C <dir>`; a `<dir>/node_modules` whose entries link to this worktree's, except `@marketplace`, copied so its
 * relative links point into <dir>; and a `<dir>/tsconfig.ab.json` that extends this tsconfig and includes both trees'
 * sources (tsx applies the decorator settings only to included files). The seeding platform runs this tree's shim,
 * whose functions then carry its calls' type feedback into the rounds (5–15 % slower than an identical copy here):
 * `AB_MINE=<dir2>`, a copy of this tree laid out like <dir>, takes this side from there instead.
 * `AB_SOCKET=<seconds>`: each side (and B1) listens on 127.0.0.1 instead, and each round drives it for that long with
 * autocannon in a child process (16 connections), so node:http's and the kernel's share per call (header checks, the
 * socket write) is counted too; it prints CPU per call and the rate, each side ÷ B1.
 */
import { execFile } from 'node:child_process';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { PassThrough } from 'node:stream';
import { promisify } from 'node:util';
import { generateApiKey } from '@marketplace/keys/public';
import { createDocumentClient, createLogger, startDynamoDbLocal, systemClock } from '@marketplace/shared';
import * as mine from '@marketplace/quotas';
import { baselineB1 } from './baselines.ts';
import { startTestPlatform } from '../support/platform.ts';
import { seedCustomer, seedSolution } from '../support/seed.ts';
import { BENCH_TIERS, SHIM_SETTINGS } from './bench-shim.ts';

const BASE = process.env.AB_BASE!;
const shimOf = async (dir: string) => ({ ...(await import(`${dir}/subgraphs/quotas/src/shim/shim-deps.ts`)), ...(await import(`${dir}/subgraphs/quotas/src/shim/shim-server.ts`)) }) as typeof mine;
const base = await shimOf(BASE);
const CALLS = Number(process.env.AB_CALLS ?? 4000);
const ROUNDS = Number(process.env.AB_ROUNDS ?? 15);
const CONCURRENCY = 16;
const dynamo = await startDynamoDbLocal({ inMemory: true });
const connection = { endpoint: dynamo.endpoint, region: 'us-east-1', timeouts: { requestTimeoutMs: 10_000 } };
const platform = await startTestPlatform({}, { connection });
const solution = await seedSolution(platform, { tiers: BENCH_TIERS });
const hot = await seedCustomer(platform, solution.solutionId);
await platform.graphql(`mutation($input: GrantTierInput!) { grantTier(input: $input) { tier } }`, { input: { userId: hot.userId, solutionId: solution.solutionId, tier: 'ENTERPRISE' } }, solution.adminToken);
const denied = await seedCustomer(platform, solution.solutionId);
for (let i = 0; i < 100; i++) await platform.validate(solution.secret, { apiKey: denied.apiKey });
const tablePrefix = platform.tablePrefix;
await platform.close();

function make(m: typeof mine) {
  const shim = m.createShimDeps({ db: createDocumentClient(connection), tablePrefix, clock: systemClock, logger: createLogger('ab', 'error'), fingerprintSecret: 'shim-cpu-fingerprint-secret-0123456789', publicUrl: 'http://localhost:4000', ...SHIM_SETTINGS });
  shim.start();
  return { shim, handle: m.createShimHandler(shim) };
}
const sides = { base: make(base), mine: make(process.env.AB_MINE ? await shimOf(process.env.AB_MINE) : mine) };
type Handler = (req: IncomingMessage, res: ServerResponse) => unknown;
const b1 = baselineB1().listeners('request')[0] as Handler;

function request(body: Buffer, headers: Record<string, string>): IncomingMessage {
  const req = new PassThrough() as unknown as IncomingMessage & PassThrough;
  Object.assign(req, { method: 'POST', url: '/quota/validate', headers });
  req.end(body);
  return req;
}
function response(): { res: ServerResponse; done: Promise<number> } {
  let finish!: (status: number) => void;
  const done = new Promise<number>((resolve) => (finish = resolve));
  let status = 0;
  const res = { headersSent: false, writeHead(code: number) { status = code; res.headersSent = true; return res; }, setHeader() {}, end() { finish(status); } };
  return { res: res as unknown as ServerResponse, done };
}
async function batch(handler: Handler, raw: Buffer, headers: Record<string, string>, n: number) {
  const one = async () => {
    const { res, done } = response();
    await handler(request(raw, headers), res);
    if ((await done) !== 200) throw new Error('not a 200');
  };
  for (let i = 0; i < n; i += CONCURRENCY) await Promise.all(Array.from({ length: CONCURRENCY }, one));
}
const subjects: [string, unknown][] = [
  ['V-hot', { apiKey: hot.apiKey }],
  ['V-deny', { apiKey: denied.apiKey }],
  ['V-bad', { apiKey: generateApiKey().plaintext }],
  ['V-anon', { client: { ip: '198.51.100.23', userAgent: 'bench/1', acceptLanguage: 'en' } }],
];
const SOCKET_SECONDS = Number(process.env.AB_SOCKET ?? 0);
const ports = new Map<Handler, number>();
async function portOf(handler: Handler): Promise<number> {
  let port = ports.get(handler);
  if (port === undefined) {
    const server = createServer(handler).listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    server.unref();
    port = (server.address() as AddressInfo).port;
    ports.set(handler, port);
  }
  return port;
}
/** Drives `handler` over a socket for `seconds` from another process: this process's CPU per call and the rate. */
async function drive(handler: Handler, raw: Buffer, headers: Record<string, string>, seconds: number): Promise<{ cpu: number; rps: number }> {
  const port = await portOf(handler);
  const args = ['-j', '-c', '16', '-d', String(seconds), '-m', 'POST', '-b', raw.toString(), '-H', `authorization=${headers.authorization}`, '-H', 'content-type=application/json', `http://127.0.0.1:${port}/quota/validate`];
  const start = process.cpuUsage();
  const { stdout } = await promisify(execFile)(new URL('../../node_modules/.bin/autocannon', import.meta.url).pathname, args);
  const used = process.cpuUsage(start);
  const result = JSON.parse(stdout) as { requests: { total: number; average: number }; non2xx: number; errors: number };
  if (result.non2xx + result.errors > 0) throw new Error('not a 200');
  return { cpu: (used.user + used.system) / result.requests.total, rps: result.requests.average };
}

const only = process.env.BENCH_ONLY?.split(',');
for (const [name, body] of subjects.filter(([n]) => !only || only.includes(n))) {
  const raw = Buffer.from(JSON.stringify(body));
  const headers = { authorization: `Bearer ${solution.secret}`, 'content-type': 'application/json', 'content-length': String(raw.length), host: '127.0.0.1' };
  const cpu = { base: [] as number[], mine: [] as number[], b1: [] as number[] };
  const rps = { base: [] as number[], mine: [] as number[], b1: [] as number[] };
  await batch(sides.base.handle as Handler, raw, headers, 3000);
  await batch(sides.mine.handle as Handler, raw, headers, 3000);
  for (let r = 0; r < ROUNDS; r++) {
    const order: ('mine' | 'base' | 'b1')[] = r % 2 ? ['mine', 'base', 'b1'] : ['base', 'mine', 'b1'];
    for (const side of order) {
      const handler = side === 'b1' ? b1 : (sides[side].handle as Handler);
      if (SOCKET_SECONDS > 0) {
        const run = await drive(handler, raw, headers, SOCKET_SECONDS);
        cpu[side].push(run.cpu);
        rps[side].push(run.rps);
        continue;
      }
      const start = process.cpuUsage();
      await batch(handler, raw, headers, CALLS);
      const used = process.cpuUsage(start);
      cpu[side].push((used.user + used.system) / CALLS);
    }
  }
  const med = (v: number[]) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)]!.toFixed(1);
  const ratio = cpu.base.map((b, i) => cpu.mine[i]! / b);
  process.stdout.write(`${name.padEnd(7)} base ${med(cpu.base)} µs, mine ${med(cpu.mine)} µs, B1 ${med(cpu.b1)} µs; mine/base per round median ${med(ratio.map((x) => x * 100))} %\n`);
  if (SOCKET_SECONDS > 0) {
    const ofB1 = (side: 'base' | 'mine') => med(rps[side].map((x, i) => (100 * x) / rps.b1[i]!));
    process.stdout.write(`${''.padEnd(7)} rate ÷ B1 per round median: base ${ofB1('base')} %, mine ${ofB1('mine')} % (B1 ${med(rps.b1)} req/s)\n`);
  }
}
await sides.base.shim.stop();
await sides.mine.shim.stop();
await dynamo.stop();
process.exit(0);
