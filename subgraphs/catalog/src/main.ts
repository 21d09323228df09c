import { join } from 'node:path';
import {
  checkTable,
  createDocumentClient,
  createLogger,
  createMailer,
  ensureTable,
  loadConfig,
  loadSecrets,
  runService,
  startSubgraphServer,
  systemClock,
  tableName,
} from '@marketplace/shared';
import { catalogEnvSchema } from './config.ts';
import { buildCatalogSchema, type CatalogDeps, createCatalogContext, name } from './index.ts';

/** The catalog process: the only file of the package that listens. */
async function start(): Promise<{ close(): Promise<void> }> {
  const config = loadConfig(catalogEnvSchema);
  const secrets = loadSecrets({ nodeEnv: config.NODE_ENV, dataDir: config.DATA_DIR, need: ['internalSecret'] });
  const logger = createLogger(name, config.LOG_LEVEL);
  const db = createDocumentClient({ endpoint: config.DYNAMODB_ENDPOINT, region: config.AWS_REGION });
  const table = tableName(config.TABLE_PREFIX, name);
  await ensureTable(db, table);

  const deps: CatalogDeps = {
    db,
    table,
    // Identity creates its own table; the catalog only writes roles into it through identity's grantRole.
    identityTable: tableName(config.TABLE_PREFIX, 'identity'),
    clock: systemClock,
    mailer: createMailer({ smtpUrl: config.SMTP_URL, mailDir: join(config.DATA_DIR, 'mail'), from: config.MAIL_FROM, logger }),
    logger,
    publicUrl: config.PUBLIC_URL,
    production: config.NODE_ENV === 'production',
  };
  const server = await startSubgraphServer(
    {
      name,
      schema: await buildCatalogSchema(),
      internalSecret: secrets.internalSecret,
      logger,
      clock: systemClock,
      production: deps.production,
      createContext: (base) => createCatalogContext(deps, base),
      checkHealth: () => checkTable(db, table),
    },
    { port: config.CATALOG_PORT, host: config.HOST },
  );
  logger.info({ url: server.url, table }, 'catalog subgraph listening');
  return server;
}

// Closes on SIGTERM/SIGINT (exit 0); a ConfigError prints every problem and exits 1.
await runService(name, start);
