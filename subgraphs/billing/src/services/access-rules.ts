import { type Caller, forbidden, notFound, unauthenticated } from '@marketplace/shared';

/**
 * Who sees and changes billing records. A subscription, invoice or offer is its customer's: only they and admins
 * see it, and one the caller may not see does not exist for them (NOT_FOUND). Only the customer pays, changes
 * plans or cancels.
 */
export const isAdmin = (caller: Caller) => caller.roles.includes('admin');

export function signedIn(caller: Caller): string {
  if (!caller.userId) throw unauthenticated();
  return caller.userId;
}

/** `record` if the caller may see it, else NOT_FOUND naming `what` (and `field`, the id argument, when given). */
export function requireVisible<T extends { userId: string }>(caller: Caller, record: T | null, what: string, field?: string): T {
  if (!record || (record.userId !== caller.userId && !isAdmin(caller))) throw notFound(what, field);
  return record;
}

/** `record` if the caller is its customer: NOT_FOUND when they may not see it, FORBIDDEN for an admin. */
export function requireCustomer<T extends { userId: string }>(caller: Caller, record: T | null, what: string, field?: string): T {
  const visible = requireVisible(caller, record, what, field);
  if (visible.userId !== caller.userId) throw forbidden(`Only the customer can change their ${what.toLowerCase()}.`);
  return visible;
}

/** A user's billing is for that user and admins; anyone else is FORBIDDEN. */
export function requireSelfOrAdmin(caller: Caller, userId: string): void {
  if (caller.userId !== userId && !isAdmin(caller)) throw forbidden("Only the user themself and admins see a user's billing.");
}
