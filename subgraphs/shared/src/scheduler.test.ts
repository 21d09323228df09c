import { Writable } from 'node:stream';
import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testConnection, testTablePrefix } from '../../../test/support/dynamo.ts';
import { ManualClock, MINUTE } from './clock.ts';
import { createDocumentClient } from './dynamo/client.ts';
import { ensureTable, tableName } from './dynamo/tables.ts';
import { createLogger } from './logger.ts';
import { createScheduler, type Scheduler, type ScheduledJob } from './scheduler.ts';

const table = tableName(testTablePrefix('sched'), 'jobs');
const admin = createDocumentClient(testConnection());
const quiet = createLogger('test', 'silent');
const clients: ReturnType<typeof createDocumentClient>[] = [];
const schedulers: Scheduler[] = [];

beforeAll(() => ensureTable(admin, table));
afterAll(async () => {
  await Promise.all(schedulers.map((s) => s.stop({ graceMs: 0 })));
  for (const client of clients) client.destroy();
});

let jobCount = 0;
/** Three schedulers, as in three processes: each with its own DynamoDB client, all on one table and one clock. */
function processes(clock: ManualClock, count = 3, options: { logger?: typeof quiet } = {}) {
  return Array.from({ length: count }, (_, i) => {
    const db = createDocumentClient(testConnection());
    clients.push(db);
    const scheduler = createScheduler({ db, table, clock, logger: options.logger ?? quiet, owner: `p${i}`, jitterMs: 0 });
    schedulers.push(scheduler);
    return { scheduler, db, owner: `p${i}` };
  });
}

const lease = async (job: string) =>
  (await admin.send(new GetCommand({ TableName: table, Key: { pk: `SCHEDULE#${job}`, sk: 'LEASE' }, ConsistentRead: true }))).Item;

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

const tick = (all: { scheduler: Scheduler }[]) => Promise.all(all.map((p) => Promise.all([p.scheduler.runDue(), p.scheduler.runDue()])));

describe('scheduled jobs across processes', () => {
  it('run exactly once per slot, whichever process gets there first', async () => {
    const clock = new ManualClock('2026-03-01T00:00:00Z');
    const name = `once-${++jobCount}`;
    const ran: { slot: number; by: string }[] = [];
    const all = processes(clock);
    for (const { scheduler, owner } of all) {
      scheduler.add({ name, intervalMs: MINUTE, run: async ({ slot }) => void ran.push({ slot, by: owner }) });
    }
    const first = Math.floor(clock.nowMs() / MINUTE);
    for (let i = 0; i < 8; i++) {
      await tick(all); // every process, twice, concurrently
      clock.advance(MINUTE / 2);
      await tick(all); // later in the same slot: nothing new
      clock.advance(MINUTE / 2);
    }
    expect(ran.map((r) => r.slot)).toEqual(Array.from({ length: 8 }, (_, i) => first + i));
    expect(await lease(name)).toMatchObject({ slot: first + 7, lastOutcome: 'ok' });
  });

  it('never overlap: a slot that begins during a long run runs once that run ends', async () => {
    const clock = new ManualClock('2026-03-01T00:00:00Z');
    const name = `long-${++jobCount}`;
    const all = processes(clock);
    let running = 0;
    let most = 0;
    const slots: number[] = [];
    const gates = new Map<number, ReturnType<typeof deferred>>();
    const job = (): ScheduledJob => ({
      name,
      intervalMs: MINUTE,
      leaseMs: 10 * MINUTE,
      run: async ({ slot }) => {
        running++;
        most = Math.max(most, running);
        slots.push(slot);
        const gate = deferred();
        gates.set(slot, gate);
        await gate.promise;
        running--;
      },
    });
    for (const { scheduler } of all) scheduler.add(job());
    const first = Math.floor(clock.nowMs() / MINUTE);
    const firstRun = all[0]!.scheduler.runDue();
    await expect.poll(() => slots).toEqual([first]);

    clock.advance(MINUTE); // the next slot begins while the first run goes on
    await Promise.all([all[1]!.scheduler.runDue(), all[2]!.scheduler.runDue()]);
    expect(slots).toEqual([first]);

    gates.get(first)!.resolve();
    await firstRun;
    const second = Promise.all(all.map((p) => p.scheduler.runDue()));
    await expect.poll(() => slots).toEqual([first, first + 1]);
    gates.get(first + 1)!.resolve();
    await second;
    expect(most).toBe(1);
  });

  it("run again once a crashed holder's lease expires", async () => {
    const clock = new ManualClock('2026-03-01T00:00:00Z');
    const name = `crash-${++jobCount}`;
    const [crashing, ...others] = processes(clock);
    const slots: { slot: number; by: string }[] = [];
    crashing!.scheduler.add({
      name,
      intervalMs: MINUTE,
      leaseMs: 3 * MINUTE,
      run: async ({ slot }) => {
        slots.push({ slot, by: 'crashing' });
        await new Promise(() => undefined); // never finishes: the process dies mid-run
      },
    });
    for (const { scheduler, owner } of others) {
      scheduler.add({ name, intervalMs: MINUTE, leaseMs: 3 * MINUTE, run: async ({ slot }) => void slots.push({ slot, by: owner }) });
    }
    const first = Math.floor(clock.nowMs() / MINUTE);
    void crashing!.scheduler.runDue();
    await expect.poll(() => slots.length).toBe(1);
    crashing!.db.destroy(); // the crash: no renewal, no release

    clock.advance(2 * MINUTE); // two slots on, the lease (3 min) still stands
    await tick(others);
    expect(slots).toEqual([{ slot: first, by: 'crashing' }]);

    clock.advance(MINUTE + 1); // expired: the current slot runs, once
    await tick(others);
    expect(slots.slice(1).map((s) => s.slot)).toEqual([first + 3]);
    expect(await lease(name)).toMatchObject({ slot: first + 3, lastOutcome: 'ok' });
  });

  it('log a failed run, record it, and run the next slot as usual', async () => {
    const clock = new ManualClock('2026-03-01T00:00:00Z');
    const name = `fail-${++jobCount}`;
    const lines: Record<string, unknown>[] = [];
    const logger = pino(
      { level: 'warn' },
      new Writable({ write: (chunk, _enc, done) => (lines.push(JSON.parse(String(chunk))), done()) }),
    );
    const [only] = processes(clock, 1, { logger });
    let calls = 0;
    only!.scheduler.add({
      name,
      intervalMs: MINUTE,
      run: async () => {
        if (++calls === 1) throw new Error('the payment provider said no');
      },
    });
    await only!.scheduler.runDue();
    expect(lines).toEqual([expect.objectContaining({ job: name, msg: expect.stringContaining('failed') })]);
    expect(await lease(name)).toMatchObject({ lastOutcome: 'failed', lastError: 'the payment provider said no' });
    await only!.scheduler.runDue(); // same slot: not retried
    expect(calls).toBe(1);
    clock.advance(MINUTE);
    await only!.scheduler.runDue();
    expect(calls).toBe(2);
    const after = await lease(name);
    expect(after).toMatchObject({ lastOutcome: 'ok' });
    expect(after).not.toHaveProperty('lastError');
  });

  it('stop gracefully: a run under way finishes and releases its lease; nothing is claimed after', async () => {
    const clock = new ManualClock('2026-03-01T00:00:00Z');
    const name = `stop-${++jobCount}`;
    const [one, two] = processes(clock, 2);
    const gate = deferred();
    let runs = 0;
    let aborted = false;
    one!.scheduler.add({
      name,
      intervalMs: MINUTE,
      leaseMs: 10 * MINUTE,
      run: async ({ signal }) => {
        runs++;
        signal.addEventListener('abort', () => (aborted = true));
        await gate.promise;
      },
    });
    two!.scheduler.add({ name, intervalMs: MINUTE, leaseMs: 10 * MINUTE, run: async () => void runs++ });
    void one!.scheduler.runDue();
    await expect.poll(() => runs).toBe(1);
    let stopped = false;
    const stopping = one!.scheduler.stop().then(() => (stopped = true));
    await new Promise((r) => setTimeout(r, 50));
    expect(stopped).toBe(false);
    gate.resolve();
    await stopping;
    expect(aborted).toBe(false);
    expect((await lease(name))!.expiresAt).toBeLessThanOrEqual(clock.nowMs()); // released, not left to expire

    clock.advance(MINUTE);
    await one!.scheduler.runDue();
    expect(runs).toBe(1);
    await two!.scheduler.runDue(); // the other process takes the next slot at once
    expect(runs).toBe(2);
  });

  it('abort a run whose lease was taken away, instead of overlapping the new holder', async () => {
    const clock = new ManualClock('2026-03-01T00:00:00Z');
    const name = `lost-${++jobCount}`;
    const db = createDocumentClient(testConnection());
    clients.push(db);
    const scheduler = createScheduler({ db, table, clock, logger: quiet, jitterMs: 0, heartbeatMs: 50 });
    schedulers.push(scheduler);
    let reason: unknown;
    scheduler.add({
      name,
      intervalMs: MINUTE,
      run: ({ signal }) => new Promise<void>((resolve) => signal.addEventListener('abort', () => ((reason = signal.reason), resolve()))),
    });
    const running = scheduler.runDue();
    await expect.poll(async () => (await lease(name))?.holder).toBeDefined();
    // Someone else holds it now (as after a pause longer than the lease).
    await admin.send(new PutCommand({ TableName: table, Item: { ...(await lease(name)), holder: 'another', slot: 1e12 } }));
    await running;
    expect(String(reason)).toMatch(/lease lost/);
  });

  it('wait a random part of the jitter into each slot before claiming', async () => {
    const clock = new ManualClock('2026-03-01T00:00:00Z');
    const db = createDocumentClient(testConnection());
    clients.push(db);
    const scheduler = createScheduler({ db, table, clock, logger: quiet, jitterMs: 10_000, random: () => 0.5 });
    schedulers.push(scheduler);
    let runs = 0;
    scheduler.add({ name: `jitter-${++jobCount}`, intervalMs: MINUTE, run: async () => void runs++ });
    await scheduler.runDue();
    expect(runs).toBe(0);
    clock.advance(4_999);
    await scheduler.runDue();
    expect(runs).toBe(0);
    clock.advance(1);
    await scheduler.runDue();
    expect(runs).toBe(1);
  });

  it('tick on their own once started, on the real clock', { timeout: 20_000 }, async () => {
    const name = `ticking-${++jobCount}`;
    const slots: number[] = [];
    const started = Array.from({ length: 3 }, () => {
      const db = createDocumentClient(testConnection());
      clients.push(db);
      const scheduler = createScheduler({ db, table, clock: { now: () => new Date() }, logger: quiet, tickMs: 25, jitterMs: 20 });
      schedulers.push(scheduler);
      scheduler.add({ name, intervalMs: 300, run: async ({ slot }) => void slots.push(slot) });
      scheduler.start();
      return scheduler;
    });
    await expect.poll(() => new Set(slots).size, { timeout: 15_000 }).toBeGreaterThanOrEqual(3);
    await Promise.all(started.map((s) => s.stop()));
    expect(slots).toEqual([...new Set(slots)].sort((a, b) => a - b)); // each slot once, in order
  });

  it('refuses a second job of the same name and a zero interval', () => {
    const scheduler = createScheduler({ db: admin, table, clock: new ManualClock(), logger: quiet });
    scheduler.add({ name: 'a', intervalMs: MINUTE, run: async () => undefined });
    expect(() => scheduler.add({ name: 'a', intervalMs: MINUTE, run: async () => undefined })).toThrow(/already added/);
    expect(() => scheduler.add({ name: 'b', intervalMs: 0, run: async () => undefined })).toThrow(/at least 1/);
  });
});
