import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { createLogger, systemClock } from '@marketplace/shared';
import { createShimDeps } from '@marketplace/quotas';
import type { EventLog } from '@marketplace/analytics/public';

/** The shim as the bench runs it (one process or each cluster worker): the parent's DynamoDB Local, table prefix and secrets from the environment. */
export function createBenchShim(db: DynamoDBDocumentClient, events?: EventLog) {
  return createShimDeps({
    db,
    tablePrefix: process.env.TABLE_PREFIX!,
    clock: systemClock,
    logger: createLogger('bench-shim', 'error'),
    fingerprintSecret: process.env.FINGERPRINT_SECRET!,
    publicUrl: 'http://localhost:4000',
    cacheMs: 2000,
    usageFlushMs: 500,
    exactUpTo: Number(process.env.QUOTA_EXACT_UP_TO ?? 100),
    // With an event log: the analytics log on (the V-hot-log pair).
    events,
  });
}
