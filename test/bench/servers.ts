import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay, PerformanceObserver } from 'node:perf_hooks';
import { createEventWriter } from '@marketplace/analytics/public';
import { createDocumentClient, createLogger, createThreadedDocumentClient, systemClock, tableName } from '@marketplace/shared';
import { startShimServer } from '@marketplace/quotas';
import { createBenchShim } from './bench-shim.ts';
import { baselineB1, baselineB2 } from './baselines.ts';

/**
 * The bench's server process: B1, B2 and the real shim side by side, on the same DynamoDB Local, so the
 * load generator (the parent) has a core of its own. Store calls are counted by SDK middleware; the parent
 * asks for the counts over IPC.
 */
const READS = /^(Get|BatchGet|Query|Scan)/;
const WRITES = /^(Put|Update|Delete|TransactWrite|BatchWrite)/;
const counts = { reads: 0, writes: 0, counterWrites: 0, rollupWrites: 0, allowed: 0, denied: 0, waited: 0 };
let cpuAtReset = process.cpuUsage();
// What held the answering loop since the last reset: garbage collections (count, total and longest pause, in ms) and
// the loop's delay as the runtime's own monitor saw it, for the p99 pair's account of the tail.
const gc = { count: 0, totalMs: 0, maxMs: 0 };
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    gc.count++;
    gc.totalMs += entry.duration;
    gc.maxMs = Math.max(gc.maxMs, entry.duration);
  }
}).observe({ entryTypes: ['gc'] });
const loopDelay = monitorEventLoopDelay({ resolution: 1 });
loopDelay.enable();

// The shim's store client as main.ts builds it (its calls on a thread of their own); B2 keeps a plain one, as a
// bare server would.
const db = createThreadedDocumentClient({ endpoint: process.env.DYNAMODB_ENDPOINT!, region: 'us-east-1' });
const plainDb = createDocumentClient({ endpoint: process.env.DYNAMODB_ENDPOINT!, region: 'us-east-1' });
const send = db.send.bind(db);
db.send = ((command: { constructor: { name: string }; input: unknown }) => {
  const name = command.constructor.name;
  if (READS.test(name)) counts.reads++;
  else if (WRITES.test(name)) {
    counts.writes++;
    // Quota counters are the per-call writes; usage rollups leave the hot path in batches; the rest is
    // last-used bookkeeping (at most once a minute per key and per secret).
    const pk = (command.input as { Key?: { pk?: unknown } }).Key?.pk;
    if (typeof pk === 'string' && pk.startsWith('COUNTER#')) counts.counterWrites++;
    if (typeof pk === 'string' && pk.startsWith('USAGE#')) counts.rollupWrites++;
  }
  return send(command as Parameters<typeof send>[0]);
}) as typeof db.send;

const prefix = process.env.TABLE_PREFIX!;
// The shim as main.ts builds it with ANALYTICS_EVENTS=off …
const shim = createBenchShim(db);
// … and with the analytics event log on (calls per minute appended as NDJSON under a temporary DATA_DIR): the
// V-hot-log pair measures what the log costs the shim.
const logDir = mkdtempSync(join(tmpdir(), 'bench-shim-log-'));
const shimLog = createBenchShim(
  db,
  createEventWriter({ dataDir: logDir, writer: 'quota-shim', pseudonymKey: process.env.FINGERPRINT_SECRET!, clock: systemClock, logger: createLogger('bench-log', 'error') }),
);
for (const { service } of [shim, shimLog]) {
  const decide = service.decide.bind(service);
  const count = <V extends { allowed: boolean }>(verdict: V): V => {
    if (verdict.allowed) counts.allowed++;
    else counts.denied++;
    return verdict;
  };
  // Counting must not change the shim's shape: a verdict decided from memory stays synchronous.
  service.decide = (...args) => {
    const verdict = decide(...args);
    if (!(verdict instanceof Promise)) return count(verdict);
    // A verdict that waited for something (the store, a read shared with other calls): the p99 pair's account.
    counts.waited++;
    return verdict.then(count);
  };
}
shim.start();
const shimServer = await startShimServer(shim, { port: 0, host: '127.0.0.1' });
shimLog.start();
const shimLogServer = await startShimServer(shimLog, { port: 0, host: '127.0.0.1' });

const listen = (server: Server) =>
  new Promise<number>((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)));
const b1 = await listen(baselineB1());
const b2 = await listen(baselineB2(plainDb, tableName(prefix, 'quotas')));

process.on('message', async (message: { type: string }) => {
  if (message.type === 'stats') {
    const cpu = process.cpuUsage(cpuAtReset);
    const loop = { p99Ms: loopDelay.percentile(99) / 1e6, maxMs: loopDelay.max / 1e6 };
    process.send!({ type: 'stats', counts: { ...counts, cpuMicros: cpu.user + cpu.system, gc: { ...gc }, loop } });
  }
  if (message.type === 'reset') {
    cpuAtReset = process.cpuUsage();
    Object.assign(gc, { count: 0, totalMs: 0, maxMs: 0 });
    loopDelay.reset();
    Object.assign(counts, { reads: 0, writes: 0, counterWrites: 0, rollupWrites: 0, allowed: 0, denied: 0, waited: 0 });
    process.send!({ type: 'reset' });
  }
  if (message.type === 'stop') {
    await shimServer.close();
    await shim.stop();
    await shimLogServer.close();
    await shimLog.stop();
    rmSync(logDir, { recursive: true, force: true });
    process.exit(0);
  }
});
process.on('disconnect', () => process.exit(0));
process.send!({ type: 'ready', ports: { b1, b2, shim: shimServer.port, shimLog: shimLogServer.port } });
