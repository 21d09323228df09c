import { openEventLog } from '@marketplace/analytics/public';
import { createCatalogReader } from '@marketplace/catalog/public';
import { listenSubgraph, loadConfig, loadSecrets, prepareSubgraph, runService } from '@marketplace/shared';
import { keysEnvSchema } from './config.ts';
import { buildKeysSchema, createKeysContext, type KeysDeps, name } from './index.ts';

/** The keys process: the only file of the package that listens. */
async function start(): Promise<{ close(): Promise<void> }> {
  const config = loadConfig(keysEnvSchema);
  const secrets = loadSecrets({ nodeEnv: config.NODE_ENV, dataDir: config.DATA_DIR, need: ['internalSecret'] });
  const basics = await prepareSubgraph(name, config);
  const { db, table, clock, logger, production } = basics;
  const deps: KeysDeps = {
    db,
    table,
    clock,
    logger,
    // The catalog owns solutions; keys read them only through its exported read module (cached ≤ 5 s).
    solutions: createCatalogReader({ db, table: basics.tableOf('catalog'), clock }),
    production,
    events: openEventLog(name, config, basics),
  };
  return listenSubgraph(name, basics, {
    schema: await buildKeysSchema(),
    internalSecret: secrets.internalSecret,
    createContext: (base) => createKeysContext(deps, base),
    listen: { port: config.KEYS_PORT, host: config.HOST },
  });
}

// Closes on SIGTERM/SIGINT (exit 0); a ConfigError prints every problem and exits 1.
await runService(name, start);
