import { beforeAll, describe, expect, it } from 'vitest';
import { DAY, ensureTable, ManualClock, tableName } from '@marketplace/shared';
import { testDb, testTablePrefix } from '../../../../test/support/dynamo.ts';
import { CounterStore } from './counter-store.ts';
import { QuotaEngine, type QuotaRequest } from './quota-engine.ts';
import { RateLimiter } from './rate-limiter.ts';

const db = testDb();
const table = tableName(testTablePrefix('quota'), 'quotas');
let writes = 0;
db.middlewareStack.add(
  (next, context) => async (args) => {
    if (/Update|Put/.test(context.commandName ?? '')) writes++;
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
function processes(clock: ManualClock, count = 3) {
  return Array.from({ length: count }, () => new QuotaEngine(store, { clock }));
}

async function storeUsed(req: QuotaRequest) {
  return (await store.read(req.counter))?.used ?? 0;
}

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
    // With the reservations back, the rest can be had to the last unit.
    const more = await Promise.all(Array.from({ length: 50 }, (_, i) => engines[i % 3]!.consume(req)));
    expect(allowed + more.filter((r) => r.allowed).length).toBe(1000);
  });

  it('serves most calls from memory', async () => {
    const clock = new ManualClock(new Date());
    const [engine] = processes(clock, 1);
    const req = request(1_000_000);
    const before = writes;
    for (let i = 0; i < 2000; i++) expect((await engine!.consume(req)).allowed).toBe(true);
    expect(writes - before).toBeLessThanOrEqual(4);
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
  });

  it('a process that dies holding reservations causes under-admission only', async () => {
    const clock = new ManualClock(new Date());
    const [doomed, survivor] = processes(clock, 2);
    const req = request(500);
    await Promise.all(Array.from({ length: 100 }, () => doomed!.consume(req)));
    // `doomed` is never closed: its reservations stay counted.
    const rest = await Promise.all(Array.from({ length: 600 }, () => survivor!.consume(req)));
    const total = 100 + rest.filter((r) => r.allowed).length;
    expect(total).toBeLessThanOrEqual(500);
    expect(await storeUsed(req)).toBeLessThanOrEqual(500);
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
