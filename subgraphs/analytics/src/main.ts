import { createCatalogReader } from '@marketplace/catalog/public';
import { listenSubgraph, loadConfig, loadSecrets, prepareSubgraph, runService } from '@marketplace/shared';
import { analyticsEnvSchema } from './config.ts';
import { type AnalyticsDeps, buildAnalyticsSchema, createAnalyticsContext, name, openAnalyticsLog } from './index.ts';

/** The analytics process: the only file of the package that listens. */
async function start(): Promise<{ close(): Promise<void> }> {
  const config = loadConfig(analyticsEnvSchema);
  const secrets = loadSecrets({ nodeEnv: config.NODE_ENV, dataDir: config.DATA_DIR, need: ['internalSecret'] });
  const basics = await prepareSubgraph(name, config);
  const { db, clock, logger } = basics;
  const log = await openAnalyticsLog({ dataDir: config.DATA_DIR, clock, logger, memoryLimit: config.ANALYTICS_MEMORY_LIMIT });
  log.start(config.ANALYTICS_COMPACT_MS);
  const deps: AnalyticsDeps = {
    engine: log.engine,
    root: log.root,
    // The catalog owns solutions; analytics asks it only who lists one (cached ≤ 5 s).
    solutions: createCatalogReader({ db, table: basics.tableOf('catalog'), clock }),
    clock,
    logger,
    sql: { timeoutMs: config.ANALYTICS_SQL_TIMEOUT_MS, rowLimit: config.ANALYTICS_SQL_ROW_LIMIT },
    freshAt: () => log.freshAt(),
  };
  const server = await listenSubgraph(name, basics, {
    schema: await buildAnalyticsSchema(),
    internalSecret: secrets.internalSecret,
    createContext: (base) => createAnalyticsContext(deps, base),
    listen: { port: config.ANALYTICS_PORT, host: config.HOST },
  });
  return {
    async close() {
      await server.close();
      await log.close();
    },
  };
}

// Closes on SIGTERM/SIGINT (exit 0); a ConfigError prints every problem and exits 1.
await runService(name, start);
