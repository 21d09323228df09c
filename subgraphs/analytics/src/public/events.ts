import { createHash } from 'node:crypto';

/**
 * The analytics event: one fact that happened, appended once and never changed. Every event has an id (the
 * dedupe key: a retry that appends the same fact again carries the same id and is counted once), a time, a
 * type and the schema version it was written with; the other columns are filled where the type has them.
 * Column names are the stored (Parquet / Athena) names.
 */
export const EVENT_SCHEMA_VERSION = 1;

export const EVENT_TYPES = [
  /** Validate decisions summed per minute × solution × subject × tier × endpoint × outcome (the quota shim). */
  'call',
  'user.signed_up',
  'user.verified',
  'key.created',
  'key.revoked',
  'tier.granted',
  'trial.started',
  'trial.ended',
  'subscription.started',
  'subscription.changed',
  /** A tier's new price became the subscription's price (dated the first cycle charged at it): `mrr_paise` the new one. */
  'subscription.repriced',
  'subscription.cancelled',
  'payment.captured',
  'payment.refunded',
  'partner.approved',
  'solution.approved',
  /** One check of a solution's health URL by the catalog's monitor: `outcome` UP or its failure, `latency_ms` its latency. */
  'health.checked',
  /** A solution's health status changed (debounced, dated from the streak's first check): `outcome` UP or DOWN, `ref` the incident. */
  'health.changed',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

/** The stored columns, in order, with their SQL types (the same in DuckDB, Parquet and Athena). */
export const EVENT_COLUMNS = {
  id: 'VARCHAR',
  time: 'TIMESTAMP',
  type: 'VARCHAR',
  v: 'INTEGER',
  solution_id: 'VARCHAR',
  partner_id: 'VARCHAR',
  /** Internal user id: used for scoping (a customer's own usage) and joins, never published. */
  user_id: 'VARCHAR',
  /** A keyed pseudonym of the user (what datasets publish instead of the user id). */
  consumer: 'VARCHAR',
  key_id: 'VARCHAR',
  /** The shim's keyed fingerprint of the calling client (anonymous, or a keyed call that carried `client`). */
  fingerprint: 'VARCHAR',
  tier: 'VARCHAR',
  previous_tier: 'VARCHAR',
  /** The verdict code of calls; the kind of change of other events where they have one. */
  outcome: 'VARCHAR',
  endpoint: 'VARCHAR',
  /** True when the call's verdict carried the upgrade prompt (≥ 80 % used, or denied by the quota). */
  near_limit: 'BOOLEAN',
  /** The business object the event is about (subscription, payment, key id…). */
  ref: 'VARCHAR',
  calls: 'BIGINT',
  /** Quota units of calls (before `latency_ms` existed, also a health check's latency: the `health` view reads both). */
  units: 'BIGINT',
  /** Milliseconds a health check took. Parquet written before this column reads it as NULL. */
  latency_ms: 'BIGINT',
  amount_paise: 'BIGINT',
  /** Monthly recurring revenue of a subscription after this event (0 once cancelled). */
  mrr_paise: 'BIGINT',
  commission_paise: 'BIGINT',
} as const;
export type EventColumn = keyof typeof EVENT_COLUMNS;

/** What a producer says about a fact (camelCase); the writer turns it into a stored row. */
export interface EventInput {
  type: EventType;
  /** When it happened (default: the writer's clock). */
  time?: Date;
  /**
   * What makes this fact unique (e.g. the key id of `key.created`, the payment id of `payment.captured`): the
   * event id is derived from it, so appending the same fact twice is counted once. Omit for facts that are
   * new by construction (each flush of call rollups).
   */
  dedupeKey?: string;
  solutionId?: string;
  partnerId?: string;
  userId?: string;
  keyId?: string;
  fingerprint?: string;
  tier?: string;
  previousTier?: string;
  outcome?: string;
  endpoint?: string;
  nearLimit?: boolean;
  ref?: string;
  calls?: number;
  units?: number;
  latencyMs?: number;
  amountPaise?: number;
  mrrPaise?: number;
  commissionPaise?: number;
}

/** A stored event row (snake_case columns; absent columns are null when read). */
export type EventRow = { id: string; time: string; type: EventType; v: number } & Partial<Record<Exclude<EventColumn, 'id' | 'time' | 'type' | 'v'>, string | number | boolean>>;

/** The id of a fact with a dedupe key: the same type and key always give the same id. */
export function eventIdOf(type: EventType, dedupeKey: string): string {
  return `evt_${createHash('sha256').update(`${type}\n${dedupeKey}`).digest('base64url').slice(0, 26)}`;
}
