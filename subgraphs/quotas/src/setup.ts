import { openEventLog } from '@marketplace/analytics/public';
import { join } from 'node:path';
import { createCatalogReader } from '@marketplace/catalog/public';
import { createUserProfileReader } from '@marketplace/identity/public';
import { createKeyHolders } from '@marketplace/keys/public';
import { ConfigError, createEventOutbox, createMailer, type EventOutbox, loadSecrets, type OutboxEvent, prepareSubgraph, type SubgraphBasics, type SubgraphServing } from '@marketplace/shared';
import { loadQuotasConfig, quotasProcess } from './config.ts';
import type { QuotasContext } from './context.ts';
import { buildQuotasSchema, createQuotasContext, createQuotasDeps, name, NoticeJobs } from './index.ts';

/** Builds the quotas subgraph from the environment, for `main.ts` (listens) and `lambda.ts` (answers HTTP API events). */
export async function setupQuotas(): Promise<{
  basics: SubgraphBasics;
  serving: SubgraphServing<QuotasContext>;
  notices: NoticeJobs;
  /** The quotas table's analytics outbox (this process and the shim stage into it; this process relays). */
  outbox: EventOutbox<OutboxEvent>;
  config: ReturnType<typeof loadQuotasConfig>;
}> {
  const config = loadQuotasConfig();
  // Only this process mails (the shim shares the settings and sends nothing).
  if (config.NODE_ENV === 'production' && !config.SMTP_URL) throw new ConfigError(['SMTP_URL: required when NODE_ENV=production']);
  const secrets = loadSecrets({ nodeEnv: config.NODE_ENV, dataDir: config.DATA_DIR, need: quotasProcess.need });
  const basics = await prepareSubgraph(name, config);
  const deps = createQuotasDeps({
    db: basics.db,
    tables: { quotas: basics.table, catalog: basics.tableOf('catalog'), identity: basics.tableOf('identity') },
    clock: basics.clock,
    logger: basics.logger,
    cacheMs: config.QUOTAS_CACHE_MS,
    production: basics.production,
    events: openEventLog(name, config, basics),
  });
  const notices = new NoticeJobs(deps, {
    mailer: createMailer({ smtpUrl: config.SMTP_URL, mailDir: join(config.DATA_DIR, 'mail'), from: config.MAIL_FROM, logger: basics.logger }),
    users: createUserProfileReader({ db: basics.db, table: basics.tableOf('identity'), clock: basics.clock }),
    publicUrl: config.PUBLIC_URL,
    statusChanges: {
      catalog: createCatalogReader({ db: basics.db, table: basics.tableOf('catalog'), clock: basics.clock }),
      holders: createKeyHolders({ db: basics.db, table: basics.tableOf('keys'), clock: basics.clock }),
    },
  });
  return {
    basics,
    notices,
    outbox: createEventOutbox(deps),
    config,
    serving: {
      schema: await buildQuotasSchema(),
      internalSecret: secrets.internalSecret,
      createContext: (base) => createQuotasContext(deps, base),
      listen: { port: config.QUOTAS_PORT, host: config.HOST },
    },
  };
}
