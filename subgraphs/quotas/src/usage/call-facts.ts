import type { EventInput } from '@marketplace/analytics/public';
import type { CallsOfMinute } from './usage-recorder.ts';

/**
 * A minute's summed calls of one caller as the analytics log's `call` fact: what the shim appends after each usage
 * flush, and what the demo appends for the past days it records through the same recorder (with a dedupe key).
 */
export function callFact({ event, minute, count, units }: CallsOfMinute, partnerId: string | undefined, dedupeKey?: string): EventInput {
  return {
    type: 'call',
    time: minute,
    ...(dedupeKey !== undefined && { dedupeKey }),
    solutionId: event.solutionId,
    partnerId,
    userId: event.userId,
    keyId: event.keyId,
    fingerprint: event.fingerprint,
    tier: event.tier ?? undefined,
    outcome: event.code,
    endpoint: event.endpoint,
    nearLimit: event.nearLimit,
    calls: count,
    units,
  };
}
