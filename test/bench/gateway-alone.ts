import { fork } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Session } from 'node:inspector/promises';
import { join, resolve } from 'node:path';
import { loadavg } from 'node:os';
import autocannon from 'autocannon';
import { ask } from './child-ipc.ts';

/**
 * The gateway alone, for profiling its own share of G-keys: each variant (a directory holding a copy of
 * gateway/src, or `proxy`: a bare node:http forwarder, the floor of any JavaScript hop) runs as a process of its own
 * over one stub subgraph process that answers `myKeys` with fixed bytes; autocannon drives the variants alternately
 * (order reversed every other round) and each variant's process reports its own CPU per request.
 *   node --import tsx test/bench/gateway-alone.ts gateway/src [<a copy of another commit's gateway/src> …] [proxy]
 * GA_ROUNDS (5), GA_SECONDS (4), GA_WARMUP (4 s per variant); GA_PROFILE=<dir> writes each variant's last round's
 * CPU profile.
 */
const role = process.env.GA_ROLE;
const MY_KEYS = 'query MyKeys { myKeys { id name prefix status createdAt } }';

if (role === 'stub') {
  const keys = Array.from({ length: 6 }, (_, i) => ({
    id: `key_01JABCDEFGHJKMNPQRSTVWXYZ${i}`,
    name: i ? 'Bench key' : 'Default key',
    prefix: `mk_live_ab${i}`,
    status: 'ACTIVE',
    createdAt: '2026-12-02T03:00:00.000Z',
  }));
  const body = JSON.stringify({ data: { myKeys: keys } });
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body) });
      res.end(body);
    });
  });
  server.listen(0, '127.0.0.1', () => process.send!({ type: 'ready', url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql` }));
  process.on('disconnect', () => process.exit(0));
} else if (role === 'gateway') {
  const src = process.env.GA_SRC!;
  const { startGateway } = src === 'proxy'
    ? { startGateway: startProxy }
    : ((await import(join(src, 'gateway-server.ts'))) as Pick<typeof import('@marketplace/gateway'), 'startGateway'>);
  const { readCommittedSupergraph } = await import('@marketplace/gateway');
  const { issueAccessToken, verifyAccessToken } = await import('@marketplace/identity/public');
  const { createLogger, systemClock } = await import('@marketplace/shared');
  const { privateKey, publicKey } = generateKeyPairSync('ed25519', {
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
    publicKeyEncoding: { type: 'spki', format: 'pem' },
  });
  const stub = process.env.GA_STUB!;
  const names = ['identity', 'catalog', 'keys', 'quotas', 'billing', 'analytics'];
  const gateway = await startGateway(
    {
      supergraphSdl: await readCommittedSupergraph(),
      subgraphUrls: Object.fromEntries(names.map((n) => [n, stub])),
      internalSecret: 'x'.repeat(43),
      fingerprintSecret: 'y'.repeat(43),
      verifyToken: (token) => verifyAccessToken(publicKey, token, systemClock.now()),
      sessionStatus: async () => ({ active: true, roles: ['customer'] }),
      trustProxyHops: 0,
      checkDatabase: async () => undefined,
      logger: createLogger('bench', 'silent'),
      clock: systemClock,
      production: true,
      introspection: false,
      explorer: false,
      maxBodyBytes: 1_000_000,
      maxDepth: 12,
      maxCost: 5000,
      publicConfig: { quotaUrl: 'http://127.0.0.1:1' },
    },
    { port: 0, host: '127.0.0.1' },
  );
  const { token } = await issueAccessToken(privateKey, { userId: 'usr_bench', roles: ['customer'], sessionId: 'ses_bench' }, systemClock.now());
  const profileDir = process.env.GA_PROFILE;
  const profiler = profileDir ? new Session() : undefined;
  profiler?.connect();
  let cpuAtReset = process.cpuUsage();
  process.on('message', async (message: { type: string; profile?: boolean }) => {
    if (message.type === 'reset') {
      if (profiler && message.profile) {
        await profiler.post('Profiler.enable');
        await profiler.post('Profiler.start');
      }
      cpuAtReset = process.cpuUsage();
      process.send!({ type: 'reset' });
    }
    if (message.type === 'stats') {
      const cpu = process.cpuUsage(cpuAtReset);
      if (profiler && message.profile) {
        const { profile } = await profiler.post('Profiler.stop');
        writeFileSync(join(profileDir!, `${process.env.GA_NAME}.cpuprofile`), JSON.stringify(profile));
      }
      process.send!({ type: 'stats', user: cpu.user, system: cpu.system });
    }
  });
  process.on('disconnect', () => process.exit(0));
  process.send!({ type: 'ready', url: `${gateway.url}/graphql`, token });
} else {
  main();
}

/** The floor: a bare node:http forwarder (keep-alive agent) that passes the body both ways untouched. */
async function startProxy(options: { subgraphUrls: Record<string, string> }, listen: { port: number; host: string }) {
  const { Agent, request } = await import('node:http');
  const agent = new Agent({ keepAlive: true, scheduling: 'lifo' });
  const target = new URL(options.subgraphUrls.keys!);
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      const out = request({ hostname: target.hostname, port: target.port, path: target.pathname, method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': body.length } }, (sub) => {
        const parts: Buffer[] = [];
        sub.on('data', (c: Buffer) => parts.push(c));
        sub.on('end', () => {
          const answer = Buffer.concat(parts);
          res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': answer.length });
          res.end(answer);
        });
      });
      out.end(body);
    });
  });
  await new Promise<void>((done) => server.listen(listen.port, listen.host, done));
  return { url: `http://${listen.host}:${(server.address() as AddressInfo).port}` };
}

async function main() {
  const dirs = process.argv.slice(2).map((d) => (d === 'proxy' ? d : resolve(d)));
  const seconds = Number(process.env.GA_SECONDS ?? 4);
  const rounds = Number(process.env.GA_ROUNDS ?? 5);
  const me = new URL(import.meta.url).pathname;
  const child = (env: Record<string, string>) => fork(me, [], { execArgv: ['--import', 'tsx'], env: { ...process.env, APOLLO_TELEMETRY_DISABLED: '1', ...env } });
  const stubProc = child({ GA_ROLE: 'stub' });
  const { url: stubUrl } = await ask<{ url: string }>(stubProc, 'ready');
  const variants: { name: string; proc: ReturnType<typeof fork>; url: string; token: string; cpu: number[]; sys: number[]; rps: number[] }[] = [];
  for (const [i, dir] of dirs.entries()) {
    const name = dir === 'proxy' ? `${i}-proxy` : `${i}-${dir.split('/').slice(-3, -1).join('-')}`;
    const proc = child({ GA_ROLE: 'gateway', GA_SRC: dir, GA_STUB: stubUrl, GA_NAME: name });
    const { url, token } = await ask<{ url: string; token: string }>(proc, 'ready');
    variants.push({ name, proc, url, token, cpu: [] as number[], sys: [] as number[], rps: [] as number[] });
  }
  const run = async (v: (typeof variants)[number], secs: number, record: boolean, profile: boolean) => {
    await ask(v.proc, 'reset', { profile });
    const r = await autocannon({
      url: v.url,
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${v.token}` },
      body: JSON.stringify({ query: MY_KEYS }),
      connections: 16,
      duration: secs,
    });
    const s = await ask<{ user: number; system: number }>(v.proc, 'stats', { profile });
    if (r.errors || r.non2xx) throw new Error(`${v.name}: ${r.errors} errors, ${r.non2xx} non-2xx`);
    if (record) {
      v.cpu.push((s.user + s.system) / r.requests.total);
      v.sys.push(s.system / r.requests.total);
      v.rps.push(r.requests.average);
    }
  };
  for (const v of variants) await run(v, Number(process.env.GA_WARMUP ?? 4), false, false);
  for (let round = 0; round < rounds; round++) {
    for (const v of round % 2 ? [...variants].reverse() : variants) await run(v, seconds, true, round === rounds - 1 && !!process.env.GA_PROFILE);
    process.stdout.write(`round ${round + 1}: ${variants.map((v) => `${v.name} ${v.cpu.at(-1)!.toFixed(0)} µs (sys ${v.sys.at(-1)!.toFixed(0)}), ${v.rps.at(-1)!.toFixed(0)} req/s`).join(' | ')}  load ${loadavg()[0]!.toFixed(1)}\n`);
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  for (const v of variants) process.stdout.write(`${v.name}: median ${median(v.cpu).toFixed(0)} µs CPU/request (sys ${median(v.sys).toFixed(0)}), ${median(v.rps).toFixed(0)} req/s\n`);
  for (const v of variants) v.proc.kill();
  stubProc.kill();
  process.exit(0);
}
