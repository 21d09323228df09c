import { loadSecrets, prepareSubgraph, type SubgraphBasics, type SubgraphServing } from '@marketplace/shared';
import { loadQuotasConfig, quotasProcess } from './config.ts';
import type { QuotasContext } from './context.ts';
import { buildQuotasSchema, createQuotasContext, createQuotasDeps, name } from './index.ts';

/** Builds the quotas subgraph from the environment, for `main.ts` (listens) and `lambda.ts` (answers HTTP API events). */
export async function setupQuotas(): Promise<{ basics: SubgraphBasics; serving: SubgraphServing<QuotasContext> }> {
  const config = loadQuotasConfig();
  const secrets = loadSecrets({ nodeEnv: config.NODE_ENV, dataDir: config.DATA_DIR, need: quotasProcess.need });
  const basics = await prepareSubgraph(name, config);
  const deps = createQuotasDeps({
    db: basics.db,
    tables: { quotas: basics.table, catalog: basics.tableOf('catalog'), identity: basics.tableOf('identity') },
    clock: basics.clock,
    logger: basics.logger,
    cacheMs: config.QUOTAS_CACHE_MS,
    production: basics.production,
  });
  return {
    basics,
    serving: {
      schema: await buildQuotasSchema(),
      internalSecret: secrets.internalSecret,
      createContext: (base) => createQuotasContext(deps, base),
      listen: { port: config.QUOTAS_PORT, host: config.HOST },
    },
  };
}
