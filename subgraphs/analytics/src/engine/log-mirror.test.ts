import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLogger, ManualClock } from '@marketplace/shared';
import { afterAll, describe, expect, it } from 'vitest';
import type { EventInput } from '../public/events.ts';
import { createEventWriter } from '../public/event-writer.ts';
import { type AnalyticsLog, openAnalyticsLog } from '../services/analytics-log.ts';
import { isLogKey, LogMirror, type LogObject, type LogObjectStore, mirroredEngine } from './log-mirror.ts';

// The log as the deployed analytics function reads it: objects in a bucket (here a map standing in for S3, with the
// same keys), mirrored into the function's directory and queried by the same DuckDB engine as local files.
const logger = createLogger('test', 'silent');
const clock = new ManualClock('2026-04-01T12:00:00Z');
const dirs: string[] = [];
const logs: AnalyticsLog[] = [];
afterAll(async () => {
  for (const log of logs) await log.close();
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});
const tempDir = async () => {
  const dir = await mkdtemp(join(tmpdir(), 'log-mirror-'));
  dirs.push(dir);
  return dir;
};

/** A bucket in memory: what S3 answers, plus a switch to make it unreachable. */
class MemoryStore implements LogObjectStore {
  readonly objects = new Map<string, { body: Uint8Array; modified: Date }>();
  down = false;
  gets = 0;
  private check() {
    if (this.down) throw new Error('connect ETIMEDOUT s3.ap-south-1.amazonaws.com');
  }
  async list(prefix: string): Promise<LogObject[]> {
    this.check();
    return [...this.objects].filter(([key]) => key.startsWith(prefix)).map(([key, o]) => ({ key, size: o.body.length, modified: o.modified }));
  }
  async get(key: string) {
    this.check();
    this.gets++;
    return this.objects.get(key)!.body;
  }
  async put(key: string, body: Uint8Array) {
    this.check();
    this.objects.set(key, { body, modified: clock.now() });
  }
  async delete(keys: readonly string[]) {
    this.check();
    for (const key of keys) this.objects.delete(key);
  }
}

const payment = (id: string, day = '2026-03-01'): EventInput => ({
  type: 'payment.captured', time: new Date(`${day}T10:00:00Z`), solutionId: 'sol_1', partnerId: 'usr_p', userId: 'usr_c', amountPaise: 100, dedupeKey: id,
});

/** A producer on AWS: its event writer PUTs each batch into the bucket (ANALYTICS_BUCKET) instead of DATA_DIR. */
async function produce(store: MemoryStore, events: EventInput[]) {
  const writer = createEventWriter({ dataDir: '/nonexistent', writer: 'billing', pseudonymKey: 'k'.repeat(32), clock, logger, store });
  await writer.append(events);
}

async function analyticsFunction(store: MemoryStore, syncMs = 10_000) {
  const log = await openAnalyticsLog({ dataDir: await tempDir(), clock, logger, graceMs: 0, memoryLimit: '256MB' });
  logs.push(log);
  const mirror = new LogMirror(store, log.root, { clock, logger, syncMs });
  const engine = mirroredEngine(log.engine, mirror, logger, () => log.compactor.changed());
  const totals = async () => {
    await engine.refresh();
    const { rows } = await engine.query('SELECT count(*) AS n, coalesce(sum(amount_paise), 0) AS paise FROM events');
    return [rows[0]!.n, rows[0]!.paise];
  };
  return { log, mirror, engine, totals };
}

describe('the log mirrored from its bucket', () => {
  it('accepts only keys of the layout', () => {
    expect(isLogKey('raw/date=2026-03-01/billing-abc-1-0.ndjson')).toBe(true);
    expect(isLogKey('events/date=2026-03-01/part-000002.parquet')).toBe(true);
    expect(isLogKey('rollups/calls_daily/date=2026-03-01/part-000002.parquet')).toBe(true);
    expect(isLogKey('rollups/summary/000003-activity.parquet')).toBe(true);
    for (const bad of ['raw/date=2026-03-01/../../etc.ndjson', 'documents/invoices/x.pdf', 'events/date=2026-03-01/part-1.ndjson', 'raw/2026-03-01/x.ndjson', 'athena-results/q.csv', 'raw/date=2026-03-01/a/b.ndjson', 'rollups/secret/date=2026-03-01/part-000001.parquet', 'rollups/summary/x.csv']) {
      expect(isLogKey(bad), bad).toBe(false);
    }
  });

  it('answers queries over the batches producers put in the bucket, seeing new ones once the copy is older than the sync interval', async () => {
    const store = new MemoryStore();
    await produce(store, [payment('pay_1'), payment('pay_2')]);
    store.objects.set('documents/invoices/MP-1.pdf', { body: new Uint8Array([1]), modified: clock.now() });
    const fn = await analyticsFunction(store);
    expect(await fn.totals()).toEqual([2, 200]);
    await produce(store, [payment('pay_3', '2026-03-02')]);
    // Within the interval the copy is not listed again.
    clock.advance(5_000);
    expect(await fn.totals()).toEqual([2, 200]);
    clock.advance(5_000);
    expect(await fn.totals()).toEqual([3, 300]);
    // Nothing but the log's objects was fetched, and each once.
    expect(store.gets).toBe(2);
    expect((await readdir(fn.log.root, { recursive: true })).some((f) => String(f).includes('documents'))).toBe(false);
  });

  it('compacts from a schedule: the Parquet goes to the bucket, the raw batches it replaced leave it, and another copy counts every event once', async () => {
    const store = new MemoryStore();
    await produce(store, [payment('pay_1'), payment('pay_2')]);
    await produce(store, [payment('pay_2'), payment('pay_3')]); // a retried append: pay_2 again
    // A rollup of an earlier layout, which nothing reads any more: never copied, deleted by the compaction job.
    const obsolete = 'rollups/solution_daily/date=2026-03-01/part-000001.parquet';
    store.objects.set(obsolete, { body: new Uint8Array([1, 2, 3]), modified: clock.now() });
    const reader = await analyticsFunction(store, 0);
    expect(await reader.totals()).toEqual([3, 300]);

    // The compaction job (analytics' jobsHandler): pull, compact, push.
    const job = await analyticsFunction(store, 0);
    await job.mirror.pull();
    await job.log.compactor.run();
    const pushed = await job.mirror.push();
    const keys = [...store.objects.keys()];
    // The day's Parquet and the rollups made with it (the day's and the log's summary) replace the two raw batches.
    expect(pushed).toEqual({ uploaded: keys.length, deleted: 3 });
    expect(store.objects.has(obsolete)).toBe(false);
    expect(keys.filter((key) => !key.startsWith('rollups/'))).toEqual([expect.stringMatching(/^events\/date=2026-03-01\/part-\d+\.parquet$/)]);
    expect(keys).toContainEqual(expect.stringMatching(/^rollups\/summary\/\d+-activity\.parquet$/));
    expect(keys).toContainEqual(expect.stringMatching(/^rollups\/calls_daily\/date=2026-03-01\/part-\d+\.parquet$/));

    // The reader's next refresh drops the raw copies and reads the Parquet: the same totals.
    expect(await reader.totals()).toEqual([3, 300]);
    const copied = (await readdir(reader.log.root, { recursive: true })).map(String);
    expect(copied).toContainEqual(expect.stringMatching(/^rollups\/summary\/\d+-activity\.parquet$/));
    expect(copied.filter((f) => /\.(ndjson|parquet)$/.test(f) && !f.startsWith('rollups/'))).toEqual([
      expect.stringMatching(/^events\/date=2026-03-01\/part-\d+\.parquet$/),
    ]);
    // A batch put while the job ran is not touched by its push, and is read beside the Parquet.
    await job.mirror.pull();
    await produce(store, [payment('pay_4')]);
    await job.mirror.push();
    expect(await reader.totals()).toEqual([4, 400]);
  });

  it('a PUT that fails rejects the append (the outbox keeps it) and keeps a buffered batch for the next flush, under a key of the layout', async () => {
    const store = new MemoryStore();
    const writer = createEventWriter({ dataDir: '/nonexistent', writer: 'quota-shim', pseudonymKey: 'k'.repeat(32), clock, logger, store });
    store.down = true;
    await expect(writer.append([payment('pay_1')])).rejects.toThrow(/not written/);
    writer.enqueue([payment('pay_1')]);
    await writer.flush();
    expect(store.objects.size).toBe(0);
    store.down = false;
    writer.enqueue([payment('pay_2')]);
    await writer.close();
    expect([...store.objects.keys()].every(isLogKey)).toBe(true);
    expect([...store.objects.keys()]).toEqual([expect.stringMatching(/^raw\/date=2026-03-01\/quota-shim-[^/]+\.ndjson$/)]);
    const fn = await analyticsFunction(store, 0);
    expect(await fn.totals()).toEqual([2, 200]);
  });

  it('answers from the copy when the bucket cannot be reached', async () => {
    const store = new MemoryStore();
    await produce(store, [payment('pay_1')]);
    const fn = await analyticsFunction(store, 0);
    expect(await fn.totals()).toEqual([1, 100]);
    store.down = true;
    expect(await fn.totals()).toEqual([1, 100]);
    await expect(fn.mirror.pull()).rejects.toThrow('ETIMEDOUT');
  });
});
