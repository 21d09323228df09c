import { unauthenticated } from '@marketplace/shared';
import type { KeysContext } from '../context.ts';

/** The signed-in caller's id; for operations already guarded by `@Authorized()`. */
export function callerId(context: KeysContext): string {
  if (!context.caller.userId) throw unauthenticated();
  return context.caller.userId;
}
