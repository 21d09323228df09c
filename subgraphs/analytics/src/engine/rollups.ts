/**
 * Rollups: answers precomputed at compaction so the dashboards' heavy questions read thousands of rows, not
 * millions — always exactly equal to the same question over the raw events.
 *
 * Per day (one file per day and generation, next to the day's events, `rollups/<name>/date=D/part-<g>.parquet`):
 *   calls_daily     calls summed per day × every published field of `calls` (+ user_id): sums are exact, and
 *                   distinct counts of any of those fields are too, because the day grain drops only the minute
 *   outcome_daily   calls per day × solution × outcome (the platform's totals, its daily chart by outcome and the
 *                   popular-solutions ranking: a few rows a day, where calls_daily has one per caller)
 * Over the whole log (`rollups/summary/part-<seq>.*`, rewritten by each compaction from the days it changed):
 *   activity        who was active on which days: one row per month × kind × solution × subject (a user id, or an
 *                   anonymous caller's keyed fingerprint) with a bitmask of the month's days (bit d-1 = day d)
 *   call_firsts     the first call of each (solution, fingerprint, user or anonymous): what conversions are made of
 *   outcome_daily   the per-day rollup of that name, for every day the summary covers
 *   business        every event but calls (sign-ups, subscriptions, payments, trials…): what the money and funnel
 *                   figures read, without opening each day's file of calls
 * The first two are merged with idempotent aggregates (bitwise OR, min, max), so a summary that includes an older
 * generation of a day, unioned with the newer generation's contribution, is still exact: readers add, for every
 * day the summary does not cover at its current generation, that day's contribution computed from its events,
 * and for raw batches not compacted yet, theirs. The last two are kept per day: a new summary replaces the rows of the
 * days it merges, and readers take from it only the days it covers at their newest generation (the others from
 * their own files), plus the raw batches. A day whose per-day rollup is missing (a crash between the
 * events file and its rollups) is rolled up from its events at query time the same way.
 *
 * The statements are DuckDB's (compaction writes Parquet with COPY); queries over the views stay in the ANSI
 * subset plus the dialect's bit operations (Athena: bitwise_and, bitwise_or_agg).
 */
export const DAILY_ROLLUPS = ['calls_daily', 'outcome_daily'] as const;
export type DailyRollup = (typeof DAILY_ROLLUPS)[number];
export const SUMMARY_TABLES = ['activity', 'call_firsts'] as const;
export type SummaryTable = (typeof SUMMARY_TABLES)[number];
/** The summary's tables kept per day (replaced, not merged, when a day is merged again). */
export const DAY_SUMMARY_TABLES = ['outcome_daily', 'business'] as const;
export type DaySummaryTable = (typeof DAY_SUMMARY_TABLES)[number];
export type AnySummaryTable = SummaryTable | DaySummaryTable;
export const ALL_SUMMARY_TABLES: readonly AnySummaryTable[] = [...SUMMARY_TABLES, ...DAY_SUMMARY_TABLES];
export const isDaySummaryTable = (name: AnySummaryTable): name is DaySummaryTable => (DAY_SUMMARY_TABLES as readonly string[]).includes(name);
/** The view of every event but calls (internal, like `events`). */
export const BUSINESS_EVENTS = 'business_events';

/** Each rollup as a SELECT over `src` (a relation with the event columns). */
const ROLLUP_SQL: Record<DailyRollup | AnySummaryTable, (src: string) => string> = {
  calls_daily: (src) => `SELECT CAST(date_trunc('day', time) AS TIMESTAMP) AS time, solution_id, partner_id, tier, outcome, endpoint, consumer, user_id, near_limit,
      CAST(sum(calls) AS BIGINT) AS calls, CAST(sum(units) AS BIGINT) AS units
    FROM ${src} WHERE type = 'call' GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9`,
  outcome_daily: (src) => `SELECT CAST(date_trunc('day', time) AS TIMESTAMP) AS time, solution_id, outcome, CAST(sum(calls) AS BIGINT) AS calls
    FROM ${src} WHERE type = 'call' GROUP BY 1, 2, 3`,
  activity: (src) => `SELECT CAST(date_trunc('month', time) AS TIMESTAMP) AS month, CASE WHEN user_id IS NULL THEN 'anon' ELSE 'user' END AS kind,
      solution_id, COALESCE(user_id, fingerprint) AS subject, CAST(bit_or(CAST(1 AS BIGINT) << (day(time) - 1)) AS BIGINT) AS mask
    FROM ${src} WHERE type = 'call' AND (user_id IS NOT NULL OR fingerprint IS NOT NULL) GROUP BY 1, 2, 3, 4`,
  call_firsts: (src) => `SELECT solution_id, fingerprint, user_id, min(time) AS first_at, max(partner_id) AS partner_id, max(consumer) AS consumer
    FROM ${src} WHERE type = 'call' AND fingerprint IS NOT NULL GROUP BY 1, 2, 3`,
  business: (src) => `SELECT * FROM ${src} WHERE type <> 'call'`,
};

/** How a summary table merges its rows (the previous summary's and new contributions'). */
const MERGE_SQL: Record<SummaryTable, (src: string) => string> = {
  activity: (src) => `SELECT month, kind, solution_id, subject, CAST(bit_or(mask) AS BIGINT) AS mask FROM ${src} GROUP BY 1, 2, 3, 4`,
  call_firsts: (src) => `SELECT solution_id, fingerprint, user_id, min(first_at) AS first_at, max(partner_id) AS partner_id, max(consumer) AS consumer FROM ${src} GROUP BY 1, 2, 3`,
};

/** Sort orders that let a query for one solution (or a few days) skip most of a file by its row-group statistics. */
const ORDER: Record<DailyRollup | AnySummaryTable, string> = {
  calls_daily: 'solution_id, tier, time',
  outcome_daily: 'solution_id, time',
  activity: 'kind, month, solution_id',
  call_firsts: 'solution_id, fingerprint',
  business: 'type, time',
};

/** The engine's view of a rollup; internal (it has user ids), like `events` and `fresh_events`. */
export const rollupView = (name: DailyRollup | SummaryTable) => `rollup_${name}`;
/** Views over the log that only the service's own statements may read (the SQL endpoint refuses their names). */
export const LOG_VIEWS = ['events', 'fresh_events', BUSINESS_EVENTS, ...DAILY_ROLLUPS.map(rollupView), ...SUMMARY_TABLES.map(rollupView)];

export const rollupSelect = (name: DailyRollup | AnySummaryTable, src: string) => ROLLUP_SQL[name](src);
export const summaryMerge = (name: SummaryTable, src: string) => `${MERGE_SQL[name](src)} ORDER BY ${ORDER[name]}`;
export const rollupOrder = (name: DailyRollup | AnySummaryTable) => ORDER[name];
/** A condition keeping rows whose day (UTC) is not one of `days` (YYYY-MM-DD), or none when there are none. */
export const notOnDays = (days: readonly string[]) => (days.length ? `CAST(time AS DATE) NOT IN (${days.map((d) => `DATE '${d}'`).join(', ')})` : 'true');

/**
 * Whole UTC days covered by [from, to), per month: the mask of the month's days inside the range. Null when the
 * range does not start and end at midnight (such ranges are answered from the raw events).
 */
export function dayMasks(from: Date, to: Date): { month: string; mask: bigint }[] | null {
  const DAY = 86_400_000;
  if (from.getTime() % DAY !== 0 || to.getTime() % DAY !== 0 || to <= from) return null;
  const masks = new Map<string, bigint>();
  for (let t = from.getTime(); t < to.getTime(); t += DAY) {
    const day = new Date(t);
    const month = `${day.toISOString().slice(0, 7)}-01 00:00:00`;
    masks.set(month, (masks.get(month) ?? 0n) | (1n << BigInt(day.getUTCDate() - 1)));
  }
  return [...masks].map(([month, mask]) => ({ month, mask }));
}

/**
 * The wanted days as a relation `(month, want)` to join `activity` with: `activity a JOIN (…) w ON a.month =
 * w.month WHERE bitAnd(a.mask, w.want) <> 0` keeps the subjects active on at least one day of the range.
 */
export function wantedDaysSql(masks: readonly { month: string; mask: bigint }[]): string {
  return `(VALUES ${masks.map((m) => `(CAST('${m.month}' AS TIMESTAMP), CAST(${m.mask} AS BIGINT))`).join(', ')})`;
}
