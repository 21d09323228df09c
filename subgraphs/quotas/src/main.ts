import { openEventLog } from '@marketplace/analytics/public';
import { listenSubgraph, loadSecrets, prepareSubgraph, runService } from '@marketplace/shared';
import { loadQuotasConfig } from './config.ts';
import { buildQuotasSchema, createQuotasContext, createQuotasDeps, name } from './index.ts';

/** The quotas GraphQL process: the only file of the subgraph that listens (the shim has its own main). */
async function start(): Promise<{ close(): Promise<void> }> {
  const config = loadQuotasConfig();
  const secrets = loadSecrets({ nodeEnv: config.NODE_ENV, dataDir: config.DATA_DIR, need: ['internalSecret'] });
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
  return listenSubgraph(name, basics, {
    schema: await buildQuotasSchema(),
    internalSecret: secrets.internalSecret,
    createContext: (base) => createQuotasContext(deps, base),
    listen: { port: config.QUOTAS_PORT, host: config.HOST },
  });
}

// Closes on SIGTERM/SIGINT (exit 0); a ConfigError prints every problem and exits 1.
await runService(name, start);
