import { join } from 'node:path';

/**
 * Where the event log lives, locally under `DATA_DIR/analytics/` and in production under an S3 prefix with the
 * same keys (Hive-style `date=` partitions, which Athena reads as a partition column):
 *
 *   raw/date=YYYY-MM-DD/<writer>-<ms>-<seq>.ndjson   batches as appended by producers (one object per batch)
 *   events/date=YYYY-MM-DD/part-<generation>.parquet the compacted day: every event of that day once
 *
 * A batch is written whole (temporary name, then rename — an S3 PUT in production), so readers never see half
 * a batch. Compaction of a day writes generation n+1 from generation n and the day's raw batches, then deletes
 * what it read; readers use the newest generation of each day and skip raw events already in it, so a crash at
 * any step neither loses nor double counts an event.
 */
export function analyticsDir(dataDir: string): string {
  return join(dataDir, 'analytics');
}
export const rawDayDir = (root: string, day: string) => join(root, 'raw', `date=${day}`);
/** A raw batch's key in the bucket (its path under the log's directory). */
export const rawBatchKey = (day: string, name: string) => `raw/date=${day}/${name}.ndjson`;
export const eventsDayDir = (root: string, day: string) => join(root, 'events', `date=${day}`);
export const dayOf = (time: Date) => time.toISOString().slice(0, 10);
export const DAY_DIR = /^date=(\d{4}-\d{2}-\d{2})$/;
export const PARQUET_PART = /^part-(\d+)\.parquet$/;
export const RAW_BATCH = /\.ndjson$/;
/**
 * The log's top-level folders, locally under DATA_DIR/analytics and in the bucket: producers' raw batches, the
 * compacted days (what the Glue table reads) and the rollups made at compaction.
 */
export const LOG_PREFIXES = ['raw/', 'events/', 'rollups/'] as const;
