import { type Tier, TIERS } from '@marketplace/contracts';
import { type Caller, forbidden, InputError, notFound, signedIn } from '@marketplace/shared';
import { sqlTime } from '../datasets/query-builder.ts';
import type { Cell } from '../engine/query-engine.ts';
import type { AnalyticsService } from './analytics.service.ts';
import { isPlatformReader } from './access.ts';
import { cohortActivity, dailyOutcomes, SIGNUPS, solutionTotals, type Statement } from './call-facts.ts';

/** A calls row's tier as GraphQL's `Tier`; null for '-' (refused before a tier applied). */
const tierOf = (cell: Cell | undefined): Tier | null => ((TIERS as readonly unknown[]).includes(cell) ? (cell as Tier) : null);

export interface Funnel {
  /** Anonymous trials started in the range (keyed fingerprints per solution, from `trial.started`). */
  anonymous: number;
  /** Of them, seen later with a registered key (conversions whose first keyed call is in the range). */
  registered: number;
  /** Of the registered, those who subscribed. */
  paid: number;
  registeredRate: number | null;
  paidRate: number | null;
  medianSecondsToRegister: number | null;
  medianSecondsToPay: number | null;
}

/** Calls of one day (UTC) with one verdict code. */
export interface DayOutcome {
  day: Date;
  outcome: string;
  calls: number;
}

export interface PartnerFigures {
  solutionId: string;
  calls: number;
  /** Calls per day and outcome, days without calls left out. */
  daily: DayOutcome[];
  /** Tier adoption: distinct callers (consumers, or anonymous fingerprints) and calls per tier. */
  tiers: { tier: Tier | null; callers: number; calls: number }[];
  /** Payments minus refunds, and the platform's commission of them. */
  revenuePaise: number;
  commissionPaise: number;
  funnel: Funnel;
  uniqueConsumers: number;
  uniqueAnonymous: number;
  topConsumers: { consumer: string; calls: number }[];
  /** Registered consumers at ≥ 80 % (upgrade prompt) or 100 % (refused) of their current tier's allowance in its current window (LEADS). */
  leads: { at80: number; at100: number; consumers: { consumer: string; tier: Tier; reached: number }[] };
  freshAt: Date | null;
}

export interface PlatformFigures {
  calls: number;
  daily: DayOutcome[];
  /** Sign-ups per day (UTC), days without any left out. */
  signupsDaily: { day: Date; count: number }[];
  activeCustomers: number;
  signups: number;
  payingCustomers: number;
  mrrPaise: number;
  arrPaise: number;
  /** Subscriptions cancelled in the range ÷ subscriptions active at its start (null when none were). */
  churnRate: number | null;
  revenuePaise: number;
  commissionPaise: number;
  /** The top 10 by calls, by customers and by revenue (each solution once), by calls first. */
  popularSolutions: { solutionId: string; calls: number; customers: number; revenuePaise: number }[];
  funnel: Funnel;
  cohorts: { week: Date; size: number; retention: number[] }[];
  freshAt: Date | null;
}

/** A customer's own usage of one solution: the figures behind their usage dashboard. */
export interface CustomerFigures {
  solutionId: string;
  calls: number;
  daily: DayOutcome[];
  /** Per key (the caller's keys only), refused = every outcome but VALID. */
  byKey: { keyId: string; calls: number; refused: number }[];
  byEndpoint: { endpoint: string; calls: number; refused: number }[];
  /** Calls per hour of the day in UTC: 24 numbers, index 0 = 00:00–01:00. */
  hourOfDay: number[];
  /** The caller's tier changes on the solution up to the end of the range (grants, subscriptions), newest first. */
  tierHistory: { time: Date; change: string; tier: Tier | null; previousTier: Tier | null }[];
  freshAt: Date | null;
}

const MAX_RANGE_DAYS = 400;
const TIER_CHANGES = ['tier.granted', 'trial.started', 'trial.ended', 'subscription.started', 'subscription.changed', 'subscription.cancelled'];
const IN_RANGE = 'time >= CAST(? AS TIMESTAMP) AND time < CAST(? AS TIMESTAMP)';
const dayOutcomes = (rows: Record<string, Cell>[]): DayOutcome[] =>
  rows.map((r) => ({ day: new Date(String(r.day)), outcome: String(r.outcome), calls: num(r.calls) }));
const DAILY_BY_OUTCOME = (where: string) =>
  `SELECT date_trunc('day', time) AS day, outcome, sum(calls) AS calls FROM ev_calls WHERE ${where} GROUP BY 1, 2 ORDER BY 1, 2`;
/** A statement's name, as a leading comment (the bench and the engine's profile show it). */
const named = (name: string) => `/* ${name} */ `;
const num = (cell: Cell | undefined) => (cell === null || cell === undefined ? 0 : Number(cell));
const rate = (part: number, whole: number) => (whole > 0 ? part / whole : null);
const orNull = (cell: Cell | undefined) => (cell === null || cell === undefined ? null : Number(cell));

function checkRange(from: Date, to: Date): void {
  if (!(to > from)) throw new InputError('to', 'to must be after from.');
  if (to.getTime() - from.getTime() > MAX_RANGE_DAYS * 86_400_000) throw new InputError('to', `The range is longer than ${MAX_RANGE_DAYS} days: narrow it.`);
}

/**
 * Platform overviews already answered, per range and version of the log (`AnalyticsService.version`: the files the
 * views read). A new batch or compaction makes a new version, so nothing is served that the log has moved past;
 * concurrent requests for the same overview share one computation. The newest `size` are kept.
 */
export class FiguresCache {
  private readonly answers = new Map<string, Promise<PlatformFigures>>();

  constructor(private readonly size = 32) {}

  get(key: string, compute: () => Promise<PlatformFigures>): Promise<PlatformFigures> {
    const known = this.answers.get(key);
    if (known) return known;
    const answer = compute();
    this.answers.set(key, answer);
    // A failure is not kept: the next request computes again.
    answer.catch(() => this.answers.delete(key));
    while (this.answers.size > this.size) this.answers.delete(this.answers.keys().next().value!);
    return answer;
  }
}

/** A tier's place in TIERS (anonymous 0 … enterprise 3; -1 for none) as SQL: tiers compare by rank, never by name. */
const TIER_RANK = `CASE tier ${TIERS.map((t, i) => `WHEN '${t}' THEN ${i}`).join(' ')} ELSE -1 END`;

/**
 * A solution's leads (`solution`, `from`, `to`): each registered consumer's CURRENT tier — the one of its latest call
 * in the range; of calls in the same minute the higher by TIERS' order, never by name — and how much of that tier's
 * allowance it reached in its current window: 80 when a call was allowed at ≥ 80 % of it (the upgrade prompt), 100
 * when one was refused because nothing was left (QUOTA_EXCEEDED, or TRIAL_EXPIRED: the trial's time is up). Only
 * calls at that tier count, and only since the consumer moved to it (its latest call at another tier) and since its
 * window last started afresh (its latest call allowed under 80 %: a new period, or a larger allowance), so a customer
 * refused as Registered who then upgraded is no Pro lead until they near the Pro allowance. Calls refused for
 * anything else (RATE_LIMITED, a revoked key) say nothing about the allowance. Consumers below 80 % are no leads.
 */
const LEADS = `WITH c AS MATERIALIZED (
    SELECT consumer, time, tier, outcome, COALESCE(near_limit, false) AS near FROM ev_calls
    WHERE solution = ? AND time >= CAST(? AS TIMESTAMP) AND time < CAST(? AS TIMESTAMP) AND NOT anonymous AND consumer IS NOT NULL
      AND tier IS NOT NULL AND tier <> '-'),
  latest AS (SELECT consumer, arg_max(tier, epoch_ms(time) * ${TIERS.length} + ${TIER_RANK}) AS tier FROM c GROUP BY consumer),
  since AS (
    SELECT l.consumer, l.tier, max(CASE WHEN c.tier <> l.tier THEN c.time END) AS moved_at,
      max(CASE WHEN c.tier = l.tier AND c.outcome = 'VALID' AND NOT c.near THEN c.time END) AS fresh_at
    FROM latest l JOIN c ON c.consumer = l.consumer GROUP BY l.consumer, l.tier)
  SELECT s.consumer, s.tier, max(CASE WHEN c.outcome = 'VALID' THEN 80 ELSE 100 END) AS reached
  FROM since s JOIN c ON c.consumer = s.consumer AND c.tier = s.tier
  WHERE (s.moved_at IS NULL OR c.time >= s.moved_at) AND (s.fresh_at IS NULL OR c.time >= s.fresh_at)
    AND ((c.outcome = 'VALID' AND c.near) OR c.outcome IN ('QUOTA_EXCEEDED', 'TRIAL_EXPIRED'))
  GROUP BY s.consumer, s.tier ORDER BY reached DESC, s.consumer LIMIT 100`;

/** The figures dashboards show ready-made: a partner's solution and the platform. */
export class Figures {
  constructor(
    private readonly analytics: AnalyticsService,
    private readonly solutions: { solution(id: string): Promise<{ id: string; partnerId: string } | null> },
    private readonly cache?: FiguresCache,
  ) {}

  async partner(caller: Caller, solutionId: string, from: Date, to: Date): Promise<PartnerFigures> {
    checkRange(from, to);
    if (!isPlatformReader(caller) && !caller.roles.includes('partner')) throw forbidden('Solution analytics are for its partner, analysts and admins.');
    // An id of none is a mistake to point out, not a solution with no calls; another partner's solution is answered
    // alike (NOT_FOUND on solutionId), so a partner's question never confirms that someone else's exists.
    const solution = await this.solutions.solution(solutionId);
    if (!solution || (!isPlatformReader(caller) && solution.partnerId !== caller.userId)) throw notFound('Solution', 'solutionId');
    const range: Cell[] = [sqlTime(from), sqlTime(to)];
    const inRange = 'time >= CAST(? AS TIMESTAMP) AND time < CAST(? AS TIMESTAMP)';
    const [totals, funnel, top, leads, freshAt, daily, tiers, money] = await Promise.all([
      this.analytics.run(
        `SELECT sum(calls) AS calls, count(DISTINCT consumer) AS consumers, count(DISTINCT CASE WHEN anonymous THEN fingerprint END) AS anonymous
         FROM ev_calls WHERE solution = ? AND ${inRange}`,
        [solutionId, ...range],
      ),
      this.funnel(range, solutionId),
      this.analytics.run(
        `SELECT consumer, sum(calls) AS calls FROM ev_calls WHERE solution = ? AND ${inRange} AND consumer IS NOT NULL
         GROUP BY consumer ORDER BY calls DESC, consumer LIMIT 10`,
        [solutionId, ...range],
      ),
      this.analytics.run(LEADS, [solutionId, ...range]),
      this.analytics.freshAt(),
      this.runStatement(dailyOutcomes(range, solutionId)),
      this.analytics.run(
        `SELECT tier, count(DISTINCT CASE WHEN anonymous THEN fingerprint ELSE consumer END) AS callers, sum(calls) AS calls
         FROM ev_calls WHERE solution = ? AND ${inRange} GROUP BY tier ORDER BY calls DESC, ${TIER_RANK}`,
        [solutionId, ...range],
      ),
      this.analytics.run(`SELECT sum(amount_paise) AS revenue, sum(commission_paise) AS commission FROM ev_revenue WHERE solution = ? AND ${inRange}`, [solutionId, ...range]),
    ]);
    const t = totals.rows[0] ?? {};
    // A lead is a registered consumer, so always of a tier; a row of none (never written so) is not a lead.
    const leadRows = leads.rows.flatMap((r) => {
      const tier = tierOf(r.tier);
      return tier ? [{ consumer: String(r.consumer), tier, reached: num(r.reached) }] : [];
    });
    return {
      solutionId,
      calls: num(t.calls),
      daily: dayOutcomes(daily.rows),
      tiers: tiers.rows.map((r) => ({ tier: tierOf(r.tier), callers: num(r.callers), calls: num(r.calls) })),
      revenuePaise: num(money.rows[0]?.revenue),
      commissionPaise: num(money.rows[0]?.commission),
      funnel,
      uniqueConsumers: num(t.consumers),
      uniqueAnonymous: num(t.anonymous),
      topConsumers: top.rows.map((r) => ({ consumer: String(r.consumer), calls: num(r.calls) })),
      leads: { at80: leadRows.length, at100: leadRows.filter((l) => l.reached === 100).length, consumers: leadRows },
      freshAt,
    };
  }

  async platform(caller: Caller, from: Date, to: Date): Promise<PlatformFigures> {
    if (!isPlatformReader(caller)) throw forbidden('Platform analytics are for analysts and admins.');
    checkRange(from, to);
    if (!this.cache) return this.platformFigures(from, to);
    const version = await this.analytics.version();
    return this.cache.get(`${version} ${from.toISOString()} ${to.toISOString()}`, () => this.platformFigures(from, to));
  }

  private async platformFigures(from: Date, to: Date): Promise<PlatformFigures> {
    const range: Cell[] = [sqlTime(from), sqlTime(to)];
    const inRange = 'time >= CAST(? AS TIMESTAMP) AND time < CAST(? AS TIMESTAMP)';
    // The latest state of each subscription before a moment: active unless its last event cancelled it; its MRR
    // the price after that event (a repriced one from the day the new price applies). Of events at the same
    // moment, a cancellation is the latest.
    const activeAt = `SELECT user_id, mrr_paise FROM (
        SELECT user_id, mrr_paise, kind, row_number() OVER (PARTITION BY ref ORDER BY time DESC, CASE kind WHEN 'cancelled' THEN 0 ELSE 1 END) AS latest
        FROM ev_subscriptions WHERE time < CAST(? AS TIMESTAMP)) s WHERE latest = 1 AND kind <> 'cancelled'`;
    const signupsDaily = this.analytics
      .run(`${named('signups')}SELECT date_trunc('day', time) AS day, count(*) AS signups FROM ${SIGNUPS} WHERE ${inRange} GROUP BY 1 ORDER BY 1`, range)
      .then(({ rows }) => rows.map((r) => ({ day: new Date(String(r.day)), count: num(r.signups) })));
    const [totals, atEnd, atStart, cancelled, money, funnel, cohorts, freshAt, daily, signups] = await Promise.all([
      this.runStatement(solutionTotals(range), 'calls, customers, popular solutions'),
      this.analytics.run(`${named('paying')}SELECT count(DISTINCT user_id) AS paying, sum(mrr_paise) AS mrr FROM (${activeAt}) a`, [range[1]!]),
      this.analytics.run(`${named('active at start')}SELECT count(*) AS active FROM (${activeAt}) a`, [range[0]!]),
      this.analytics.run(`${named('cancelled')}SELECT count(*) AS cancelled FROM ev_subscriptions WHERE kind = 'cancelled' AND COALESCE(reason, '') <> 'plan-change' AND ${inRange}`, range),
      this.analytics.run(`${named('revenue')}SELECT sum(amount_paise) AS revenue, sum(commission_paise) AS commission FROM ev_revenue WHERE ${inRange}`, range),
      this.funnel(range, null),
      signupsDaily.then((days) => this.cohorts(range, days)),
      this.analytics.freshAt(),
      this.runStatement(dailyOutcomes(range), 'daily by outcome'),
      signupsDaily,
    ]);
    const mrr = num(atEnd.rows[0]?.mrr);
    const platform = totals.rows.find((r) => r.platform === 1) ?? {};
    return {
      calls: num(platform.calls),
      daily: dayOutcomes(daily.rows),
      signupsDaily: signups,
      activeCustomers: num(platform.customers),
      signups: signups.reduce((sum, day) => sum + day.count, 0),
      payingCustomers: num(atEnd.rows[0]?.paying),
      mrrPaise: mrr,
      arrPaise: mrr * 12,
      churnRate: rate(num(cancelled.rows[0]?.cancelled), num(atStart.rows[0]?.active)),
      revenuePaise: num(money.rows[0]?.revenue),
      commissionPaise: num(money.rows[0]?.commission),
      popularSolutions: totals.rows.filter((r) => r.platform === 0).map((r) => ({ solutionId: String(r.solution), calls: num(r.calls), customers: num(r.customers), revenuePaise: num(r.revenue) })),
      funnel,
      cohorts,
      freshAt,
    };
  }

  /** The caller's own calls to one solution (any signed-in user; only their own keys' calls are counted). */
  async customer(caller: Caller, solutionId: string, from: Date, to: Date): Promise<CustomerFigures> {
    const { userId } = signedIn(caller);
    checkRange(from, to);
    // Your calls to a solution that does not exist are not zero: the id is NOT_FOUND, as on every id argument.
    if (!(await this.solutions.solution(solutionId))) throw notFound('Solution', 'solutionId');
    const range: Cell[] = [sqlTime(from), sqlTime(to)];
    const mine = `user_id = ? AND solution = ? AND ${IN_RANGE}`;
    const args: Cell[] = [userId, solutionId, ...range];
    const refused = "sum(CASE WHEN outcome <> 'VALID' THEN calls ELSE 0 END) AS refused";
    const [daily, byKey, byEndpoint, hours, history, freshAt] = await Promise.all([
      this.analytics.run(DAILY_BY_OUTCOME(mine), args),
      this.analytics.run(`SELECT key_id, sum(calls) AS calls, ${refused} FROM ev_calls WHERE ${mine} AND key_id IS NOT NULL GROUP BY key_id ORDER BY calls DESC, key_id`, args),
      this.analytics.run(`SELECT endpoint, sum(calls) AS calls, ${refused} FROM ev_calls WHERE ${mine} GROUP BY endpoint ORDER BY calls DESC, endpoint LIMIT 100`, args),
      this.analytics.run(`SELECT hour(time) AS hour, sum(calls) AS calls FROM ev_calls WHERE ${mine} GROUP BY 1`, args),
      this.analytics.run(
        `SELECT time, type, tier, previous_tier FROM business_events WHERE user_id = ? AND solution_id = ? AND time < CAST(? AS TIMESTAMP)
         AND type IN (${TIER_CHANGES.map(() => '?').join(', ')}) ORDER BY time DESC LIMIT 50`,
        [userId, solutionId, range[1]!, ...TIER_CHANGES],
      ),
      this.analytics.freshAt(),
    ]);
    const hourOfDay = Array.from({ length: 24 }, (_, h) => num(hours.rows.find((r) => num(r.hour) === h)?.calls));
    return {
      solutionId,
      calls: hourOfDay.reduce((a, b) => a + b, 0),
      daily: dayOutcomes(daily.rows),
      byKey: byKey.rows.map((r) => ({ keyId: String(r.key_id), calls: num(r.calls), refused: num(r.refused) })),
      byEndpoint: byEndpoint.rows.map((r) => ({ endpoint: String(r.endpoint), calls: num(r.calls), refused: num(r.refused) })),
      hourOfDay,
      tierHistory: history.rows.map((r) => ({
        time: new Date(String(r.time)),
        change: String(r.type),
        tier: tierOf(r.tier),
        previousTier: tierOf(r.previous_tier),
      })),
      freshAt,
    };
  }

  /** A statement of call-facts.ts (the rollups over whole days, the calls otherwise), named when given a name. */
  private runStatement(statement: Statement, name?: string) {
    return this.analytics.run(`${name ? named(name) : ''}${statement.sql}`, statement.params);
  }

  /**
   * anonymous → registered → paid, for one solution or the platform (conversions are per solution): the anonymous
   * trials that started in the range (the shim's `trial.started` of anonymous callers), and the conversions dated
   * in it.
   */
  private async funnel(range: Cell[], solutionId: string | null): Promise<Funnel> {
    const one = solutionId ? 'solution_id = ? AND ' : '';
    const only = solutionId ? [solutionId] : [];
    const q = this.analytics;
    const [anonymous, converted] = await Promise.all([
      q.run(
        `${named('funnel: anonymous')}SELECT count(*) AS anonymous FROM (SELECT DISTINCT solution_id, fingerprint FROM business_events
         WHERE type = 'trial.started' AND tier = 'anonymous' AND ${one}${IN_RANGE}) t`,
        [...only, ...range],
      ),
      q.run(
        `${named('funnel: conversions')}SELECT count(*) AS registered, sum(paid) AS paid, ${q.dialect.quantile('seconds_to_register', 0.5)} AS to_register,
           ${q.dialect.quantile('seconds_to_pay', 0.5)} AS to_pay
         FROM ev_conversions WHERE ${solutionId ? 'solution = ? AND ' : ''}${IN_RANGE}`,
        [...only, ...range],
      ),
    ]);
    const anon = num(anonymous.rows[0]?.anonymous);
    const c = converted.rows[0] ?? {};
    const registered = num(c.registered);
    const paid = num(c.paid);
    return {
      anonymous: anon,
      registered,
      paid,
      registeredRate: rate(registered, anon),
      paidRate: rate(paid, registered),
      medianSecondsToRegister: orNull(c.to_register),
      medianSecondsToPay: orNull(c.to_pay),
    };
  }

  /**
   * Weekly sign-up cohorts (sized from the daily sign-ups already read): of the users who signed up in a week, the
   * share making keyed calls k weeks later.
   */
  private async cohorts(range: Cell[], signupsDaily: readonly { day: Date; count: number }[]): Promise<PlatformFigures['cohorts']> {
    const sizes = new Map<number, number>();
    for (const { day, count } of signupsDaily) {
      // Weeks start on Monday (UTC), as the engine's date_trunc('week') has them.
      const week = day.getTime() - ((day.getUTCDay() + 6) % 7) * 86_400_000;
      sizes.set(week, (sizes.get(week) ?? 0) + count);
    }
    if (sizes.size === 0) return [];
    const active = await this.runStatement(cohortActivity(range), 'cohorts');
    const end = new Date(String(range[1]).replace(' ', 'T') + 'Z');
    return [...sizes].map(([start, size]) => {
      const week = new Date(start);
      const weeks = Math.max(1, Math.ceil((end.getTime() - start) / (7 * 86_400_000)));
      const retention = Array.from({ length: Math.min(weeks, 26) }, (_, k) => {
        const hit = active.rows.find((a) => new Date(String(a.cohort)).getTime() === start && num(a.week_no) === k);
        return size ? num(hit?.active) / size : 0;
      });
      return { week, size, retention };
    });
  }
}
