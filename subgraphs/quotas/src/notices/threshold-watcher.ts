import { type Clock, type EventOutbox, type Logger } from '@marketplace/shared';
import type { EventInput } from '@marketplace/analytics/public';
import type { NoticeRepository } from '../data/notice.repository.ts';
import type { QuotaOutcome } from '../services/ports.ts';
import { reachedThresholds, TRIAL_WARNING_MS, trialKey, type WindowNoticeKind } from './notice-rules.ts';

const ALL_THRESHOLDS: readonly WindowNoticeKind[] = ['USAGE_80', 'USAGE_100'];
const NONE: readonly WindowNoticeKind[] = [];
/** Each marker of one window as a bit: a caller's window is one map entry, looked up once per call. */
const BITS: Record<WindowNoticeKind | 'TRIAL_USED_UP', number> = { TRIAL_ENDING: 1, USAGE_80: 2, USAGE_100: 4, TRIAL_USED_UP: 8 };

export interface ThresholdWatcherOptions {
  notices: NoticeRepository;
  clock: Clock;
  logger: Logger;
  /**
   * The quotas table's event outbox: the call that starts a trial stages `trial.started` with its end's schedule,
   * and a trial whose allowance is used up (anonymous or registered) stages `trial.ended` as it leaves the schedule.
   */
  outbox?: EventOutbox<EventInput>;
  /** Bound on remembered markers; beyond it the oldest are forgotten (a forgotten one costs one refused write). */
  maxEntries?: number;
}

/**
 * The shim's side of upgrade notices. It reads the counter value each decided call already carries: a call below
 * 80 % costs nothing but a comparison. At a threshold, the first call a process sees writes the notice with a
 * conditional put (the serialisation point across processes, so one notice per window and threshold) off the
 * answer's path; the process then remembers the marker, so later calls cost no store call either. A failed write
 * is forgotten, and the next call at the threshold tries again. The first call of a trial window schedules the
 * trial-end warning the same way (with `trial.started`); a trial used up, anonymous or registered, is taken off that
 * schedule with `trial.ended` (its reason `limit`; the customer was told at 80 % and 100 %, so no trial-end warning
 * follows), and its window's close then logs nothing more.
 */
export class ThresholdWatcher {
  /** Window (`user#solution#tier#windowId`) → the markers written or being written for it. */
  private readonly seen = new Map<string, number>();
  private readonly inFlight = new Set<Promise<void>>();
  private readonly maxEntries: number;

  constructor(private readonly options: ThresholdWatcherOptions) {
    this.maxEntries = options.maxEntries ?? 50_000;
  }

  observe(call: QuotaOutcome): void {
    const anonymous = call.tier === 'anonymous';
    // A call refused for quota (that could fit the allowance at all) has met the wall, whatever this process's view
    // of the counter: on the leased path other processes' last admissions may be missing from it. Anonymous callers
    // have nobody to notify: only their trial's start and end are recorded.
    const reached = anonymous ? NONE : call.allowed ? reachedThresholds(call.used, call.limit) : call.units <= call.limit ? ALL_THRESHOLDS : NONE;
    const trial = call.windowId === 'TRIAL';
    const trialStart = trial && call.allowed && call.used - call.units <= 0;
    const usedUp = trial && (call.allowed ? call.used >= call.limit : call.units <= call.limit);
    if (reached.length === 0 && !trialStart && !usedUp) return;
    const window = call.windowKey ?? `${call.userId}#${call.solutionId}#${call.tier}#${call.windowId}`;
    const seen = this.seen.get(window) ?? 0;
    // A caller past a threshold calls on: once this window has seen all of it, a call costs this lookup only.
    const due = (trialStart && !(seen & BITS.TRIAL_ENDING)) || (usedUp && !(seen & BITS.TRIAL_USED_UP)) || reached.some((kind) => !(seen & BITS[kind]));
    if (!due) return;
    const record = { userId: call.userId, solutionId: call.solutionId, tier: call.tier, windowId: call.windowId, windowEnd: call.windowEnd.toISOString(), limit: call.limit, limitMode: call.limitMode };
    // An anonymous subject is its keyed fingerprint: the events carry it as such, never as a user.
    const who = anonymous ? { fingerprint: call.userId } : { userId: call.userId };
    let started: Promise<void> | undefined;
    if (trialStart && !(seen & BITS.TRIAL_ENDING)) {
      // Anonymous trials have nobody to warn: their item is due when the window closes, to log the end.
      const warnAt = anonymous ? call.windowEnd : new Date(call.windowEnd.getTime() - TRIAL_WARNING_MS);
      const startedAt = this.options.clock.now();
      started = this.once(window, BITS.TRIAL_ENDING, async () => {
        // With the window's item (its end is logged from it): written once per window, so staged once.
        const event = this.options.outbox?.stage([{ type: 'trial.started', time: startedAt, dedupeKey: trialKey(record), ...who, solutionId: call.solutionId, tier: call.tier }]);
        if (await this.options.notices.scheduleTrialEnd(record, warnAt, event?.items)) await event?.publish();
      });
    }
    if (usedUp && !(seen & BITS.TRIAL_USED_UP)) {
      const endedAt = this.options.clock.now();
      const after = started;
      this.once(window, BITS.TRIAL_USED_UP, async () => {
        await after;
        // Keyed like the window's end: of "used up" and "window closed", whichever is settled first is logged.
        const event = this.options.outbox?.stage([{ type: 'trial.ended', time: endedAt, dedupeKey: trialKey(record), ...who, solutionId: call.solutionId, tier: call.tier, outcome: 'limit' }]);
        if (await this.options.notices.settleTrialEnd(record, event?.items)) await event?.publish();
        // Used up before the process that started the window scheduled it: not settled, so the next call retries.
        else if (!(await this.options.notices.trialEndKnown(record))) throw new Error('the trial window is not scheduled yet');
      });
    }
    for (const kind of reached) {
      if (seen & BITS[kind]) continue;
      this.once(window, BITS[kind], async () => {
        await this.options.notices.create(
          {
            userId: call.userId,
            solutionId: call.solutionId,
            tier: call.tier,
            windowId: call.windowId,
            kind,
            used: kind === 'USAGE_100' ? call.limit : Math.min(call.used, call.limit),
            limit: call.limit,
            limitMode: call.limitMode,
            windowEnd: call.windowEnd.toISOString(),
          },
          this.options.clock.now(),
        );
      });
    }
  }

  /** Waits for the writes under way (tests, shutdown). */
  async settled(): Promise<void> {
    while (this.inFlight.size > 0) await Promise.allSettled([...this.inFlight]);
  }

  private once(window: string, bit: number, write: () => Promise<void>): Promise<void> {
    const before = this.seen.get(window);
    if (before === undefined && this.seen.size >= this.maxEntries) this.seen.delete(this.seen.keys().next().value!);
    this.seen.set(window, (before ?? 0) | bit);
    const run = write()
      .catch((error: unknown) => {
        const now = this.seen.get(window);
        if (now !== undefined) this.seen.set(window, now & ~bit);
        this.options.logger.warn({ err: error }, 'could not record an upgrade notice; the next call at the threshold retries');
      })
      .finally(() => this.inFlight.delete(run));
    this.inFlight.add(run);
    return run;
  }
}
