import { type Clock, epochMs, systemClock } from '@marketplace/shared';
import type { PlanPeriod } from './entities.ts';

/**
 * The simulator's "now": an injected clock plus an offset that the time controls move forward (so `npm start`
 * can jump a month ahead while tests inject a ManualClock). The offset is persisted with the state.
 */
export class SimulatorClock implements Clock {
  constructor(
    private readonly base: Clock = systemClock,
    private offsetMs = 0,
  ) {}

  now(): Date {
    return new Date(this.nowMs());
  }

  nowMs(): number {
    return epochMs(this.base) + this.offsetMs;
  }

  /** Unix seconds, the unit of every Razorpay timestamp. */
  seconds(): number {
    return Math.floor(this.nowMs() / 1000);
  }

  get offset(): number {
    return this.offsetMs;
  }

  set offset(ms: number) {
    this.offsetMs = ms;
  }

  advance(ms: number): void {
    if (!Number.isFinite(ms) || ms < 0) throw new RangeError('The simulator clock only moves forward.');
    this.offsetMs += ms;
  }
}

const DAY_SECONDS = 86_400;

/** Adds whole months in UTC, keeping the day of month where it exists (31 Jan + 1 month = 28/29 Feb). */
function addMonths(unixSeconds: number, months: number): number {
  const date = new Date(unixSeconds * 1000);
  const day = date.getUTCDate();
  date.setUTCDate(1);
  date.setUTCMonth(date.getUTCMonth() + months);
  const lastDay = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0)).getUTCDate();
  date.setUTCDate(Math.min(day, lastDay));
  return Math.floor(date.getTime() / 1000);
}

/** The end of `cycles` billing cycles of a plan (`period` × `interval`) starting at `from` (unix seconds). */
export function addCycles(from: number, plan: { period: PlanPeriod; interval: number }, cycles = 1): number {
  const n = plan.interval * cycles;
  switch (plan.period) {
    case 'daily':
      return from + n * DAY_SECONDS;
    case 'weekly':
      return from + n * 7 * DAY_SECONDS;
    case 'monthly':
      return addMonths(from, n);
    case 'quarterly':
      return addMonths(from, 3 * n);
    case 'yearly':
      return addMonths(from, 12 * n);
  }
}

export const RETRY_INTERVAL_SECONDS = DAY_SECONDS;
