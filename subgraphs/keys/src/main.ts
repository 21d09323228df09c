import { createCatalogReader } from '@marketplace/catalog/catalog-reader';
import {
  checkTable,
  createDocumentClient,
  createLogger,
  ensureTable,
  loadConfig,
  loadSecrets,
  runService,
  startSubgraphServer,
  systemClock,
  tableName,
} from '@marketplace/shared';
import { keysEnvSchema } from './config.ts';
import { buildKeysSchema, createKeysContext, type KeysDeps, name } from './index.ts';

/** The keys process: the only file of the package that listens. */
async function start(): Promise<{ close(): Promise<void> }> {
  const config = loadConfig(keysEnvSchema);
  const secrets = loadSecrets({ nodeEnv: config.NODE_ENV, dataDir: config.DATA_DIR, need: ['internalSecret'] });
  const logger = createLogger(name, config.LOG_LEVEL);
  const db = createDocumentClient({ endpoint: config.DYNAMODB_ENDPOINT, region: config.AWS_REGION });
  const table = tableName(config.TABLE_PREFIX, name);
  await ensureTable(db, table);

  const deps: KeysDeps = {
    db,
    table,
    clock: systemClock,
    logger,
    // The catalog owns solutions; keys read them only through its exported read module (cached ≤ 5 s).
    solutions: createCatalogReader({ db, table: tableName(config.TABLE_PREFIX, 'catalog'), clock: systemClock }),
    production: config.NODE_ENV === 'production',
  };
  const server = await startSubgraphServer(
    {
      name,
      schema: await buildKeysSchema(),
      internalSecret: secrets.internalSecret,
      logger,
      clock: systemClock,
      production: deps.production,
      createContext: (base) => createKeysContext(deps, base),
      checkHealth: () => checkTable(db, table),
    },
    { port: config.KEYS_PORT, host: config.HOST },
  );
  logger.info({ url: server.url, table }, 'keys subgraph listening');
  return server;
}

// Closes on SIGTERM/SIGINT (exit 0); a ConfigError prints every problem and exits 1.
await runService(name, start);
