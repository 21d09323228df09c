import { createServer } from 'node:http';
import { fork } from 'node:child_process';
import { createLogger } from '@marketplace/shared';
import { createShimHandler } from '@marketplace/quotas/shim/shim-server';
import { baselineB1 } from './baselines.ts';

if (process.argv[2] === 'client') {
  const { default: autocannon } = await import('autocannon');
  process.on('message', async ({ url, headers, body }: any) => {
    const r = await autocannon({ url, method: 'POST', headers, body, connections: 16, duration: 3 });
    process.send!({ rps: r.requests.average });
  });
} else {
  const verdict: any = { allowed: true, code: 'VALID', tier: 'enterprise', limit: 1e9, used: 5, remaining: 1e9 - 5, resetAt: '2026-12-01T00:00:00.000Z', features: {}, subject: { type: 'key', keyId: 'key_1', userId: 'usr_1' }, policy: { windowSeconds: 2592000, ratePerSecond: null, secondsToReset: 1000 } };
  const variants: Record<string, any> = {
    full: createShimHandler({ service: { decide: async () => verdict } as any, solutions: { solutionBySecretHash: async () => ({ solutionId: 'sol_1', secretId: 'sec_1' }) } as any, logger: createLogger('x', 'silent'), checkHealth: async () => {} }),
  };
  const ports: Record<string, number> = {};
  for (const [name, handler] of Object.entries(variants)) {
    const s = createServer(handler);
    await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
    ports[name] = (s.address() as any).port;
  }
  const b1 = baselineB1();
  await new Promise<void>((r) => b1.listen(0, '127.0.0.1', r));
  ports.b1 = (b1.address() as any).port;
  const client = fork(new URL(import.meta.url).pathname, ['client'], { execArgv: ['--import', 'tsx'] });
  const run = (url: string) => new Promise<number>((resolve) => { client.once('message', (m: any) => resolve(m.rps)); client.send({ url, headers: { 'content-type': 'application/json', authorization: 'Bearer mps_x' }, body: '{"apiKey":"mk_live_x"}' }); });
  for (const name of ['b1', 'full', 'b1', 'full']) {
    const cpu0 = process.cpuUsage();
    const rps = await run(`http://127.0.0.1:${ports[name]}/quota/validate`);
    const cpu = process.cpuUsage(cpu0);
    console.log(name, rps.toFixed(0), ((cpu.user + cpu.system) / (rps * 3)).toFixed(1), 'µs/req');
  }
  client.kill();
  process.exit(0);
}
