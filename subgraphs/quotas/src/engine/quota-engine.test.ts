import { beforeAll, describe, expect, it, vi } from 'vitest';
import { DAY, ensureTable, ManualClock, tableName } from '@marketplace/shared';
import { testDb, testTablePrefix } from '../../../../test/support/dynamo.ts';
import { type CounterKey, CounterStore } from './counter-store.ts';
import { type QuotaDecision, QuotaEngine, type QuotaRequest } from './quota-engine.ts';
import { RateLimiter } from './rate-limiter.ts';

const db = testDb();
const table = tableName(testTablePrefix('quota'), 'quotas');
let writes = 0;
/** Writes that only record units already reserved (the leased path's records). */
let commitWrites = 0;
db.middlewareStack.add(
  (next, context) => async (args) => {
    if (/Update|Put/.test(context.commandName ?? '')) writes++;
    if (String((args.input as { UpdateExpression?: string }).UpdateExpression).startsWith('ADD used')) commitWrites++;
    return next(args);
  },
  { step: 'initialize', name: 'countWrites' },
);
const store = new CounterStore(db, table);
beforeAll(() => ensureTable(db, table));

let n = 0;
function request(limit: number, overrides: Partial<QuotaRequest> = {}): QuotaRequest {
  return {
    counter: { pk: `COUNTER#sol_test#subject${++n}`, sk: 'registered#TRIAL' },
    units: 1,
    limit,
    hard: true,
    windowEndIfNew: new Date(Date.now() + 30 * DAY),
    ...overrides,
  };
}

/** Three engines are three processes: each has its own memory, all share the table. */
function processes(clock: ManualClock, count = 3, recordMs?: number) {
  return Array.from({ length: count }, () => new QuotaEngine(store, { clock, recordMs }));
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function storeUsed(req: QuotaRequest) {
  return (await store.read(req.counter))?.used ?? 0;
}

async function storeClaimed(req: QuotaRequest) {
  return (await store.read(req.counter))?.claimed ?? 0;
}

/** `workers` callers, each making its calls one after another (as keep-alive connections do). */
async function callers(workers: number, perWorker: number, call: () => Promise<QuotaDecision>) {
  const results: QuotaDecision[] = [];
  await Promise.all(
    Array.from({ length: workers }, async () => {
      for (let i = 0; i < perWorker; i++) results.push(await call());
    }),
  );
  return results;
}

/** The `used` each admitted call was told, in order: its own place in the counter. */
const placesOf = (results: QuotaDecision[]) => results.filter((r) => r.allowed).map((r) => r.used).sort((a, b) => a - b);
const oneTo = (count: number) => Array.from({ length: count }, (_, i) => i + 1);

describe.each([10, 100])('a hard limit of %i on the exact path', (limit) => {
  it('admits exactly the limit out of 200 concurrent calls over three processes', async () => {
    const clock = new ManualClock(new Date());
    const engines = processes(clock);
    const req = request(limit);
    const results = await Promise.all(Array.from({ length: 200 }, (_, i) => engines[i % 3]!.consume(req)));
    expect(results.filter((r) => r.allowed)).toHaveLength(limit);
    expect(await storeUsed(req)).toBe(limit);
    const usedSeen = results.filter((r) => r.allowed).map((r) => r.used).sort((a, b) => a - b);
    expect(usedSeen).toEqual(Array.from({ length: limit }, (_, i) => i + 1));
    for (const r of results) expect(r.used).toBeLessThanOrEqual(limit);
  });
});

describe('denied calls', () => {
  it('consume nothing, and a remembered denial costs no write', async () => {
    const clock = new ManualClock(new Date());
    const [engine] = processes(clock, 1);
    const req = request(5);
    for (let i = 0; i < 5; i++) expect((await engine!.consume(req)).allowed).toBe(true);
    expect(await engine!.consume(req)).toMatchObject({ allowed: false, reason: 'exhausted', used: 5 });
    const before = writes;
    const denied = await Promise.all(Array.from({ length: 50 }, () => engine!.consume(req)));
    expect(denied.every((d) => !d.allowed && d.reason === 'exhausted')).toBe(true);
    expect(writes - before).toBe(0);
    expect(await storeUsed(req)).toBe(5);
  });

  it('of a cost larger than the whole limit report the usage as it stands', async () => {
    const clock = new ManualClock(new Date());
    const [engine] = processes(clock, 1);
    const req = request(10);
    expect((await engine!.consume({ ...req, units: 9 })).allowed).toBe(true);
    const refused = await engine!.consume({ ...req, units: 1000 });
    expect(refused).toMatchObject({ allowed: false, reason: 'exhausted', used: 9 });
    expect(refused).toEqual(await engine!.peek({ ...req, units: 1000 }));
    expect(await engine!.consume({ ...req, units: 1 })).toMatchObject({ allowed: true, used: 10 });
    // On a counter not started yet, nothing is created.
    const fresh = request(10);
    expect(await engine!.consume({ ...fresh, units: 11 })).toMatchObject({ allowed: false, reason: 'exhausted', used: 0 });
    expect(await store.read(fresh.counter)).toBeNull();
  });

  it('refuse a cost larger than what is left, but admit a smaller one', async () => {
    const clock = new ManualClock(new Date());
    const [engine] = processes(clock, 1);
    const req = request(10);
    expect((await engine!.consume({ ...req, units: 8 })).allowed).toBe(true);
    expect(await engine!.consume({ ...req, units: 3 })).toMatchObject({ allowed: false, reason: 'exhausted', used: 8 });
    expect(await engine!.consume({ ...req, units: 2 })).toMatchObject({ allowed: true, used: 10 });
    expect(await storeUsed(req)).toBe(10);
  });
});

describe('trial windows', () => {
  it('end at the first call plus the trial length, by the clock, and stay ended', async () => {
    const clock = new ManualClock('2026-01-01T00:00:00Z');
    const [engine] = processes(clock, 1);
    const req = request(10, { windowEndIfNew: new Date('2026-01-16T00:00:00Z') });
    expect(await engine!.consume(req)).toMatchObject({ allowed: true, used: 1 });
    clock.set('2026-01-15T23:59:59Z');
    // A later call must not move the end that the first call fixed.
    expect(await engine!.consume({ ...req, windowEndIfNew: new Date('2026-01-30T23:59:59Z') })).toMatchObject({
      allowed: true,
      windowEnd: new Date('2026-01-16T00:00:00Z'),
    });
    clock.set('2026-01-16T00:00:00Z');
    expect(await engine!.consume(req)).toMatchObject({ allowed: false, reason: 'expired', used: 2 });
    expect(await processes(clock, 1)[0]!.consume(req)).toMatchObject({ allowed: false, reason: 'expired' });
    expect(await storeUsed(req)).toBe(2);
  });
});

describe('the leased path (large limits)', () => {
  it('never admits past the limit across three processes, and gives back what it did not use', async () => {
    const clock = new ManualClock(new Date());
    const engines = processes(clock);
    const req = request(1000);
    const results = await Promise.all(Array.from({ length: 1500 }, (_, i) => engines[i % 3]!.consume(req)));
    const allowed = results.filter((r) => r.allowed).length;
    expect(allowed).toBeLessThanOrEqual(1000);
    expect(allowed).toBeGreaterThanOrEqual(990);
    for (const e of engines) await e.close();
    expect(await storeUsed(req)).toBe(allowed);
    for (const r of results) expect(r.used).toBeLessThanOrEqual(1000);
    expect(await storeClaimed(req)).toBe(allowed);
    // With the reservations back, the rest can be had to the last unit.
    const more = await Promise.all(Array.from({ length: 50 }, (_, i) => engines[i % 3]!.consume(req)));
    expect(allowed + more.filter((r) => r.allowed).length).toBe(1000);
  });

  it('decides from memory, and records the admitted calls in `used` with a few coalesced writes', async () => {
    const clock = new ManualClock(new Date());
    const [engine] = processes(clock, 1);
    const req = request(1_000_000);
    const before = writes;
    const results = await callers(16, 125, () => engine!.consume(req));
    expect(results.every((r) => r.allowed)).toBe(true);
    // One process alone on a counter knows it exactly: each call is told its own place.
    expect(placesOf(results)).toEqual(oneTo(2000));
    await engine!.recordAll();
    expect(await storeUsed(req)).toBe(2000);
    // Reservations plus one record per counter per `recordMs`: far under one write per 100 calls.
    expect(writes - before).toBeLessThanOrEqual(20);
  });

  it('has every admitted call in `claimed` at once and in `used` within `recordMs`, with no shutdown to flush it', async () => {
    const clock = new ManualClock(new Date());
    const engines = processes(clock, 3, 50);
    const req = request(100_000);
    const results = await Promise.all(Array.from({ length: 300 }, (_, i) => engines[i % 3]!.consume({ ...req, units: 1 + (i % 3) })));
    const units = results.reduce((sum, r, i) => sum + (r.allowed ? 1 + (i % 3) : 0), 0);
    expect(units).toBe(600);
    const held = () => engines.reduce((sum, e) => sum + e.reservedUnits(), 0);
    expect(await storeClaimed(req)).toBe(600 + held());
    // `used` trails by at most a record interval (a record may be in flight now, so no lower bound at this moment).
    expect(await storeUsed(req)).toBeLessThanOrEqual(600);
    // None of the engines is closed: their timers alone bring `used` to every admitted unit (a busy machine may
    // need more than a few intervals).
    await expect.poll(() => storeUsed(req), { timeout: 5_000, interval: 50 }).toBe(600);
    expect(await storeClaimed(req)).toBe(600 + held());
  });

  it('keeps units whose record failed, and writes them with the next record', async () => {
    const clock = new ManualClock(new Date());
    let failNext = true;
    const flaky = new (class extends CounterStore {
      override commit(key: CounterKey, units: number) {
        if (!failNext) return super.commit(key, units);
        failNext = false;
        return Promise.reject(new Error('store unreachable'));
      }
    })(db, table);
    const engine = new QuotaEngine(flaky, { clock, recordMs: 20 });
    const req = request(100_000);
    expect(await engine.consume(req)).toMatchObject({ allowed: true, used: 1 });
    expect(await engine.consume(req)).toMatchObject({ allowed: true, used: 2 });
    await sleep(30);
    expect(failNext).toBe(false);
    await sleep(60);
    expect(await storeUsed(req)).toBe(2);
    expect(engine.unrecordedUnits()).toBe(0);
  });

  it('starts the records of several counters one per turn of the event loop (requests run between them)', async () => {
    const clock = new ManualClock(new Date());
    const order: string[] = [];
    const spaced = new (class extends CounterStore {
      override commit(key: CounterKey, units: number) {
        order.push('record');
        // Marks the turn after this record's start: another record in the same turn would come before it.
        setImmediate(() => order.push('turn'));
        return super.commit(key, units);
      }
    })(db, table);
    const engine = new QuotaEngine(spaced, { clock, recordMs: 300 });
    const counters = [request(100_000), request(100_000), request(100_000)];
    // Three counters with units to record when the record timer fires (their blocks are reserved at once).
    await Promise.all(counters.map((req) => engine.consume(req)));
    for (const req of counters) expect(engine.consumeNow(req)).toMatchObject({ allowed: true, used: 2 });
    await expect.poll(() => order.filter((o) => o === 'record').length, { timeout: 5_000, interval: 10 }).toBe(3);
    expect(order.slice(0, 5)).toEqual(['record', 'turn', 'record', 'turn', 'record']);
    await expect.poll(() => Promise.all(counters.map(storeUsed)), { timeout: 5_000, interval: 20 }).toEqual([2, 2, 2]);
  });

  it('records pending units in the write that returns a block', async () => {
    const clock = new ManualClock(new Date());
    const engine = new QuotaEngine(store, { clock, recordMs: 3_600_000 });
    const req = request(100_000);
    await engine.consume(req);
    await engine.consume(req);
    const before = commitWrites;
    await engine.close();
    expect(commitWrites).toBe(before);
    expect(await store.read(req.counter)).toMatchObject({ used: 2, claimed: 2 });
  });

  it('returns idle reservations after the idle time', async () => {
    const clock = new ManualClock(new Date());
    const [engine] = processes(clock, 1);
    const req = request(100_000);
    await engine!.consume(req);
    expect(engine!.reservedUnits()).toBeGreaterThan(0);
    clock.advance(1999);
    await engine!.returnIdle();
    expect(engine!.reservedUnits()).toBeGreaterThan(0);
    clock.advance(1);
    await engine!.returnIdle();
    expect(engine!.reservedUnits()).toBe(0);
    expect(await storeUsed(req)).toBe(1);
    expect(await storeClaimed(req)).toBe(1);
  });

  it('a process that dies holding reservations causes under-admission only, and loses its unrecorded units from `used` only', async () => {
    const clock = new ManualClock(new Date());
    // `doomed` never records (it dies before its first `recordMs`) and is never closed.
    const doomed = new QuotaEngine(store, { clock, recordMs: 3_600_000 });
    const [survivor] = processes(clock, 1);
    const req = request(500);
    await Promise.all(Array.from({ length: 100 }, () => doomed.consume(req)));
    const rest = await Promise.all(Array.from({ length: 600 }, () => survivor!.consume(req)));
    const total = 100 + rest.filter((r) => r.allowed).length;
    expect(total).toBeLessThanOrEqual(500);
    await survivor!.close();
    const claimed = await storeClaimed(req);
    expect(claimed).toBeLessThanOrEqual(500);
    // `claimed` bounds every admitted call; `used` misses exactly what the dead process had not recorded.
    expect(claimed).toBeGreaterThanOrEqual(total);
    expect(await storeUsed(req)).toBe(total - doomed.unrecordedUnits());
  });

  it('soft limits keep admitting past the allowance', async () => {
    const clock = new ManualClock(new Date());
    const [engine] = processes(clock, 1);
    const req = request(50, { hard: false });
    const results = await Promise.all(Array.from({ length: 80 }, () => engine!.consume(req)));
    expect(results.every((r) => r.allowed)).toBe(true);
    await engine!.close();
    expect(await storeUsed(req)).toBe(80);
  });
});

describe('soft limits over several processes', () => {
  it('count each admitted unit once, so overage is exact (two processes, limit 10,000, 10,051 calls)', async () => {
    const clock = new ManualClock(new Date());
    const engines = processes(clock, 2);
    const req = request(10_000, { hard: false, counter: { pk: `COUNTER#sol_test#soft${++n}`, sk: 'pro#M2026-01' } });
    const results = await Promise.all(Array.from({ length: 10_051 }, (_, i) => engines[i % 2]!.consume(req)));
    expect(results.every((r) => r.allowed)).toBe(true);
    // Each call's `used` is its own position in the counter: 1..10,051 once each, whichever process served it.
    expect(placesOf(results)).toEqual(oneTo(10_051));
    const overage = results.reduce((sum, r) => sum + Math.max(0, Math.min(1, r.used - 10_000)), 0);
    expect(overage).toBe(51);
    expect(await storeUsed(req)).toBe(10_051);
  });
});

describe('rate limits', () => {
  it('admit exactly the rate per second across three processes, and again the next second', async () => {
    const clock = new ManualClock('2026-02-01T00:00:00.100Z');
    const limiters = Array.from({ length: 3 }, () => new RateLimiter(store, clock));
    const subject = `rate${++n}`;
    const counterOf = (second: number) => ({ pk: `RATE#sol_test#${subject}`, sk: `S${second}` });
    const burst = () => Promise.all(Array.from({ length: 60 }, (_, i) => limiters[i % 3]!.take(counterOf, subject, 20)));
    expect((await burst()).filter(Boolean)).toHaveLength(20);
    clock.advance(1000);
    expect((await burst()).filter(Boolean)).toHaveLength(20);
  });
});

describe('a lease running low', () => {
  it('has its next block reserved ahead, so a steady caller is answered from memory and never over the limit', async () => {
    const clock = new ManualClock();
    const engine = new QuotaEngine(store, { clock, maxLease: 20 });
    const req = request(1000);
    expect(await engine.consume(req)).toMatchObject({ allowed: true, used: 1 });
    for (let i = 2; i <= 200; i++) {
      // Answered now (no store call, no promise) on every call: the next block was on its way before this one ran out.
      expect(engine.consumeNow(req), `call ${i}`).toMatchObject({ allowed: true, used: i });
      if (engine.reservedUnits() < 5) await vi.waitFor(() => expect(engine.reservedUnits()).toBeGreaterThanOrEqual(5), { timeout: 5000, interval: 5 });
    }
    await engine.close();
    expect(await storeUsed(req)).toBe(200);
    expect(await storeClaimed(req)).toBe(200);
  });

  it('never admits past the limit while blocks are reserved ahead on two processes', async () => {
    const clock = new ManualClock();
    const [one, other] = [new QuotaEngine(store, { clock, maxLease: 20 }), new QuotaEngine(store, { clock, maxLease: 20 })];
    const req = request(150);
    const results = await callers(4, 50, () => one.consume(req));
    results.push(...(await callers(4, 10, () => other.consume(req))));
    expect(placesOf(results)).toHaveLength(150);
    await Promise.all([one.close(), other.close()]);
    expect(await storeClaimed(req)).toBe(150);
  });

  /** An engine whose store counts its reservations (one conditional write each). */
  function counting(clock: ManualClock) {
    const reservations: number[] = [];
    const counted = new (class extends CounterStore {
      override reserve(...args: Parameters<CounterStore['reserve']>) {
        reservations.push(args[1]);
        return super.reserve(...args);
      }
    })(db, table);
    return { engine: new QuotaEngine(counted, { clock }), reservations };
  }

  it('of a busy counter holds about a second of its calls, so the counter is reserved a few times a second', async () => {
    const clock = new ManualClock();
    const { engine, reservations } = counting(clock);
    const req = request(1_000_000_000);
    // 10 000 calls a second for three seconds.
    for (let i = 1; i <= 30_000; i++) {
      clock.advance(0.1);
      const decision = engine.consumeNow(req) ?? (await engine.consume(req));
      if (decision.used !== i) expect(decision, `call ${i}`).toMatchObject({ allowed: true, used: i });
    }
    // The first block is the smallest; the next hold about a second each (10 000), not a thousand calls.
    expect(reservations[0]).toBe(1000);
    expect(Math.max(...reservations.slice(1))).toBeGreaterThanOrEqual(8000);
    expect(reservations.length).toBeLessThanOrEqual(6);
    await engine.close();
    expect(await storeUsed(req)).toBe(30_000);
    expect(await storeClaimed(req)).toBe(30_000);
  });

  it('of a quiet counter stays at the smallest block, and never above an eighth of what is left', async () => {
    const clock = new ManualClock();
    const quiet = counting(clock);
    const req = request(1_000_000_000);
    // Ten calls a second: a thousand units last over a minute and a half.
    for (let i = 1; i <= 1500; i++) {
      clock.advance(100);
      expect(quiet.engine.consumeNow(req) ?? (await quiet.engine.consume(req))).toMatchObject({ allowed: true, used: i });
    }
    expect(quiet.reservations).toEqual([1000, 1000]);
    await quiet.engine.close();

    // Busy, but near its limit: blocks shrink to an eighth of what is unclaimed, and the limit holds.
    const busy = counting(clock);
    const near = request(20_000);
    const results: QuotaDecision[] = [];
    for (let i = 1; i <= 21_000; i++) {
      clock.advance(0.05);
      results.push(busy.engine.consumeNow(near) ?? (await busy.engine.consume(near)));
    }
    expect(results.filter((r) => r.allowed)).toHaveLength(20_000);
    expect(Math.max(...busy.reservations)).toBeLessThanOrEqual(20_000 / 8);
    await busy.engine.close();
    expect(await storeClaimed(near)).toBe(20_000);
  });
});
