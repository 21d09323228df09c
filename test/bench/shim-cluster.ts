import cluster from 'node:cluster';
import { createThreadedDocumentClient } from '@marketplace/shared';
import { startShimServer } from '@marketplace/quotas';
import { createBenchShim } from './bench-shim.ts';

/**
 * The bench's cluster section: the shim on SHIM_WORKERS processes sharing one port through node:cluster (the
 * primary hands connections out round-robin), each with its own caches and leases on the same DynamoDB Local,
 * as a production host would run it. The primary tells the parent the port, and the workers' CPU time over IPC.
 */
const WORKERS = Number(process.env.SHIM_WORKERS ?? 1);

if (cluster.isPrimary) {
  const workers = Array.from({ length: WORKERS }, () => cluster.fork());
  const ports = await Promise.all(workers.map((w) => new Promise<number>((resolve) => w.once('listening', (address) => resolve(address.port)))));
  /** Asks every worker for its CPU µs since start and sums them. */
  const cpu = () =>
    Promise.all(workers.map((w) => new Promise<number>((resolve) => {
      w.once('message', (m: { cpuMicros: number }) => resolve(m.cpuMicros));
      w.send({ type: 'cpu' });
    }))).then((all) => all.reduce((a, b) => a + b, 0));
  process.on('message', async (message: { type: string }) => {
    if (message.type === 'cpu') process.send!({ type: 'cpu', cpuMicros: await cpu() });
    if (message.type === 'stop') {
      for (const w of workers) w.kill('SIGTERM');
      await Promise.all(workers.map((w) => new Promise((r) => (w.isDead() ? r(null) : w.once('exit', r)))));
      process.exit(0);
    }
  });
  process.on('disconnect', () => {
    for (const w of workers) w.kill('SIGTERM');
    process.exit(0);
  });
  process.send!({ type: 'ready', port: ports[0]!, workers: WORKERS });
} else {
  const shim = createBenchShim(createThreadedDocumentClient({ endpoint: process.env.DYNAMODB_ENDPOINT!, region: 'us-east-1' }));
  shim.start();
  // Port 0 in every worker: the primary gives them all the same one.
  const server = await startShimServer(shim, { port: 0, host: '127.0.0.1' });
  process.on('message', (message: { type: string }) => {
    if (message.type === 'cpu') {
      const used = process.cpuUsage();
      process.send!({ cpuMicros: used.user + used.system });
    }
  });
  process.on('SIGTERM', async () => {
    await server.close();
    await shim.stop();
    process.exit(0);
  });
}
