import { S3Client } from '@aws-sdk/client-s3';
import { createCatalogReader } from '@marketplace/catalog/public';
import { loadConfig, loadSecrets, prepareSubgraph, type SubgraphBasics, type SubgraphServing } from '@marketplace/shared';
import { analyticsEnvSchema, analyticsProcess } from './config.ts';
import type { AnalyticsContext } from './context.ts';
import { LogMirror, mirroredEngine, s3LogStore } from './engine/log-mirror.ts';
import { type AnalyticsDeps, type AnalyticsLog, buildAnalyticsSchema, createAnalyticsContext, FiguresCache, name, openAnalyticsLog } from './index.ts';

/**
 * Builds the analytics subgraph from the environment, for `main.ts` (listens, compacts on a timer) and `lambda.ts`
 * (answers HTTP API events; compacts from a schedule). With ANALYTICS_BUCKET the log is the bucket's, mirrored
 * into `DATA_DIR/analytics` and queried there by the same DuckDB engine; without it, the local files.
 */
export async function setupAnalytics(): Promise<{
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
    // The catalog owns solutions; analytics asks it only who lists one (cached ≤ 5 s).
    solutions: createCatalogReader({ db, table: basics.tableOf('catalog'), clock }),
    clock,
    logger,
    sql: { timeoutMs: config.ANALYTICS_SQL_TIMEOUT_MS, rowLimit: config.ANALYTICS_SQL_ROW_LIMIT },
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
