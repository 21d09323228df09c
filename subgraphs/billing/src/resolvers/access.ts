import { type Caller, forbidden, unauthenticated } from '@marketplace/shared';
import { GraphQLError } from 'graphql';

/** The signed-in caller's id; for operations already guarded by `@Authorized()`. */
export function callerId(caller: Caller): string {
  if (!caller.userId) throw unauthenticated();
  return caller.userId;
}

export const isAdmin = (caller: Caller) => caller.roles.includes('admin');

/** A user's billing (subscriptions, invoices, profile) is for that user and admins; anyone else is FORBIDDEN. */
export function requireSelfOrAdmin(caller: Caller, userId: string): void {
  if (caller.userId !== userId && !isAdmin(caller)) throw forbidden("Only the user themself and admins see a user's billing.");
}

/** An operation of the schema whose service is not built yet. */
export function notImplemented(operation: string): never {
  throw new GraphQLError(`${operation} is not implemented yet.`, { extensions: { code: 'NOT_IMPLEMENTED' } });
}
