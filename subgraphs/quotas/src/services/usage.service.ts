import { type LimitMode, type Tier, TIERS } from '@marketplace/contracts';
import { type Caller, DAY, InputError, isId, notFound, type SignedInCaller } from '@marketplace/shared';
import { dayOf, keys } from '../data/keys.ts';
import type { DailyRollup, TierDailyRollup, UsageRepository } from '../data/usage.repository.ts';
import type { CounterStore } from '../engine/counter-store.ts';
import { windowAt } from '../engine/windows.ts';
import type { QuotasDeps } from '../deps.ts';
import { isKnownTo, requireKnown, requireOwnerOrAdmin, requireSelfOrAdmin } from './access-rules.ts';
import { addDays, daysBetween, daysFrom, parseDay } from './days.ts';
import { quotaWindowAt, withPaidTerms } from './paid-terms.ts';

/** Where a user stands on a solution's quota right now. */
export interface SolutionUsageView {
  userId: string;
  solutionId: string;
  tier: Tier;
  used: number;
  limit: number;
  remaining: number;
  windowKind: 'trial' | 'monthly';
  /** Trials: the first call's time (null before it); months: the first instant of the month (UTC). */
  windowStart: Date | null;
  /** Trials: the first call's time plus the trial length (null before it); months: the next month's first instant. */
  windowEnd: Date | null;
  daysRemaining: number;
  trialEnded: boolean;
  ratePerSecond: number | null;
  limitMode: LimitMode;
  /** Units past a soft limit this window. */
  overage: number;
}

/** The longest series and the widest date range one query reads (a year, leap day included). */
export const MAX_DAYS = 366;
export const DEFAULT_DAILY_DAYS = 30;

/**
 * Owns what users and partners see of quota consumption: the current window of a user's counter (its `used`,
 * read strongly consistent: exact and durable for soft limits and small hard limits, whose calls the shim stores
 * before answering them; trailing the shims by their `QUOTA_RECORD_MS` for larger hard limits) and the daily
 * rollups (which trail the shim by the recorder's flush interval).
 */
export class UsageService {
  constructor(
    private readonly deps: QuotasDeps,
    private readonly repos: { usage: UsageRepository; counters: CounterStore },
  ) {}

  /** The caller's usage of a solution; NOT_FOUND for a solution they cannot know of. */
  async myUsage(caller: SignedInCaller, solutionId: string): Promise<SolutionUsageView> {
    await this.knownSolution(caller, solutionId);
    return this.current(caller.userId, solutionId);
  }

  /** A user's usage of a solution, for the user themself and admins; null for a solution the caller cannot know of. */
  async usageOf(caller: Caller, userId: string, solutionId: string): Promise<SolutionUsageView | null> {
    requireSelfOrAdmin(caller, userId);
    const solution = isId('sol', solutionId) ? await this.deps.catalog.solution(solutionId) : null;
    if (!solution || !isKnownTo(caller, solution)) return null;
    return this.current(userId, solutionId);
  }

  /**
   * A customer's usage of a solution this window, for the solution's partner and admins (the customers list);
   * another partner's solution is NOT_FOUND, whether or not it exists.
   */
  async customerUsage(caller: Caller, userId: string, solutionId: string): Promise<SolutionUsageView> {
    const solution = isId('sol', solutionId) ? await this.deps.catalog.solution(solutionId) : null;
    const admin = caller.roles.includes('admin');
    if (!solution || !(admin || (caller.userId === solution.partnerId && caller.roles.includes('partner')))) throw notFound('Solution');
    return this.current(userId, solutionId);
  }

  /** The caller's tier on a solution: a current grant, else REGISTERED. */
  async myTier(caller: SignedInCaller, solutionId: string): Promise<Tier> {
    await this.knownSolution(caller, solutionId);
    return this.deps.tiers.tierOf(caller.userId, solutionId);
  }

  /** The last `days` days (ending today by the clock) of a user's usage of a solution, zero-filled, oldest first. */
  async daily(userId: string, solutionId: string, days: number): Promise<DailyRollup[]> {
    if (!Number.isInteger(days) || days < 1 || days > MAX_DAYS) throw new InputError('days', `days must be between 1 and ${MAX_DAYS}.`);
    const to = dayOf(this.deps.clock.now());
    const from = addDays(to, 1 - days);
    const found = new Map((await this.repos.usage.userDaily(userId, solutionId, from, to)).map((r) => [r.day, r]));
    return daysFrom(from, to).map((day) => found.get(day) ?? { day, allowed: 0, denied: 0, units: 0, overage: 0 });
  }

  /**
   * A solution's usage by day and tier from `from` to `to` (inclusive, `yyyy-mm-dd`, at most 366 days apart),
   * for its partner and admins. Anonymous callers are one ANONYMOUS row per day: counted, never identified.
   * Days without usage are omitted.
   */
  async solutionUsage(caller: Caller, solutionId: string, from: string, to: string): Promise<TierDailyRollup[]> {
    const solution = await this.knownSolution(caller, solutionId);
    requireOwnerOrAdmin(caller, solution, 'solutionId');
    parseDay('from', from);
    parseDay('to', to);
    const span = daysBetween(from, to);
    if (span < 0) throw new InputError('to', 'to must not be before from.');
    if (span > MAX_DAYS) throw new InputError('to', `from and to must be at most ${MAX_DAYS} days apart.`);
    const rows = await this.repos.usage.solutionDaily(solutionId, from, to);
    return rows.sort((a, b) => a.day.localeCompare(b.day) || TIERS.indexOf(a.tier) - TIERS.indexOf(b.tier));
  }

  private async knownSolution(caller: Caller, solutionId: string) {
    const solution = isId('sol', solutionId) ? await this.deps.catalog.solution(solutionId) : null;
    return requireKnown(caller, solution, 'solutionId');
  }

  /** The counter of the window a call made now would count in (the shim's own rule: `quotaWindowAt`). */
  private async current(userId: string, solutionId: string): Promise<SolutionUsageView> {
    const tier = await this.deps.tiers.tierOf(userId, solutionId);
    const terms = (await this.deps.tiers.termsOf?.(userId, solutionId)) ?? null;
    const policy = withPaidTerms(await this.deps.catalog.policy(solutionId, tier), terms);
    if (!policy) throw notFound('Solution');
    const now = this.deps.clock.now();
    const window = quotaWindowAt(policy, terms, now);
    const counter = await this.repos.counters.read(keys.counter(solutionId, userId, tier, window.id));
    const used = counter?.used ?? 0;
    const limit = policy.callAllowance;
    const daysUntil = (end: Date) => Math.max(0, Math.ceil((end.getTime() - now.getTime()) / DAY));

    let windowStart: Date | null;
    let windowEnd: Date | null;
    let daysRemaining: number;
    if (policy.window.kind === 'trial') {
      // A trial starts with the first call; before it, the whole trial lies ahead.
      windowStart = counter ? new Date(counter.windowStart) : null;
      windowEnd = counter ? new Date(counter.windowEnd) : null;
      daysRemaining = windowEnd ? daysUntil(windowEnd) : policy.window.days;
    } else {
      windowEnd = window.endIfStartedNow;
      windowStart = new Date(windowEnd.getTime() - window.seconds * 1000);
      daysRemaining = daysUntil(windowEnd);
    }
    return {
      userId,
      solutionId,
      tier,
      used,
      limit,
      remaining: Math.max(0, limit - used),
      windowKind: policy.window.kind,
      windowStart,
      windowEnd,
      daysRemaining,
      trialEnded: policy.window.kind === 'trial' && windowEnd !== null && windowEnd.getTime() <= now.getTime(),
      ratePerSecond: policy.ratePerSecond,
      limitMode: policy.limitMode,
      overage: policy.limitMode === 'soft' ? Math.max(0, used - limit) : 0,
    };
  }
}
