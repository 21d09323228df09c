import { unauthenticated } from '@marketplace/shared';
import type { IdentityContext } from '../context.ts';

/** May the caller see a user's private fields (email, suspension reason)? The user themself and admins. */
export function canSeePrivateFields(context: IdentityContext, user: { id: string; ownerView?: boolean }): boolean {
  return user.ownerView === true || context.caller.userId === user.id || context.caller.roles.includes('admin');
}

/** The signed-in caller's id; for operations already guarded by `@Authorized()`. */
export function callerId(context: IdentityContext): string {
  if (!context.caller.userId) throw unauthenticated();
  return context.caller.userId;
}
