import { createEventWriter, eventBatchStore } from '@marketplace/analytics/public';
import { isMainThread } from 'node:worker_threads';
import { createLogger, createThreadedDocumentClient, dynamoConnection, ensureTable, loadSecrets, runService, systemClock, tableName } from '@marketplace/shared';
import { loadQuotasConfig, shimProcess } from '../config.ts';
import { createShimDeps } from './shim-deps.ts';
import { startShimServer } from './shim-server.ts';

/**
 * The quota shim process: POST /quota/validate for solutions, no GraphQL on this path. Its store calls run on a
 * thread of their own (createThreadedDocumentClient), which in the deployed bundle loads this same file: there it
 * only serves the store.
 */
if (isMainThread) await runService(shimProcess.name, async () => {
  const config = loadQuotasConfig();
  const secrets = loadSecrets({ nodeEnv: config.NODE_ENV, dataDir: config.DATA_DIR, need: shimProcess.need });
  const logger = createLogger(shimProcess.name, config.LOG_LEVEL);
  const db = createThreadedDocumentClient(dynamoConnection(config));
  await ensureTable(db, tableName(config.TABLE_PREFIX, 'quotas'));
  const deps = createShimDeps({
    db,
    tablePrefix: config.TABLE_PREFIX,
    clock: systemClock,
    logger,
    fingerprintSecret: secrets.fingerprintSecret,
    publicUrl: config.PUBLIC_URL,
    cacheMs: config.SHIM_CACHE_MS,
    usageFlushMs: config.USAGE_FLUSH_MS,
    recordMs: config.QUOTA_RECORD_MS,
    keyNetworksAlertPerDay: config.KEY_NETWORKS_ALERT_PER_DAY,
    // Pseudonyms are keyed with the fingerprint secret, like fingerprints (every producer uses the same key).
    events:
      config.ANALYTICS_EVENTS === 'on'
        ? createEventWriter({ dataDir: config.DATA_DIR, writer: 'quota-shim', pseudonymKey: secrets.fingerprintSecret, clock: systemClock, logger, store: eventBatchStore(config) })
        : undefined,
  });
  deps.start();
  const server = await startShimServer(deps, { port: config.SHIM_PORT, host: config.HOST });
  logger.info({ url: server.url }, 'quota shim listening');
  return {
    ...server,
    async close() {
      await server.close();
      await deps.stop();
      await db.closeThread();
    },
  };
});
