import { DAY } from '@marketplace/shared';

export type Tier = 'anonymous' | 'registered' | 'pro' | 'enterprise';
export const TIERS: readonly Tier[] = ['anonymous', 'registered', 'pro', 'enterprise'];

/** How a tier's allowance is measured: a one-off trial from the first call, or a calendar month (UTC). */
export type WindowPolicy = { kind: 'trial'; days: number } | { kind: 'monthly' };

export interface QuotaWindow {
  /** Part of the counter's key: `TRIAL`, or `M<yyyy-mm>` for a month. */
  id: string;
  /** When a counter created now would end (a trial's end is fixed by its first call). */
  endIfStartedNow: Date;
  /** The window's length in seconds, for `RateLimit-Policy: …;w=`. */
  seconds: number;
}

/** The window a call at `now` counts in. */
export function windowAt(policy: WindowPolicy, now: Date): QuotaWindow {
  if (policy.kind === 'trial') {
    return { id: 'TRIAL', endIfStartedNow: new Date(now.getTime() + policy.days * DAY), seconds: policy.days * 86_400 };
  }
  const start = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1);
  const end = Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1);
  return { id: `M${new Date(start).toISOString().slice(0, 7)}`, endIfStartedNow: new Date(end), seconds: (end - start) / 1000 };
}
