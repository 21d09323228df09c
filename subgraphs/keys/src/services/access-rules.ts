import { type Caller, forbidden, notFound } from '@marketplace/shared';
import type { ApiKeyRecord } from '../data/key.repository.ts';

/**
 * Who sees and changes a key. A key is its owner's: only they and admins see it, and a key someone may not see
 * does not exist for them (NOT_FOUND, never revealing that it does). Only the owner creates and rotates; admins
 * may also revoke any key (a leaked key must be stoppable), but never hold someone else's plaintext.
 */
export const isAdmin = (caller: Caller) => caller.roles.includes('admin');
export const isOwner = (caller: Caller, key: Pick<ApiKeyRecord, 'userId'>) =>
  caller.userId !== undefined && caller.userId === key.userId;
export const canSee = (caller: Caller, key: Pick<ApiKeyRecord, 'userId'>) => isOwner(caller, key) || isAdmin(caller);

/** The key if the caller may see it, else NOT_FOUND naming `field`, the id argument that named the key. */
export function requireVisible(caller: Caller, key: ApiKeyRecord | null, field: string): ApiKeyRecord {
  if (!key || !canSee(caller, key)) throw notFound('API key', field);
  return key;
}

/** The key if the caller owns it: NOT_FOUND (on `field`) when they may not see it, FORBIDDEN for an admin who is not the owner. */
export function requireOwner(caller: Caller, key: ApiKeyRecord | null, field: string): ApiKeyRecord {
  const visible = requireVisible(caller, key, field);
  if (!isOwner(caller, visible)) throw forbidden('Only the owner of a key can rotate it.');
  return visible;
}

/** A user's key list is for that user and admins; anyone else is FORBIDDEN. */
export function requireSelfOrAdmin(caller: Caller, userId: string): void {
  if (caller.userId !== userId && !isAdmin(caller)) throw forbidden("Only the user themself and admins see a user's keys.");
}
