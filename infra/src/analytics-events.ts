import { EVENT_COLUMNS as LOG_COLUMNS } from '@marketplace/analytics/public';

/**
 * The analytics event log's layout on S3, as Athena reads it: Parquet files under `events/date=YYYY-MM-DD/` (the
 * compacted days; raw batches wait under `raw/` until the compaction job folds them in).
 */
export const EVENTS_PREFIX = 'events/';

/** The log's SQL types (DuckDB's, as the analytics package declares them) in the Glue table's Hive spelling. */
const HIVE_TYPES: Record<string, string> = { VARCHAR: 'string', TIMESTAMP: 'timestamp', INTEGER: 'int', BIGINT: 'bigint', BOOLEAN: 'boolean', DOUBLE: 'double' };

/** The Glue table's columns: the analytics package's own list, in its order (one source, no copy). */
export const EVENT_COLUMNS: { name: string; type: string }[] = Object.entries(LOG_COLUMNS).map(([name, type]) => {
  const hive = HIVE_TYPES[type];
  if (!hive) throw new Error(`analytics column ${name}: no Glue type for ${type}`);
  return { name, type: hive };
});
