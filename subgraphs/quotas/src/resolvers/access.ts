import { type Caller, unauthenticated } from '@marketplace/shared';
import type { QuotasContext } from '../context.ts';

/** The signed-in caller; for operations already guarded by `@Authorized(...)`. */
export function signedIn(context: QuotasContext): Caller & { userId: string } {
  const { caller } = context;
  if (!caller.userId) throw unauthenticated();
  return caller as Caller & { userId: string };
}
