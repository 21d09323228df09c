import {
  checkTable,
  createDocumentClient,
  createLogger,
  ensureTable,
  loadSecrets,
  runService,
  startSubgraphServer,
  systemClock,
  tableName,
} from '@marketplace/shared';
import { loadQuotasConfig } from './config.ts';
import { buildQuotasSchema, createQuotasContext, createQuotasDeps, name } from './index.ts';

/** The quotas GraphQL process: the only file of the subgraph that listens (the shim has its own main). */
async function start(): Promise<{ close(): Promise<void> }> {
  const config = loadQuotasConfig();
  const secrets = loadSecrets({ nodeEnv: config.NODE_ENV, dataDir: config.DATA_DIR, need: ['internalSecret'] });
  const logger = createLogger(name, config.LOG_LEVEL);
  const db = createDocumentClient({ endpoint: config.DYNAMODB_ENDPOINT, region: config.AWS_REGION });
  const table = tableName(config.TABLE_PREFIX, name);
  await ensureTable(db, table);

  const deps = createQuotasDeps({
    db,
    tables: { quotas: table, catalog: tableName(config.TABLE_PREFIX, 'catalog'), identity: tableName(config.TABLE_PREFIX, 'identity') },
    clock: systemClock,
    logger,
    cacheMs: config.QUOTAS_CACHE_MS,
    production: config.NODE_ENV === 'production',
  });
  const server = await startSubgraphServer(
    {
      name,
      schema: await buildQuotasSchema(),
      internalSecret: secrets.internalSecret,
      logger,
      clock: systemClock,
      production: deps.production,
      createContext: (base) => createQuotasContext(deps, base),
      checkHealth: () => checkTable(db, table),
    },
    { port: config.QUOTAS_PORT, host: config.HOST },
  );
  logger.info({ url: server.url, table }, 'quotas subgraph listening');
  return server;
}

// Closes on SIGTERM/SIGINT (exit 0); a ConfigError prints every problem and exits 1.
await runService(name, start);
