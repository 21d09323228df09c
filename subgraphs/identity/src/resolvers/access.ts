import type { IdentityContext } from '../context.ts';

/** May the caller see a user's private fields (email, suspension reason)? The user themself and admins. */
export function canSeePrivateFields(context: IdentityContext, user: { id: string; ownerView?: boolean }): boolean {
  return user.ownerView === true || context.caller.userId === user.id || context.caller.roles.includes('admin');
}
