import type { TierWindow } from '@marketplace/contracts';
import { DAY } from '@marketplace/shared';

export interface QuotaWindow {
  /** Part of the counter's key: `TRIAL`, or `M<yyyy-mm>` for a month. */
  id: string;
  /** When a counter created now would end (a trial's end is fixed by its first call). */
  endIfStartedNow: Date;
  /** The window's length in seconds, for `RateLimit-Policy: …;w=`. */
  seconds: number;
}

/** The month the last call fell in: every call of a month shares one window object (hot path). */
let month: (QuotaWindow & { startMs: number; endMs: number }) | undefined;

/** The window a call at `now` counts in. */
export function windowAt(policy: TierWindow, now: Date): QuotaWindow {
  const at = now.getTime();
  if (policy.kind === 'trial') {
    return { id: 'TRIAL', endIfStartedNow: new Date(at + policy.days * DAY), seconds: policy.days * 86_400 };
  }
  if (!month || at < month.startMs || at >= month.endMs) {
    const startMs = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1);
    const endMs = Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1);
    const id = `M${new Date(startMs).toISOString().slice(0, 7)}`;
    month = { id, endIfStartedNow: new Date(endMs), seconds: (endMs - startMs) / 1000, startMs, endMs };
  }
  return month;
}
