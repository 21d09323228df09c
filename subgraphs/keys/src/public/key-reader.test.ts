import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { KeyRecord } from '@marketplace/contracts';
import { ManualClock, MINUTE, SECOND } from '@marketplace/shared';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { testDb } from '../../../../test/support/dynamo.ts';
import { generateApiKey, hashApiKey } from './api-key-format.ts';
import { createKeyReader } from './key-reader.ts';
import { keyVerdict } from './key-state.ts';
import { API_KEY, type KeysHarness, REVOKE, startKeysHarness } from '../testing/keys-harness.ts';

let h: KeysHarness;
beforeAll(async () => {
  h = await startKeysHarness('rdr');
});

/** A client of its own whose commands are counted by name (e.g. `GetItemCommand`). */
function countingDb(): { db: DynamoDBDocumentClient; calls: Record<string, number> } {
  const db = testDb();
  const calls: Record<string, number> = {};
  db.middlewareStack.add(
    (next, context) => async (args) => {
      const name = context.commandName ?? 'unknown';
      calls[name] = (calls[name] ?? 0) + 1;
      return next(args);
    },
    { step: 'initialize', name: 'countCommands' },
  );
  return { db, calls };
}

describe('keyVerdict', () => {
  const at = (iso: string) => new Date(iso);
  const key = (fields: Partial<KeyRecord>): KeyRecord => ({
    id: 'key_1',
    userId: 'usr_1',
    solutionId: 'sol_1',
    status: 'active',
    expiresAt: null,
    graceEndsAt: null,
    ...fields,
  });

  it('decides from the stored status and the caller’s clock, to the millisecond', () => {
    expect(keyVerdict(key({}), at('2030-01-01T00:00:00Z'))).toBe('VALID');
    expect(keyVerdict(key({ status: 'revoked' }), at('2020-01-01T00:00:00Z'))).toBe('KEY_REVOKED');
    const expiring = key({ status: 'expiring', graceEndsAt: '2026-03-01T12:00:00.000Z' });
    expect(keyVerdict(expiring, at('2026-03-01T11:59:59.999Z'))).toBe('VALID');
    expect(keyVerdict(expiring, at('2026-03-01T12:00:00.000Z'))).toBe('KEY_EXPIRED');
    const expiring2 = key({ expiresAt: '2026-06-01T00:00:00.000Z' });
    expect(keyVerdict(expiring2, at('2026-05-31T23:59:59.999Z'))).toBe('VALID');
    expect(keyVerdict(expiring2, at('2026-06-01T00:00:00.000Z'))).toBe('KEY_EXPIRED');
    // An expiry inside the grace ends the grace early; epoch milliseconds work as well as Dates.
    const both = key({ status: 'expiring', graceEndsAt: '2026-03-02T00:00:00.000Z', expiresAt: '2026-03-01T18:00:00.000Z' });
    expect(keyVerdict(both, Date.parse('2026-03-01T18:00:00.000Z'))).toBe('KEY_EXPIRED');
  });
});

describe('the key reader', () => {
  it('finds a key by its hash with one GetItem and caches it; a revoke shows after cacheMs, not before', async () => {
    const me = h.customer();
    const { id, plaintext } = await h.createKey(me, h.catalog.add());
    const { db, calls } = countingDb();
    const reader = createKeyReader({ db, table: h.deps.table, clock: h.clock }, { cacheMs: 2000 });

    const first = await reader.findKeyByHash(hashApiKey(plaintext));
    expect(first).toMatchObject({ id, userId: me.userId, status: 'active' });
    expect(calls).toEqual({ GetItemCommand: 1 });

    expect((await h.run(REVOKE, { id }, me)).errors).toBeUndefined();
    h.clock.advance(1999);
    const cached = await reader.findKeyByHash(hashApiKey(plaintext));
    expect(keyVerdict(cached!, h.clock.now())).toBe('VALID');
    expect(calls).toEqual({ GetItemCommand: 1 });
    h.clock.advance(1);
    const fresh = await reader.findKeyByHash(hashApiKey(plaintext));
    expect(keyVerdict(fresh!, h.clock.now())).toBe('KEY_REVOKED');
    expect(calls).toEqual({ GetItemCommand: 2 });
  });

  it('caches a miss too: an unknown key is looked up once per cacheMs, however often and concurrently it is asked', async () => {
    const { db, calls } = countingDb();
    const reader = createKeyReader({ db, table: h.deps.table, clock: h.clock });
    const unknown = generateApiKey().hash;
    expect(await Promise.all([1, 2, 3].map(() => reader.findKeyByHash(unknown)))).toEqual([null, null, null]);
    h.clock.advance(1999);
    expect(await reader.findKeyByHash(unknown)).toBeNull();
    expect(calls).toEqual({ GetItemCommand: 1 });
    h.clock.advance(1);
    expect(await reader.findKeyByHash(unknown)).toBeNull();
    expect(calls).toEqual({ GetItemCommand: 2 });
    // Something that is not a SHA-256 is not looked up at all.
    expect(await reader.findKeyByHash('not-a-hash')).toBeNull();
    expect(calls).toEqual({ GetItemCommand: 2 });
  });

  it('refuses a cache longer than the platform’s 5-second promise', () => {
    expect(() => createKeyReader({ db: h.deps.db, table: h.deps.table, clock: h.clock }, { cacheMs: 5001 })).toThrow(RangeError);
    expect(() => createKeyReader({ db: h.deps.db, table: h.deps.table, clock: h.clock }, { cacheMs: 5000 })).not.toThrow();
  });
});

describe('recording last use', () => {
  it('writes lastUsedAt at most once a minute per key, after the caller’s turn', async () => {
    const me = h.customer();
    const { id } = await h.createKey(me, h.catalog.add());
    const { db, calls } = countingDb();
    const reader = createKeyReader({ db, table: h.deps.table, clock: h.clock });

    const usedAt = h.clock.now().toISOString();
    reader.touch(id);
    // Nothing was sent while the caller still runs.
    expect(calls).toEqual({});
    await vi.waitFor(async () => expect((await h.run(API_KEY, { id }, me)).data!.apiKey.lastUsedAt).toBe(usedAt));
    expect(calls).toEqual({ UpdateItemCommand: 1 });

    h.clock.advance(MINUTE - SECOND);
    for (let i = 0; i < 5; i++) reader.touch(id);
    await new Promise((r) => setTimeout(r, 50));
    expect(calls).toEqual({ UpdateItemCommand: 1 });

    h.clock.advance(SECOND);
    const later = h.clock.now().toISOString();
    reader.touch(id);
    await vi.waitFor(async () => expect((await h.run(API_KEY, { id }, me)).data!.apiKey.lastUsedAt).toBe(later));
    expect(calls).toEqual({ UpdateItemCommand: 2 });
  });

  it('never creates an item for an unknown key and never throws, even when DynamoDB fails', async () => {
    const reader = h.reader();
    const before = (await h.scan()).length;
    reader.touch('key_01JD3X0000000000000000000Z');
    await new Promise((r) => setTimeout(r, 100));
    expect((await h.scan()).length).toBe(before);

    const warn = vi.fn();
    const failing = {
      send: () => Promise.reject(new Error('DynamoDB is down')),
    } as unknown as DynamoDBDocumentClient;
    const throwing = {
      send: () => {
        throw new Error('DynamoDB client is broken');
      },
    } as unknown as DynamoDBDocumentClient;
    const logger = { warn } as never;
    for (const db of [failing, throwing]) {
      const broken = createKeyReader({ db, table: 'nowhere', clock: new ManualClock(), logger });
      expect(() => broken.touch('key_1')).not.toThrow();
    }
    await vi.waitFor(() => expect(warn).toHaveBeenCalledTimes(2));
  });
});
