import { join } from 'node:path';
import {
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
import { identityEnvSchema } from './config.ts';
import { checkTable } from './data/table-health.ts';
import { buildIdentitySchema, createIdentityContext, ensureBootstrapAdmin, type IdentityDeps, name } from './index.ts';

/** The identity process: the only file of the package that listens. */
async function start(): Promise<{ close(): Promise<void> }> {
  const config = loadConfig(identityEnvSchema);
  const secrets = loadSecrets({
    nodeEnv: config.NODE_ENV,
    dataDir: config.DATA_DIR,
    need: ['internalSecret', 'jwtPrivateKey', 'jwtPublicKey', 'fingerprintSecret'],
  });
  const logger = createLogger(name, config.LOG_LEVEL);
  const production = config.NODE_ENV === 'production';
  const db = createDocumentClient({ endpoint: config.DYNAMODB_ENDPOINT, region: config.AWS_REGION });
  const table = tableName(config.TABLE_PREFIX, name);
  await ensureTable(db, table);

  const deps: IdentityDeps = {
    db,
    table,
    clock: systemClock,
    mailer: createMailer({ smtpUrl: config.SMTP_URL, mailDir: join(config.DATA_DIR, 'mail'), from: config.MAIL_FROM, logger }),
    logger,
    jwtPrivateKey: secrets.jwtPrivateKey,
    jwtPublicKey: secrets.jwtPublicKey,
    fingerprintSecret: secrets.fingerprintSecret,
    publicUrl: config.PUBLIC_URL,
    production,
  };
  const admin = await ensureBootstrapAdmin(deps, {
    email: config.ADMIN_EMAIL,
    password: config.ADMIN_PASSWORD,
    dataDir: config.DATA_DIR,
  });
  if (admin.created) {
    logger.info(
      { email: admin.email, passwordFile: admin.passwordFile },
      admin.passwordFile ? 'created the first admin; its password is in the password file' : 'created the first admin',
    );
  }

  const server = await startSubgraphServer(
    {
      name,
      schema: await buildIdentitySchema(),
      internalSecret: secrets.internalSecret,
      logger,
      clock: systemClock,
      production,
      createContext: (base) => createIdentityContext(deps, base),
      checkHealth: () => checkTable(db, table),
    },
    { port: config.IDENTITY_PORT, host: config.HOST },
  );
  logger.info({ url: server.url, table }, 'identity subgraph listening');
  return server;
}

// Closes on SIGTERM/SIGINT (exit 0); a ConfigError prints every problem and exits 1.
await runService(name, start);
