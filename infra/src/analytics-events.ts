/**
 * The analytics event log's layout on S3, as Athena reads it: Parquet files under `events/date=YYYY-MM-DD/`.
 *
 * The analytics subgraph (being built in parallel) will own the column list; until its public face exports it,
 * these columns follow ARCHITECTURE.md's description of the log (one fact per event after a change commits, the
 * shim's usage rollups per key, solution, tier and time bucket). When it lands, import its columns here instead.
 */
export const EVENTS_PREFIX = 'events/';

export const EVENT_COLUMNS: { name: string; type: string; comment: string }[] = [
  { name: 'id', type: 'string', comment: 'event id; a retried append carries the same id (dedupe key)' },
  { name: 'time', type: 'timestamp', comment: 'when it happened (UTC)' },
  { name: 'type', type: 'string', comment: 'e.g. call, key.created, subscription.started' },
  { name: 'solution_id', type: 'string', comment: 'sol_… where the event is about a solution' },
  { name: 'user_id', type: 'string', comment: 'usr_… (internal; never published by datasets)' },
  { name: 'key_id', type: 'string', comment: 'key_… for keyed calls and key events' },
  { name: 'tier', type: 'string', comment: 'anonymous, registered, pro, enterprise' },
  { name: 'outcome', type: 'string', comment: 'the verdict code of calls (VALID, QUOTA_EXCEEDED, …)' },
  { name: 'endpoint', type: 'string', comment: 'the registered endpoint of calls' },
  { name: 'calls', type: 'bigint', comment: 'calls in this rollup bucket' },
  { name: 'units', type: 'bigint', comment: 'quota units in this rollup bucket' },
  { name: 'amount_paise', type: 'bigint', comment: 'money events: integer paise' },
];
