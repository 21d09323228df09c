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

/** The trial window of the last call: calls of one millisecond share it (hot path). */
let trial: (QuotaWindow & { at: number; days: number }) | undefined;

/** The window a call at `now` counts in. */
export function windowAt(policy: TierWindow, now: Date): QuotaWindow {
  const at = now.getTime();
  if (policy.kind === 'trial') {
    if (trial === undefined || trial.at !== at || trial.days !== policy.days) {
      trial = { id: 'TRIAL', endIfStartedNow: new Date(at + policy.days * DAY), seconds: policy.days * 86_400, at, days: policy.days };
    }
    return trial;
  }
  if (!month || at < month.startMs || at >= month.endMs) {
    const startMs = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1);
    const endMs = Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1);
    const id = `M${new Date(startMs).toISOString().slice(0, 7)}`;
    month = { id, endIfStartedNow: new Date(endMs), seconds: (endMs - startMs) / 1000, startMs, endMs };
  }
  return month;
}

/**
 * The window of a paid grant at `now`: its paid period, `P<start>`. Past the period's end (a renewal on its way,
 * or a failed one in its grace days) the next period of the same length, which is where the renewal starts
 * (Razorpay starts each cycle at the previous one's end), so calls made meanwhile count in it.
 */
export function paidWindowAt(period: { periodStart: string; periodEnd: string }, now: Date): QuotaWindow {
  let start = Date.parse(period.periodStart);
  let end = Date.parse(period.periodEnd);
  const length = Math.max(1000, end - start);
  while (now.getTime() >= end) {
    start = end;
    end += length;
  }
  return { id: `P${new Date(start).toISOString()}`, endIfStartedNow: new Date(end), seconds: Math.round(length / 1000) };
}
