/**
 * What a key is at a given moment: the one rule behind GraphQL's `ApiKey.status` and the shim's verdict.
 * Stored status changes only through mutations (active → expiring on rotation, → revoked); expiry and the end of a
 * rotation grace are moments, compared with the caller's clock, so nothing has to run when they pass.
 */
import type { KeyRecord, KeyVerdict } from '@marketplace/contracts';

/** As users see it (the GraphQL enum `ApiKeyStatus`). */
export type KeyState = 'ACTIVE' | 'EXPIRING' | 'REVOKED' | 'EXPIRED';

/** What the key-state rule reads of a key (the contract's `KeyRecord` and the stored key both have it). */
export type KeyTimes = Pick<KeyRecord, 'status' | 'expiresAt' | 'graceEndsAt'>;

/** The key's state at `now` (a Date or epoch ms): a key stops working exactly at its expiry or grace end. */
export function keyState(key: KeyTimes, now: Date | number): KeyState {
  if (key.status === 'revoked') return 'REVOKED';
  const at = typeof now === 'number' ? now : now.getTime();
  if (key.expiresAt !== null && at >= Date.parse(key.expiresAt)) return 'EXPIRED';
  if (key.status === 'expiring') return key.graceEndsAt !== null && at < Date.parse(key.graceEndsAt) ? 'EXPIRING' : 'EXPIRED';
  return 'ACTIVE';
}

/**
 * The quota shim's answer for a key it found: expiring keys are VALID until `graceEndsAt`, to the millisecond
 * of the shim's own clock. (A key that is not found at all is the shim's `KEY_INVALID`.)
 */
export function keyVerdict(key: KeyTimes, now: Date | number): KeyVerdict {
  switch (keyState(key, now)) {
    case 'ACTIVE':
    case 'EXPIRING':
      return 'VALID';
    case 'REVOKED':
      return 'KEY_REVOKED';
    case 'EXPIRED':
      return 'KEY_EXPIRED';
  }
}

/** When a key stopped working (ISO), or null while it works. */
export function keyEndedAt(key: KeyTimes & { revokedAt: string | null }, now: Date): string | null {
  if (key.status === 'revoked') return key.revokedAt;
  if (keyState(key, now) !== 'EXPIRED') return null;
  const ends = [key.expiresAt, key.status === 'expiring' ? key.graceEndsAt : null].filter((t): t is string => t !== null);
  return ends.sort()[0] ?? null;
}
