import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { createLogger, systemClock } from '@marketplace/shared';
import { createShimDeps } from '@marketplace/quotas';
import { shimProcess } from '@marketplace/quotas/public';
import type { EventLog } from '@marketplace/analytics/public';

import type { TierInput } from '../support/seed.ts';

/** The bench solution's tiers: allowances far above what a run can use, so the paid tiers never run out mid-run. */
export const BENCH_TIERS: TierInput[] = [
  { tier: 'ANONYMOUS', callAllowance: 10, trialDays: 15, ratePerSecond: null },
  { tier: 'REGISTERED', callAllowance: 100, trialDays: 30, ratePerSecond: null },
  { tier: 'PRO', callAllowance: 10_000_000, ratePerSecond: null, monthlyPricePaise: 99_900 },
  { tier: 'ENTERPRISE', callAllowance: 1_000_000_000, ratePerSecond: null, monthlyPricePaise: 999_900 },
];

/**
 * The shim's settings as `npm start` and a deployment run it: their defaults, or what the environment sets
 * (`SHIM_CACHE_MS`, `USAGE_FLUSH_MS`, `QUOTA_RECORD_MS`), read and bounded as the shim reads them.
 */
const settings = shimProcess.envSchema.parse({ SHIM_CACHE_MS: process.env.SHIM_CACHE_MS, USAGE_FLUSH_MS: process.env.USAGE_FLUSH_MS, QUOTA_RECORD_MS: process.env.QUOTA_RECORD_MS });
export const SHIM_SETTINGS = { cacheMs: settings.SHIM_CACHE_MS, usageFlushMs: settings.USAGE_FLUSH_MS, recordMs: settings.QUOTA_RECORD_MS };

/** The shim as the bench runs it (one process or each cluster worker): the parent's DynamoDB Local, table prefix and secrets from the environment. */
export function createBenchShim(db: DynamoDBDocumentClient, events?: EventLog) {
  return createShimDeps({
    db,
    tablePrefix: process.env.TABLE_PREFIX!,
    clock: systemClock,
    logger: createLogger('bench-shim', 'error'),
    fingerprintSecret: process.env.FINGERPRINT_SECRET!,
    publicUrl: 'http://localhost:4000',
    ...SHIM_SETTINGS,
    exactUpTo: Number(process.env.QUOTA_EXACT_UP_TO ?? 100),
    // With an event log: the analytics log on (the V-hot-log pair).
    events,
  });
}
