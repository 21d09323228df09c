import { join } from 'node:path';
import { openEventLog } from '@marketplace/analytics/public';
import { createRoleGrants } from '@marketplace/identity/public';
import { createEventOutbox, createMailer, type EventOutbox, loadConfig, loadSecrets, prepareSubgraph, type OutboxEvent, type SubgraphBasics, type SubgraphServing } from '@marketplace/shared';
import { catalogProcess, catalogEnvSchema } from './config.ts';
import type { CatalogContext } from './context.ts';
import { createSolutionReferenceCache } from './data/catalog.loaders.ts';
import { buildCatalogSchema, type CatalogDeps, createCatalogContext, name } from './index.ts';

/** Builds the catalog subgraph from the environment, for `main.ts` (listens) and `lambda.ts` (answers HTTP API events). */
export async function setupCatalog(): Promise<{ basics: SubgraphBasics; serving: SubgraphServing<CatalogContext>; deps: CatalogDeps; outbox: EventOutbox<OutboxEvent> }> {
  const config = loadConfig(catalogEnvSchema);
  const secrets = loadSecrets({ nodeEnv: config.NODE_ENV, dataDir: config.DATA_DIR, need: catalogProcess.need });
  const basics = await prepareSubgraph(name, config);
  const { db, table, clock, logger, production } = basics;
  const deps: CatalogDeps = {
    db,
    table,
    // Identity creates its own table; the catalog only writes roles into it through identity's role writer.
    roles: createRoleGrants({ db, table: basics.tableOf('identity'), clock }),
    clock,
    internalSecret: secrets.internalSecret,
    mailer: createMailer({ smtpUrl: config.SMTP_URL, mailDir: join(config.DATA_DIR, 'mail'), from: config.MAIL_FROM, logger }),
    logger,
    publicUrl: config.PUBLIC_URL,
    production,
    events: openEventLog(name, config, basics),
    solutionReferences: createSolutionReferenceCache({ clock }),
    health: {
      intervalMs: config.HEALTH_CHECK_INTERVAL_MS,
      timeoutMs: config.HEALTH_CHECK_TIMEOUT_MS,
      concurrency: config.HEALTH_CHECK_CONCURRENCY,
      failuresToOpen: config.HEALTH_CHECK_FAILURES_TO_OPEN,
      successesToClose: config.HEALTH_CHECK_SUCCESSES_TO_CLOSE,
      checkRetentionDays: config.HEALTH_CHECK_RETENTION_DAYS,
      policy: { allowLoopback: config.HEALTH_CHECK_ALLOW_LOOPBACK ?? !production, blockedPorts: config.HEALTH_CHECK_BLOCKED_PORTS },
    },
  };
  return {
    basics,
    deps,
    outbox: createEventOutbox(deps),
    serving: {
      schema: await buildCatalogSchema(),
      internalSecret: secrets.internalSecret,
      createContext: (base) => createCatalogContext(deps, base),
      listen: { port: config.CATALOG_PORT, host: config.HOST },
    },
  };
}
