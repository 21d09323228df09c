import { join } from 'node:path';
import { createMailer, createScheduler, listenSubgraph, loadConfig, loadSecrets, prepareSubgraph, runService } from '@marketplace/shared';
import { catalogEnvSchema } from './config.ts';
import { buildCatalogSchema, type CatalogDeps, createCatalogContext, createHealthMonitor, name } from './index.ts';

/** The catalog process: the only file of the package that listens. */
async function start(): Promise<{ close(): Promise<void> }> {
  const config = loadConfig(catalogEnvSchema);
  const secrets = loadSecrets({ nodeEnv: config.NODE_ENV, dataDir: config.DATA_DIR, need: ['internalSecret'] });
  const basics = await prepareSubgraph(name, config);
  const { db, table, clock, logger, production } = basics;
  const deps: CatalogDeps = {
    db,
    table,
    // Identity creates its own table; the catalog only writes roles into it through identity's grantRole.
    identityTable: basics.tableOf('identity'),
    clock,
    mailer: createMailer({ smtpUrl: config.SMTP_URL, mailDir: join(config.DATA_DIR, 'mail'), from: config.MAIL_FROM, logger }),
    logger,
    publicUrl: config.PUBLIC_URL,
    production,
    health: {
      intervalMs: config.HEALTH_CHECK_INTERVAL_MS,
      timeoutMs: config.HEALTH_CHECK_TIMEOUT_MS,
      concurrency: config.HEALTH_CHECK_CONCURRENCY,
      checkRetentionDays: config.HEALTH_CHECK_RETENTION_DAYS,
      policy: { allowLoopback: config.HEALTH_CHECK_ALLOW_LOOPBACK ?? !production, blockedPorts: config.HEALTH_CHECK_BLOCKED_PORTS },
    },
  };
  const server = await listenSubgraph(name, basics, {
    schema: await buildCatalogSchema(),
    internalSecret: secrets.internalSecret,
    createContext: (base) => createCatalogContext(deps, base),
    listen: { port: config.CATALOG_PORT, host: config.HOST },
  });
  // Solution health checks: one sweep per interval across every catalog process (the shared scheduler's lease).
  const scheduler = createScheduler({ db, table, clock, logger });
  scheduler.add(createHealthMonitor(deps).job());
  scheduler.start();
  return {
    async close() {
      await scheduler.stop({ graceMs: deps.health.timeoutMs + 1000 });
      await server.close();
    },
  };
}

// Closes on SIGTERM/SIGINT (exit 0); a ConfigError prints every problem and exits 1.
await runService(name, start);
