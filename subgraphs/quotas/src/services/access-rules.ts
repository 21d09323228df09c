import { type Caller, forbidden, notFound } from '@marketplace/shared';

export const isAdmin = (caller: Caller) => caller.roles.includes('admin');

/** States of a solution that was never public: only its partner and admins know it exists. */
const NEVER_PUBLIC: readonly string[] = ['DRAFT', 'IN_REVIEW', 'REJECTED'];

/**
 * May the caller know the solution exists? Usage stays visible after a solution is unpublished or suspended:
 * callers who used it still see what they used.
 */
export function isKnownTo(caller: Caller, solution: { status: string; partnerId: string }): boolean {
  return !NEVER_PUBLIC.includes(solution.status) || caller.userId === solution.partnerId || isAdmin(caller);
}

/** The solution if the caller may know of it, else NOT_FOUND on `field`, the id argument (never revealing that it exists). */
export function requireKnown<S extends { status: string; partnerId: string }>(caller: Caller, solution: S | null, field: string): S {
  if (!solution || !isKnownTo(caller, solution)) throw notFound('Solution', field);
  return solution;
}

/**
 * A solution's usage analytics are for the partner who owns it and for admins; anyone else gets NOT_FOUND on
 * `field`, the answer an unknown id gets (as for its customers, revenue and analytics).
 */
export function requireOwnerOrAdmin(caller: Caller, solution: { partnerId: string }, field: string): void {
  if (!isAdmin(caller) && caller.userId !== solution.partnerId) throw notFound('Solution', field);
}

/** A user's own usage is for them and for admins. */
export function requireSelfOrAdmin(caller: Caller, userId: string): void {
  if (!isAdmin(caller) && caller.userId !== userId) throw forbidden('Only the user themself and admins can see this usage.');
}
