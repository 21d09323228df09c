import { type Caller, unauthenticated } from '@marketplace/shared';
import type { CatalogContext } from '../context.ts';

/** The signed-in caller; for operations already guarded by `@Authorized(...)`. */
export function signedIn(context: CatalogContext): Caller & { userId: string } {
  const { caller } = context;
  if (!caller.userId) throw unauthenticated();
  return caller as Caller & { userId: string };
}
