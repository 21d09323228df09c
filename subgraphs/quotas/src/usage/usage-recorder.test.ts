import { beforeAll, describe, expect, it } from 'vitest';
import { createLogger, ensureTable, ManualClock, tableName } from '@marketplace/shared';
import { testDb, testTablePrefix } from '../../../../test/support/dynamo.ts';
import { UsageRepository } from '../data/usage.repository.ts';
import { type CallsOfMinute, type UsageEvent, UsageRecorder, type UsageSlot } from './usage-recorder.ts';

const db = testDb();
const table = tableName(testTablePrefix('usage-rec'), 'quotas');
const clock = new ManualClock('2026-07-01T10:00:00Z');
const recorder = new UsageRecorder({ db, table, clock, logger: createLogger('test', 'silent') });
const repo = new UsageRepository(db, table);
beforeAll(() => ensureTable(db, table));

const SUMMARIZE = 'POST /v1/summarize';
const call = (solutionId: string, e: Partial<UsageEvent>): UsageEvent => ({ solutionId, tier: 'pro', code: 'VALID', allowed: true, units: 1, overage: 0, ...e });

describe('usage events for analytics', () => {
  it('are summed by day, tier, verdict code and endpoint, refusals before a tier included', async () => {
    const sol = 'sol_calls';
    const events: Partial<UsageEvent>[] = [
      { userId: 'usr_1', keyId: 'key_1', endpoint: SUMMARIZE, units: 2 },
      { userId: 'usr_1', keyId: 'key_1', endpoint: SUMMARIZE, units: 2, overage: 1 },
      { userId: 'usr_1', keyId: 'key_1', units: 1 },
      { userId: 'usr_1', keyId: 'key_1', endpoint: SUMMARIZE, code: 'RATE_LIMITED', allowed: false, units: 2 },
      { tier: null, code: 'KEY_INVALID', allowed: false, endpoint: SUMMARIZE },
      { tier: null, userId: 'usr_2', code: 'KEY_REVOKED', allowed: false },
    ];
    for (const e of events) recorder.record(call(sol, e));
    clock.advance(86_400_000);
    recorder.record(call(sol, { tier: 'anonymous', code: 'QUOTA_EXCEEDED', allowed: false }));
    await recorder.flush();

    const rows = await repo.solutionCalls(sol, '2026-07-01', '2026-07-02');
    const zero = { allowed: 0, denied: 0, units: 0, overage: 0 };
    expect(rows).toEqual([
      { day: '2026-07-01', tier: '-', code: 'KEY_INVALID', endpoint: SUMMARIZE, ...zero, denied: 1 },
      { day: '2026-07-01', tier: '-', code: 'KEY_REVOKED', endpoint: '-', ...zero, denied: 1 },
      { day: '2026-07-01', tier: 'pro', code: 'RATE_LIMITED', endpoint: SUMMARIZE, ...zero, denied: 1 },
      { day: '2026-07-01', tier: 'pro', code: 'VALID', endpoint: '-', ...zero, allowed: 1, units: 1 },
      { day: '2026-07-01', tier: 'pro', code: 'VALID', endpoint: SUMMARIZE, ...zero, allowed: 2, units: 4, overage: 1 },
      { day: '2026-07-02', tier: 'anonymous', code: 'QUOTA_EXCEEDED', endpoint: '-', ...zero, denied: 1 },
    ]);
    expect(await repo.solutionCalls(sol, '2026-07-02', '2026-07-02')).toHaveLength(1);
  });

  it('leave the dashboards’ daily rollups as they were: only calls a tier applied to', async () => {
    const sol = 'sol_dash';
    clock.set('2026-07-05T10:00:00Z');
    recorder.record(call(sol, { userId: 'usr_3', keyId: 'key_3', endpoint: SUMMARIZE, units: 3, overage: 2 }));
    recorder.record(call(sol, { userId: 'usr_3', keyId: 'key_3', code: 'QUOTA_EXCEEDED', allowed: false }));
    recorder.record(call(sol, { tier: null, userId: 'usr_3', code: 'ACCOUNT_SUSPENDED', allowed: false }));
    await recorder.flush();
    expect(await repo.userDaily('usr_3', sol, '2026-07-05', '2026-07-05')).toEqual([{ day: '2026-07-05', allowed: 1, denied: 1, units: 3, overage: 2 }]);
    expect(await repo.solutionDaily(sol, '2026-07-05', '2026-07-05')).toEqual([{ day: '2026-07-05', tier: 'pro', allowed: 1, denied: 1, units: 3, overage: 2 }]);
  });
});

describe('calls for the analytics event log', () => {
  it('are handed over at each flush, summed per minute and caller (fingerprint and upgrade prompt included)', async () => {
    const clock = new ManualClock('2026-07-01T10:00:10Z');
    const handed: CallsOfMinute[][] = [];
    const rec = new UsageRecorder({ db, table, clock, logger: createLogger('test', 'silent') }, 500, (calls) => handed.push(calls));
    const sol = 'sol_minutes';
    rec.record(call(sol, { tier: 'anonymous', fingerprint: 'anon_1' }));
    rec.record(call(sol, { tier: 'anonymous', fingerprint: 'anon_1', units: 3 }));
    rec.record(call(sol, { tier: 'anonymous', fingerprint: 'anon_2' }));
    rec.record(call(sol, { userId: 'usr_1', keyId: 'key_1', fingerprint: 'anon_1', nearLimit: true }));
    clock.advance(60_000);
    rec.record(call(sol, { tier: 'anonymous', fingerprint: 'anon_1' }));
    await rec.flush();
    const summary = (c: CallsOfMinute) => `${c.minute.toISOString().slice(11, 16)} ${c.event.fingerprint} ${c.event.userId ?? '-'} ${c.event.nearLimit ?? false} ${c.count}/${c.units}`;
    expect(handed.map((calls) => calls.map(summary))).toEqual([
      ['10:00 anon_1 - false 2/4', '10:00 anon_2 - false 1/1', '10:00 anon_1 usr_1 true 1/1', '10:01 anon_1 - false 1/1'],
    ]);
    await rec.flush();
    expect(handed).toHaveLength(1);
  });
});

describe('a caller\'s usage slot', () => {
  it('sums exactly as calls recorded without one: across kinds, minutes, days and flushes', async () => {
    const clock = new ManualClock('2026-07-01T23:58:30Z');
    const handed = { slots: [] as CallsOfMinute[], plain: [] as CallsOfMinute[] };
    const withSlots = new UsageRecorder({ db, table, clock, logger: createLogger('test', 'silent') }, 500, (calls) => handed.slots.push(...calls));
    const plain = new UsageRecorder({ db, table, clock, logger: createLogger('test', 'silent') }, 500, (calls) => handed.plain.push(...calls));
    const slots: Record<string, UsageSlot> = { a: {}, b: {} };
    const kinds: [string, Partial<UsageEvent>][] = [
      ['a', { userId: 'usr_1', keyId: 'key_1' }],
      ['a', { userId: 'usr_1', keyId: 'key_1', units: 3, overage: 1 }],
      ['a', { userId: 'usr_1', keyId: 'key_1', nearLimit: true }],
      ['a', { userId: 'usr_1', keyId: 'key_1', code: 'QUOTA_EXCEEDED', allowed: false, nearLimit: true }],
      ['a', { userId: 'usr_1', keyId: 'key_1', endpoint: SUMMARIZE, units: 2 }],
      ['b', { tier: 'anonymous', fingerprint: 'anon_1' }],
      ['b', { tier: 'anonymous', fingerprint: 'anon_1', code: 'TRIAL_EXPIRED', allowed: false }],
    ];
    for (let i = 0; i < 200; i++) {
      const [slot, e] = kinds[(i * 7 + (i >> 3)) % kinds.length]!;
      const event = call('sol_slots', e);
      for (let repeat = 0; repeat < 1 + (i % 3); repeat++) {
        withSlots.record(event, slots[slot]);
        plain.record(event);
      }
      clock.advance(1_500); // 200 steps cross minutes and midnight
      if (i % 37 === 0) await Promise.all([withSlots.flush(), plain.flush()]);
    }
    await Promise.all([withSlots.flush(), plain.flush()]);
    const summary = (c: CallsOfMinute) => `${c.minute.toISOString()} ${JSON.stringify(c.event)} ${c.count}/${c.units}`;
    expect(handed.slots.map(summary).sort()).toEqual(handed.plain.map(summary).sort());
    expect(handed.slots.length).toBeGreaterThan(kinds.length);
  });
});

describe('a flush', () => {
  it('starts one rollup write per turn of the event loop (requests run between them), and settles once all are stored', async () => {
    const order: string[] = [];
    const counting = {
      send: (command: { input: { Key: { pk: string } } }) => {
        order.push(`write ${command.input.Key.pk.split('#')[0]}`);
        // Marks the turn after this write's start: another write in the same turn would come before it.
        setImmediate(() => order.push('turn'));
        return db.send(command as never);
      },
    } as unknown as typeof db;
    const rec = new UsageRecorder({ db: counting, table, clock: new ManualClock('2026-07-03T10:00:00Z'), logger: createLogger('test', 'silent') });
    rec.record(call('sol_turns', { userId: 'usr_turns', keyId: 'key_turns' }));
    await rec.flush();
    // The four rollups of one keyed call (calls, solution, user, key), each in a turn of its own.
    expect(order.filter((o) => o.startsWith('write'))).toHaveLength(4);
    expect(order.slice(0, 7)).toEqual(order.slice(0, 7).map((o, i) => (i % 2 ? 'turn' : o)));
    expect(await repo.userDaily('usr_turns', 'sol_turns', '2026-07-03', '2026-07-03')).toEqual([{ day: '2026-07-03', allowed: 1, denied: 0, units: 1, overage: 0 }]);
  });
});
