import { openEventLog } from '@marketplace/analytics/public';
import { join } from 'node:path';
import { createMailer, listenSubgraph, loadConfig, loadSecrets, prepareSubgraph, runService } from '@marketplace/shared';
import { identityEnvSchema } from './config.ts';
import { buildIdentitySchema, createIdentityContext, ensureBootstrapAdmin, type IdentityDeps, name } from './index.ts';

/** The identity process: the only file of the package that listens. */
async function start(): Promise<{ close(): Promise<void> }> {
  const config = loadConfig(identityEnvSchema);
  const secrets = loadSecrets({
    nodeEnv: config.NODE_ENV,
    dataDir: config.DATA_DIR,
    need: ['internalSecret', 'jwtPrivateKey', 'jwtPublicKey', 'fingerprintSecret'],
  });
  const basics = await prepareSubgraph(name, config);
  const { db, table, clock, logger, production } = basics;
  const deps: IdentityDeps = {
    db,
    table,
    clock,
    mailer: createMailer({ smtpUrl: config.SMTP_URL, mailDir: join(config.DATA_DIR, 'mail'), from: config.MAIL_FROM, logger }),
    logger,
    jwtPrivateKey: secrets.jwtPrivateKey,
    jwtPublicKey: secrets.jwtPublicKey,
    fingerprintSecret: secrets.fingerprintSecret,
    publicUrl: config.PUBLIC_URL,
    production,
    events: openEventLog(name, config, basics),
  };
  const admin = await ensureBootstrapAdmin(deps, { email: config.ADMIN_EMAIL, password: config.ADMIN_PASSWORD, dataDir: config.DATA_DIR });
  if (admin.created) {
    logger.info(
      { email: admin.email, passwordFile: admin.passwordFile },
      admin.passwordFile ? 'created the first admin; its password is in the password file' : 'created the first admin',
    );
  }
  return listenSubgraph(name, basics, {
    schema: await buildIdentitySchema(),
    internalSecret: secrets.internalSecret,
    createContext: (base) => createIdentityContext(deps, base),
    listen: { port: config.IDENTITY_PORT, host: config.HOST },
  });
}

// Closes on SIGTERM/SIGINT (exit 0); a ConfigError prints every problem and exits 1.
await runService(name, start);
