import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { KeyRecord } from '@marketplace/contracts';
import { type Clock, createReadCache, epochMs, type Logger, MINUTE, SECOND } from '@marketplace/shared';
import { KeyRepository } from '../data/key.repository.ts';

/** The read API of the keys table for the quota shim's hot path. */
export interface KeyReader {
  /**
   * The key whose plaintext hashes to `sha256Hex` (see `checkApiKey`), in any state, or null for no such key.
   * One consistent GetItem, then cached (found or not) for `cacheMs`; a failed lookup is not cached and rejects.
   */
  findKeyByHash(sha256Hex: string): Promise<KeyRecord | null>;
  /**
   * Records that the key was used now, for its owner's "last used". At most one write per key per minute per
   * process, sent after the caller's turn of the event loop; never throws, never waits, never fails the caller.
   */
  touch(keyId: string): void;
}

export const DEFAULT_KEY_CACHE_MS = 2 * SECOND;
/** The platform's promise: a revoked key stops validating on every process within 5 s. */
export const MAX_KEY_CACHE_MS = 5 * SECOND;
export const TOUCH_INTERVAL_MS = MINUTE;
/** Keys remembered by `touch` before forgetting those touched over a minute ago. */
const TOUCHED_MAX = 50_000;
const SHA256_HEX = /^[0-9a-f]{64}$/;

/**
 * Creates a key reader over the keys table. Staleness is bounded by `cacheMs` of the injected clock (default 2 s,
 * at most 5 s): a revocation, rotation or new key is seen by every process within that time. Entries are per
 * process; nothing is shared between processes but the table.
 */
export function createKeyReader(
  deps: { db: DynamoDBDocumentClient; table: string; clock: Clock; logger?: Logger },
  options: { cacheMs?: number } = {},
): KeyReader {
  const cacheMs = options.cacheMs ?? DEFAULT_KEY_CACHE_MS;
  if (!(cacheMs >= 0 && cacheMs <= MAX_KEY_CACHE_MS)) {
    throw new RangeError(`cacheMs must be between 0 and ${MAX_KEY_CACHE_MS} (a revoked key must stop within 5 s)`);
  }
  const repository = new KeyRepository(deps.db, deps.table);
  const cache = createReadCache<KeyRecord | null>({ clock: deps.clock, ttlMs: cacheMs, maxEntries: 100_000 });
  const lastTouched = new Map<string, number>();

  function forgetOldTouches(now: number): void {
    for (const [keyId, at] of lastTouched) if (now - at >= TOUCH_INTERVAL_MS) lastTouched.delete(keyId);
    if (lastTouched.size > TOUCHED_MAX) lastTouched.clear();
  }

  return {
    findKeyByHash(sha256Hex) {
      if (!SHA256_HEX.test(sha256Hex)) return Promise.resolve(null);
      return cache.get(sha256Hex, () => repository.findByHash(sha256Hex));
    },
    touch(keyId) {
      try {
        const at = epochMs(deps.clock);
        const last = lastTouched.get(keyId);
        if (last !== undefined && at - last < TOUCH_INTERVAL_MS) return;
        lastTouched.set(keyId, at);
        if (lastTouched.size > TOUCHED_MAX) forgetOldTouches(at);
        setImmediate(() => {
          repository.recordUse(keyId, new Date(at)).catch((error: unknown) => {
            deps.logger?.warn({ err: error, keyId }, 'could not record the last use of a key');
          });
        });
      } catch (error) {
        deps.logger?.warn({ err: error, keyId }, 'could not record the last use of a key');
      }
    },
  };
}
