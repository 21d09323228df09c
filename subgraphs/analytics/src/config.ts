import { commonEnv, port, type ProcessRequirements } from '@marketplace/shared';
import { z } from 'zod';

/** The analytics process's configuration; every problem is reported at once by `loadConfig`. */
export const analyticsEnvSchema = z.object({
  ...commonEnv,
  ANALYTICS_PORT: port(4006),
  HOST: z.string().min(1).default('127.0.0.1'),
  /** How often raw event batches are compacted into Parquet (a minute keeps the file count small). */
  ANALYTICS_COMPACT_MS: z.coerce.number().int().min(1000).max(3_600_000).default(60_000),
  /** The SQL endpoint's limits. */
  ANALYTICS_SQL_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(5000),
  ANALYTICS_SQL_ROW_LIMIT: z.coerce.number().int().min(1).max(100_000).default(10_000),
  /** Bytes of cells one SQL answer may carry (whole rows; cut like the row limit). */
  ANALYTICS_SQL_MAX_BYTES: z.coerce.number().int().min(1000).max(100_000_000).default(8_000_000),
  /** DuckDB's memory limit (e.g. 512MB, 2GB). */
  ANALYTICS_MEMORY_LIMIT: z.string().regex(/^\d+(KB|MB|GB)$/, 'a size such as 512MB or 2GB').default('1GB'),
  /** How stale the mirrored copy may get before a query fetches what changed in the bucket. */
  ANALYTICS_SYNC_MS: z.coerce.number().int().min(0).max(3_600_000).default(10_000),
});

/** What the analytics process checks at start-up: the CDK app (infra/) configures its function from this. */
export const analyticsProcess = { name: 'analytics', envSchema: analyticsEnvSchema, need: ['internalSecret'] } satisfies ProcessRequirements;
