import { S3Client } from '@aws-sdk/client-s3';
import { loadConfig, loadSecrets, prepareSubgraph, type SubgraphBasics, type SubgraphServing } from '@marketplace/shared';
import { analyticsEnvSchema, analyticsProcess } from './config.ts';
import { LogMirror, mirroredEngine, s3LogStore } from './engine/log-mirror.ts';
import { type AnalyticsContext, createAnalyticsContext } from './context.ts';
import type { AnalyticsDeps, SolutionLookup } from './deps.ts';
import { buildAnalyticsSchema, name } from './schema.ts';
import { type AnalyticsLog, openAnalyticsLog } from './services/analytics-log.ts';
import { FiguresCache } from './services/figures.ts';

/**
 * Builds the analytics subgraph from the environment, for the platform's `analytics-main.ts` (listens, compacts on a
 * timer) and `analytics-lambda.ts` (answers HTTP API events; compacts from a schedule). With ANALYTICS_BUCKET the
 * log is the bucket's, mirrored into `DATA_DIR/analytics` and queried there by the same DuckDB engine; without it,
 * the local files. `solutions` answers who lists a solution: the catalog's reader, passed in by the platform,
 * because the catalog appends to this package's log and so stands above it.
 */
export async function setupAnalytics(solutions: (basics: SubgraphBasics) => SolutionLookup): Promise<{
  basics: SubgraphBasics;
  serving: SubgraphServing<AnalyticsContext>;
  log: AnalyticsLog;
  /** The bucket's copy (ANALYTICS_BUCKET set), else null. */
  mirror: LogMirror | null;
  config: ReturnType<typeof loadConfig<typeof analyticsEnvSchema>>;
}> {
  const config = loadConfig(analyticsEnvSchema);
  const secrets = loadSecrets({ nodeEnv: config.NODE_ENV, dataDir: config.DATA_DIR, need: analyticsProcess.need });
  const basics = await prepareSubgraph(name, config);
  const { db, clock, logger } = basics;
  const log = await openAnalyticsLog({ dataDir: config.DATA_DIR, clock, logger, memoryLimit: config.ANALYTICS_MEMORY_LIMIT });
  const mirror = config.ANALYTICS_BUCKET
    ? new LogMirror(s3LogStore(new S3Client({ region: config.AWS_REGION }), config.ANALYTICS_BUCKET), log.root, { clock, logger, syncMs: config.ANALYTICS_SYNC_MS })
    : null;
  const deps: AnalyticsDeps = {
    engine: mirror ? mirroredEngine(log.engine, mirror, logger, () => log.compactor.changed()) : log.engine,
    root: log.root,
    solutions: solutions(basics),
    clock,
    logger,
    sql: { timeoutMs: config.ANALYTICS_SQL_TIMEOUT_MS, rowLimit: config.ANALYTICS_SQL_ROW_LIMIT, maxBytes: config.ANALYTICS_SQL_MAX_BYTES },
    freshAt: () => log.freshAt(),
    figuresCache: new FiguresCache(),
  };
  return {
    basics,
    log,
    mirror,
    config,
    serving: {
      schema: await buildAnalyticsSchema(),
      internalSecret: secrets.internalSecret,
      createContext: (base) => createAnalyticsContext(deps, base),
      listen: { port: config.ANALYTICS_PORT, host: config.HOST },
    },
  };
}
