import { openEventLog } from '@marketplace/analytics/public';
import { createCatalogReader } from '@marketplace/catalog/public';
import { createEventOutbox, type EventOutbox, loadConfig, loadSecrets, prepareSubgraph, type OutboxEvent, type SubgraphBasics, type SubgraphServing } from '@marketplace/shared';
import { keysProcess, keysEnvSchema } from './config.ts';
import type { KeysContext } from './context.ts';
import { buildKeysSchema, createKeysContext, type KeysDeps, name } from './index.ts';

/** Builds the keys subgraph from the environment, for `main.ts` (listens) and `lambda.ts` (answers HTTP API events). */
export async function setupKeys(): Promise<{ basics: SubgraphBasics; serving: SubgraphServing<KeysContext>; outbox: EventOutbox<OutboxEvent> }> {
  const config = loadConfig(keysEnvSchema);
  const secrets = loadSecrets({ nodeEnv: config.NODE_ENV, dataDir: config.DATA_DIR, need: keysProcess.need });
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
  return {
    basics,
    outbox: createEventOutbox(deps),
    serving: {
      schema: await buildKeysSchema(),
      internalSecret: secrets.internalSecret,
      createContext: (base) => createKeysContext(deps, base),
      listen: { port: config.KEYS_PORT, host: config.HOST },
    },
  };
}
