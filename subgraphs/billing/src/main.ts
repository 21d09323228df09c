import { listenSubgraph, loadConfig, loadSecrets, prepareSubgraph, runService } from '@marketplace/shared';
import { billingEnvSchema } from './config.ts';
import { type BillingDeps, buildBillingSchema, createBillingContext, name } from './index.ts';

/** The billing process: the only file of the package that listens. */
async function start(): Promise<{ close(): Promise<void> }> {
  const config = loadConfig(billingEnvSchema);
  const secrets = loadSecrets({ nodeEnv: config.NODE_ENV, dataDir: config.DATA_DIR, need: ['internalSecret'] });
  const basics = await prepareSubgraph(name, config);
  const { db, table, clock, logger, production } = basics;
  const deps: BillingDeps = { db, table, clock, logger, production };
  return listenSubgraph(name, basics, {
    schema: await buildBillingSchema(),
    internalSecret: secrets.internalSecret,
    createContext: (base) => createBillingContext(deps, base),
    listen: { port: config.BILLING_PORT, host: config.HOST },
  });
}

// Closes on SIGTERM/SIGINT (exit 0); a ConfigError prints every problem and exits 1.
await runService(name, start);
