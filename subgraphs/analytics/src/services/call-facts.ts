import type { Cell } from '../engine/query-engine.ts';
import { dayMasks, wantedDaysSql } from '../engine/rollups.ts';

/**
 * The call-derived figures of the dashboards as statements over the rollups (rollups.ts) when the range is whole
 * UTC days, else over the calls themselves: the same rows either way (rollups.test.ts proves it), but the rollups
 * read a summary of who was active on which day instead of every call. Each returns `{ sql, params }` for
 * `AnalyticsService.run`. Bit operations and day arithmetic are DuckDB's spelling (`&`, `to_days`; Athena:
 * `bitwise_and`, `date_add`).
 */
export interface Statement {
  sql: string;
  params: Cell[];
}

const inRange = 'time >= CAST(? AS TIMESTAMP) AND time < CAST(? AS TIMESTAMP)';
/** Sign-ups straight from the events (the `signups` view also works out whether each was verified: not needed here). */
export const SIGNUPS = "(SELECT time, user_id FROM business_events WHERE type = 'user.signed_up')";
const toDate = (cell: Cell | undefined) => new Date(`${String(cell).replace(' ', 'T')}Z`);
/** Tests: answer every statement from the calls themselves (what the rollups must equal). */
export const fromCalls = { only: false };
/** `rollup_activity a` restricted to subjects active on a day of the range, or null for a range of partial days. */
function activeIn(range: readonly Cell[]): string | null {
  const masks = fromCalls.only ? null : dayMasks(toDate(range[0]), toDate(range[1]));
  return masks && `rollup_activity a JOIN ${wantedDaysSql(masks)} AS w(month, want) ON a.month = w.month`;
}
const active = '(a.mask & w.want) <> 0';

/**
 * The platform's calls and distinct keyed customers, and each solution's calls, customers and revenue, kept when
 * it is in the top 10 by any of the three (ties at zero are no rank), so a page can rank by each — from one read of
 * who was active: `{ solution, calls, customers, revenue, platform }`, the platform's row first (`platform` 1,
 * no solution, no revenue), then the solutions, most calls first.
 */
export function solutionTotals(range: Cell[]): Statement {
  const from = activeIn(range);
  // Per solution and for the platform (grouping sets: `platform` is 1 on the platform's row).
  const perSolution = from
    ? `SELECT c.solution, c.calls, COALESCE(u.customers, 0) AS customers, c.platform FROM
         (SELECT solution_id AS solution, sum(calls) AS calls, GROUPING(solution_id) AS platform FROM rollup_outcome_daily WHERE ${inRange}
          GROUP BY GROUPING SETS ((solution_id), ())) c
         LEFT JOIN (SELECT a.solution_id AS solution, count(DISTINCT a.subject) AS customers, GROUPING(a.solution_id) AS platform FROM ${from}
          WHERE a.kind = 'user' AND ${active} GROUP BY GROUPING SETS ((a.solution_id), ())) u
         ON u.platform = c.platform AND (c.platform = 1 OR u.solution = c.solution)`
    : `SELECT solution, sum(calls) AS calls, count(DISTINCT user_id) AS customers, GROUPING(solution) AS platform FROM ev_calls WHERE ${inRange}
         GROUP BY GROUPING SETS ((solution), ())`;
  return {
    sql: `WITH totals AS MATERIALIZED (${perSolution}),
      s AS (SELECT COALESCE(c.solution, r.solution) AS solution, COALESCE(c.calls, 0) AS calls, COALESCE(c.customers, 0) AS customers, COALESCE(r.revenue, 0) AS revenue
          FROM (SELECT * FROM totals WHERE platform = 0) c
          FULL OUTER JOIN (SELECT solution, sum(amount_paise) AS revenue FROM ev_revenue WHERE ${inRange} GROUP BY solution) r ON r.solution = c.solution)
      SELECT NULL AS solution, COALESCE(calls, 0) AS calls, customers, NULL AS revenue, 1 AS platform FROM totals WHERE platform = 1
      UNION ALL
      SELECT solution, calls, customers, revenue, 0 AS platform FROM (
        SELECT s.*, row_number() OVER (ORDER BY calls DESC, solution) AS by_calls, row_number() OVER (ORDER BY customers DESC, solution) AS by_customers,
          row_number() OVER (ORDER BY revenue DESC, solution) AS by_revenue FROM s) ranked
      WHERE by_calls <= 10 OR (by_customers <= 10 AND customers > 0) OR (by_revenue <= 10 AND revenue > 0)
      ORDER BY platform DESC, calls DESC, solution`,
    params: [...range, ...range],
  };
}

/** Calls per day by outcome, of one solution or the platform: `{ day, outcome, calls }` in day order. */
export function dailyOutcomes(range: Cell[], solutionId: string | null = null): Statement {
  const whole = activeIn(range) !== null;
  const solution = solutionId ? `${whole ? 'solution_id' : 'solution'} = ? AND ` : '';
  return {
    sql: `SELECT date_trunc('day', time) AS day, outcome, sum(calls) AS calls FROM ${whole ? 'rollup_outcome_daily' : 'ev_calls'} WHERE ${solution}${inRange}
      GROUP BY 1, 2 ORDER BY 1, 2`,
    params: [...(solutionId ? [solutionId] : []), ...range],
  };
}

/** Day-of-month bits with their values: a month's mask unpacked into days. */
const BITS = `(VALUES ${Array.from({ length: 31 }, (_, i) => `(${i}, CAST(${2 ** i} AS BIGINT))`).join(', ')}) AS b(bit, flag)`;

/**
 * Of the users who signed up in the range (weekly cohorts), how many made keyed calls k weeks later:
 * `{ cohort, week_no, active }`.
 */
export function cohortActivity(range: Cell[]): Statement {
  const signups = `SELECT user_id, date_trunc('week', time) AS cohort FROM ${SIGNUPS} s WHERE ${inRange}`;
  const from = activeIn(range);
  if (!from) {
    return {
      sql: `SELECT s.cohort, date_diff('week', s.cohort, a.week) AS week_no, count(DISTINCT a.user_id) AS active
        FROM (${signups}) s JOIN (SELECT DISTINCT user_id, date_trunc('week', time) AS week FROM ev_calls WHERE user_id IS NOT NULL AND ${inRange}) a
          ON a.user_id = s.user_id AND a.week >= s.cohort
        GROUP BY 1, 2`,
      params: [...range, ...range],
    };
  }
  // The signed-up users' activity first (materialized: a handful of rows), then its days unpacked into weeks.
  return {
    sql: `WITH s AS MATERIALIZED (${signups}),
        mine AS MATERIALIZED (SELECT a.subject AS user_id, a.month, a.mask & w.want AS days FROM ${from}
          WHERE a.kind = 'user' AND (a.mask & w.want) <> 0 AND a.subject IN (SELECT user_id FROM s)),
        weeks AS (SELECT DISTINCT m.user_id, date_trunc('week', m.month + to_days(CAST(b.bit AS INTEGER))) AS week FROM mine m CROSS JOIN ${BITS}
          WHERE (m.days & b.flag) <> 0)
      SELECT s.cohort, date_diff('week', s.cohort, a.week) AS week_no, count(DISTINCT a.user_id) AS active
      FROM s JOIN weeks a ON a.user_id = s.user_id AND a.week >= s.cohort
      GROUP BY 1, 2`,
    params: range,
  };
}
