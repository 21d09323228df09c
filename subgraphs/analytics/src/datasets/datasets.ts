/**
 * The published datasets: each is an internal view over `events` or `business_events` (every event but calls; a
 * summary's one file for the compacted days), with `user_id` for scoping, and a public view of the same name
 * without it (what the SQL endpoint sees). Field names are the public view's columns, so a GraphQL query and an
 * analyst's SQL speak the same names. No dataset has names, emails or raw user ids:
 * people appear as `consumer`, a keyed pseudonym.
 *
 * The SQL is the ANSI subset Athena (Trino) shares with DuckDB: `date_trunc`, `date_diff('second', …)`,
 * `count(DISTINCT …)`, window functions; quantiles go through the engine's dialect.
 */
export type DatasetName = 'calls' | 'signups' | 'conversions' | 'subscriptions' | 'revenue' | 'health';
export type FieldType = 'time' | 'string' | 'number' | 'boolean';
export type Scope = 'CUSTOMER' | 'PARTNER' | 'PLATFORM';

export interface FieldDef {
  name: string;
  type: FieldType;
  description: string;
}

export interface DatasetDef {
  name: DatasetName;
  description: string;
  /** The internal view (public columns + user_id). */
  internal: string;
  /**
   * The same view at day grain (minutes summed away), read instead for whole-day ranges without the hour
   * dimension or conditions on numbers: every metric the dataset allows is a sum or a distinct count, so the
   * answers are equal.
   */
  rollup?: string;
  fields: FieldDef[];
  /** What `count` counts: rows, or a column of pre-summed counts (calls are summed per minute). */
  countSql: string;
  /** Numeric fields that may be summed, averaged (per counted item) and, where meaningful, given quantiles. */
  sum: string[];
  avg: string[];
  quantiles: string[];
  uniq: string[];
  /** Non-platform scopes the dataset can be read in, by the column that scopes it. */
  scopes: Partial<Record<Exclude<Scope, 'PLATFORM'>, 'user_id' | 'partner'>>;
  maxRangeDays: number;
  pageSize: number;
}

const f = (name: string, type: FieldType, description: string): FieldDef => ({ name, type, description });
const TIME = f('time', 'time', 'When it happened (UTC); the time dimensions hour, day, week and month truncate it.');
const SOLUTION = f('solution', 'string', 'Solution id.');
const PARTNER = f('partner', 'string', 'Id of the partner who lists the solution.');
const TIER = f('tier', 'string', 'Tier: anonymous, registered, pro or enterprise ("-" for calls refused before a tier applied).');
const CONSUMER = f('consumer', 'string', 'Pseudonymous consumer id (cons_…): stable per user, never their id, name or email.');

export const DATASETS: Record<DatasetName, DatasetDef> = {
  calls: {
    name: 'calls',
    description: 'Validate decisions of the quota shim, summed per minute, solution, consumer, tier, endpoint and outcome.',
    internal: 'ev_calls',
    rollup: 'ev_calls_daily',
    fields: [
      TIME,
      SOLUTION,
      PARTNER,
      TIER,
      f('outcome', 'string', 'Verdict code: VALID, QUOTA_EXCEEDED, RATE_LIMITED, KEY_INVALID…'),
      f('endpoint', 'string', 'Registered endpoint ("METHOD /path"), "-" when the call named none.'),
      CONSUMER,
      f('anonymous', 'boolean', 'True for calls without a key.'),
      f('near_limit', 'boolean', 'The verdict carried the upgrade prompt (≥ 80 % of the allowance used, or refused by the quota).'),
      f('calls', 'number', 'Number of calls in the row.'),
      f('units', 'number', 'Quota units the calls asked for.'),
    ],
    countSql: 'COALESCE(sum(calls), 0)',
    sum: ['calls', 'units'],
    avg: ['units'],
    quantiles: [],
    uniq: ['consumer', 'solution', 'partner', 'endpoint', 'tier'],
    scopes: { CUSTOMER: 'user_id', PARTNER: 'partner' },
    maxRangeDays: 400,
    pageSize: 1000,
  },
  signups: {
    name: 'signups',
    description: 'Accounts created on the platform (platform-wide: analysts and admins).',
    internal: 'ev_signups',
    fields: [TIME, CONSUMER, f('verified', 'boolean', 'The email address was verified (at any time since).')],
    countSql: 'count(*)',
    sum: [],
    avg: [],
    quantiles: [],
    uniq: ['consumer'],
    scopes: {},
    maxRangeDays: 800,
    pageSize: 1000,
  },
  conversions: {
    name: 'conversions',
    description:
      'Anonymous callers of a solution later seen calling it with a registered key (same keyed fingerprint), at the time of that first keyed call; paid when the consumer then subscribed to the solution.',
    internal: 'ev_conversions',
    fields: [
      TIME,
      SOLUTION,
      PARTNER,
      CONSUMER,
      f('paid', 'number', '1 when the consumer went on to subscribe to the solution, else 0.'),
      f('seconds_to_register', 'number', 'Seconds from the first anonymous call to the first keyed call.'),
      f('seconds_to_pay', 'number', 'Seconds from the first keyed call to the subscription (null if none).'),
    ],
    countSql: 'count(*)',
    sum: ['paid'],
    avg: ['seconds_to_register', 'seconds_to_pay'],
    quantiles: ['seconds_to_register', 'seconds_to_pay'],
    uniq: ['consumer', 'solution'],
    scopes: { PARTNER: 'partner' },
    maxRangeDays: 400,
    pageSize: 1000,
  },
  subscriptions: {
    name: 'subscriptions',
    description: 'Subscription changes: started, changed (plan change), repriced (a new price of the tier applied) and cancelled, with the monthly recurring revenue after each.',
    internal: 'ev_subscriptions',
    fields: [
      TIME,
      SOLUTION,
      PARTNER,
      TIER,
      f('previous_tier', 'string', 'The tier before a change.'),
      f('kind', 'string', 'started, changed (the successor of a plan change), repriced (a new price of the tier became its price, dated the first cycle charged at it) or cancelled.'),
      f('reason', 'string', 'Of cancellations: plan-change when a new plan replaced the subscription (not churn), else null.'),
      CONSUMER,
      f('mrr_paise', 'number', 'Monthly recurring revenue of the subscription after the event, in paise (0 once cancelled).'),
    ],
    countSql: 'count(*)',
    sum: ['mrr_paise'],
    avg: ['mrr_paise'],
    quantiles: ['mrr_paise'],
    uniq: ['consumer', 'solution'],
    scopes: { CUSTOMER: 'user_id', PARTNER: 'partner' },
    maxRangeDays: 800,
    pageSize: 1000,
  },
  revenue: {
    name: 'revenue',
    description: 'Payments captured and refunded (refunds negative), with the platform commission of each.',
    internal: 'ev_revenue',
    fields: [
      TIME,
      SOLUTION,
      PARTNER,
      TIER,
      f('kind', 'string', 'payment or refund.'),
      CONSUMER,
      f('amount_paise', 'number', 'Amount in paise, GST included (negative for refunds).'),
      f('commission_paise', 'number', "The platform's commission in paise (negative for refunds)."),
    ],
    countSql: 'count(*)',
    sum: ['amount_paise', 'commission_paise'],
    avg: ['amount_paise'],
    quantiles: ['amount_paise'],
    uniq: ['consumer', 'solution'],
    scopes: { CUSTOMER: 'user_id', PARTNER: 'partner' },
    maxRangeDays: 800,
    pageSize: 1000,
  },
  health: {
    name: 'health',
    description:
      "Checks of solutions' health URLs by the catalog's monitor, one row per check (one per solution per check interval): its outcome and latency. avg of up is the uptime share.",
    internal: 'ev_health',
    fields: [
      TIME,
      SOLUTION,
      PARTNER,
      f('outcome', 'string', 'UP, or why the check failed: TIMEOUT, UNREACHABLE, BLOCKED, REDIRECT, HTTP_STATUS, BAD_BODY, REPORTED_DOWN, INVALID_URL.'),
      f('up', 'number', '1 when the check passed, else 0 (avg: the uptime share; sum: checks up).'),
      f('latency_ms', 'number', 'Milliseconds the check took, answer included (up to the check deadline for a timeout).'),
    ],
    countSql: 'count(*)',
    sum: ['up'],
    avg: ['up', 'latency_ms'],
    quantiles: ['latency_ms'],
    uniq: ['solution'],
    // Partners see their own solutions; customers none: they have each solution's public status (healthStatus), and a
    // partner's backend latency and failure reasons are the partner's business, as a status page is theirs to publish.
    scopes: { PARTNER: 'partner' },
    maxRangeDays: 400,
    pageSize: 1000,
  },
};

export const DATASET_NAMES = Object.keys(DATASETS) as DatasetName[];

/** Internal views over `events`, then the public views (one per dataset) the SQL endpoint may read. */
export const INTERNAL_VIEWS: Record<DatasetName, string> = {
  calls: `SELECT time, solution_id AS solution, partner_id AS partner, COALESCE(tier, '-') AS tier, outcome, COALESCE(endpoint, '-') AS endpoint,
    consumer, (user_id IS NULL) AS anonymous, COALESCE(near_limit, false) AS near_limit, calls, units, user_id, fingerprint, key_id
    FROM events WHERE type = 'call'`,
  signups: `SELECT s.time, s.consumer, (EXISTS (SELECT 1 FROM business_events v WHERE v.type = 'user.verified' AND v.user_id = s.user_id)) AS verified, s.user_id
    FROM business_events s WHERE s.type = 'user.signed_up'`,
  // Over `rollup_call_firsts` (each (solution, fingerprint, user or none)'s first call, kept up to date at compaction):
  // the same minima as over the calls themselves, without reading them.
  conversions: `WITH anon AS (
      SELECT solution_id, fingerprint, min(first_at) AS anonymous_at FROM rollup_call_firsts
      WHERE user_id IS NULL GROUP BY solution_id, fingerprint),
    keyed AS (
      SELECT solution_id, fingerprint, user_id, max(partner_id) AS partner_id, max(consumer) AS consumer, min(first_at) AS registered_at FROM rollup_call_firsts
      WHERE user_id IS NOT NULL GROUP BY solution_id, fingerprint, user_id),
    converted AS (
      SELECT k.solution_id, k.user_id, max(k.partner_id) AS partner_id, max(k.consumer) AS consumer, min(a.anonymous_at) AS anonymous_at, min(k.registered_at) AS registered_at
      FROM anon a JOIN keyed k ON k.solution_id = a.solution_id AND k.fingerprint = a.fingerprint AND k.registered_at >= a.anonymous_at
      GROUP BY k.solution_id, k.user_id),
    subscribed AS (
      SELECT solution_id, user_id, min(time) AS paid_at FROM business_events WHERE type = 'subscription.started' GROUP BY solution_id, user_id)
    SELECT c.registered_at AS time, c.solution_id AS solution, c.partner_id AS partner, c.consumer,
      CASE WHEN s.paid_at IS NULL THEN 0 ELSE 1 END AS paid,
      date_diff('second', c.anonymous_at, c.registered_at) AS seconds_to_register,
      date_diff('second', c.registered_at, s.paid_at) AS seconds_to_pay,
      c.anonymous_at, s.paid_at, c.user_id
    FROM converted c LEFT JOIN subscribed s ON s.solution_id = c.solution_id AND s.user_id = c.user_id AND s.paid_at >= c.registered_at`,
  subscriptions: `SELECT time, solution_id AS solution, partner_id AS partner, tier, previous_tier, replace(type, 'subscription.', '') AS kind,
    outcome AS reason, consumer, COALESCE(mrr_paise, 0) AS mrr_paise, ref, user_id
    FROM business_events WHERE type IN ('subscription.started', 'subscription.changed', 'subscription.repriced', 'subscription.cancelled')`,
  revenue: `SELECT time, solution_id AS solution, partner_id AS partner, tier, CASE type WHEN 'payment.refunded' THEN 'refund' ELSE 'payment' END AS kind,
    consumer, CASE type WHEN 'payment.refunded' THEN -abs(amount_paise) ELSE amount_paise END AS amount_paise,
    CASE type WHEN 'payment.refunded' THEN -abs(COALESCE(commission_paise, 0)) ELSE COALESCE(commission_paise, 0) END AS commission_paise, user_id
    FROM business_events WHERE type IN ('payment.captured', 'payment.refunded')`,
  health: `SELECT time, solution_id AS solution, partner_id AS partner, outcome, CASE WHEN outcome = 'UP' THEN 1 ELSE 0 END AS up,
    COALESCE(latency_ms, units) AS latency_ms
    FROM events WHERE type = 'health.checked'`,
};

/** Day-grain twins of internal views over the rollups (rollups.ts); the same columns but `fingerprint`. */
export const ROLLUP_VIEWS: Record<string, string> = {
  ev_calls_daily: `SELECT time, solution_id AS solution, partner_id AS partner, COALESCE(tier, '-') AS tier, outcome, COALESCE(endpoint, '-') AS endpoint,
    consumer, (user_id IS NULL) AS anonymous, COALESCE(near_limit, false) AS near_limit, calls, units, user_id
    FROM rollup_calls_daily`,
};

/** The views the engine creates once: internal ones, then each public view (its fields, nothing else). */
export function datasetViews(): string[] {
  const rollups = Object.entries(ROLLUP_VIEWS).map(([name, sql]) => `CREATE OR REPLACE VIEW ${name} AS ${sql}`);
  return rollups.concat(...DATASET_NAMES.map((name) => {
    const def = DATASETS[name];
    return [
      `CREATE OR REPLACE VIEW ${def.internal} AS ${INTERNAL_VIEWS[name]}`,
      `CREATE OR REPLACE VIEW ${name} AS SELECT ${def.fields.map((field) => field.name).join(', ')} FROM ${def.internal}`,
    ];
  }));
}
