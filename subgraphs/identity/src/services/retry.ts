import { conflict } from '@marketplace/shared';

/** Returned by an attempt whose optimistic write lost to a concurrent change of the same item. */
export const STALE = Symbol('stale');

const ATTEMPTS = 5;

/** Re-runs `attempt` (which re-reads what it changes) while it loses races; CONFLICT after a few tries. */
export async function retryWhileStale<T>(attempt: () => Promise<T | typeof STALE>): Promise<T> {
  for (let i = 0; i < ATTEMPTS; i++) {
    const result = await attempt();
    if (result !== STALE) return result;
  }
  throw conflict('The account changed while it was being updated; try again.');
}
