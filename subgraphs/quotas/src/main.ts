import { join } from 'node:path';
import { createUserProfileReader } from '@marketplace/identity/public';
import { ConfigError, createMailer, createScheduler, listenSubgraph, loadSecrets, prepareSubgraph, runService } from '@marketplace/shared';
import { loadQuotasConfig } from './config.ts';
import { buildQuotasSchema, createQuotasContext, createQuotasDeps, name, NoticeJobs } from './index.ts';

/** The quotas GraphQL process: the only file of the subgraph that listens (the shim has its own main). */
async function start(): Promise<{ close(): Promise<void> }> {
  const config = loadQuotasConfig();
  // Only this process mails (the shim shares the settings and sends nothing).
  if (config.NODE_ENV === 'production' && !config.SMTP_URL) throw new ConfigError(['SMTP_URL: required when NODE_ENV=production']);
  const secrets = loadSecrets({ nodeEnv: config.NODE_ENV, dataDir: config.DATA_DIR, need: ['internalSecret'] });
  const basics = await prepareSubgraph(name, config);
  const deps = createQuotasDeps({
    db: basics.db,
    tables: { quotas: basics.table, catalog: basics.tableOf('catalog'), identity: basics.tableOf('identity') },
    clock: basics.clock,
    logger: basics.logger,
    cacheMs: config.QUOTAS_CACHE_MS,
    production: basics.production,
  });
  const server = await listenSubgraph(name, basics, {
    schema: await buildQuotasSchema(),
    internalSecret: secrets.internalSecret,
    createContext: (base) => createQuotasContext(deps, base),
    listen: { port: config.QUOTAS_PORT, host: config.HOST },
  });
  const notices = new NoticeJobs(deps, {
    mailer: createMailer({ smtpUrl: config.SMTP_URL, mailDir: join(config.DATA_DIR, 'mail'), from: config.MAIL_FROM, logger: basics.logger }),
    users: createUserProfileReader({ db: basics.db, table: basics.tableOf('identity'), clock: basics.clock }),
    publicUrl: config.PUBLIC_URL,
  });
  // Trial-end warnings and the notice emails: once per interval across every quotas process (the scheduler's lease).
  const scheduler = createScheduler({ db: basics.db, table: basics.table, clock: basics.clock, logger: basics.logger });
  scheduler.add({ name: 'upgrade-notices', intervalMs: config.NOTICE_JOBS_INTERVAL_MS, run: async ({ signal }) => void (await notices.runDue(signal)) });
  scheduler.start();
  return {
    async close() {
      await scheduler.stop();
      await server.close();
    },
  };
}

// Closes on SIGTERM/SIGINT (exit 0); a ConfigError prints every problem and exits 1.
await runService(name, start);
